package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a new reader does first: find the search box, search, narrow the results, go back. */
@WithBrowser
class BrowserSearchTest {
  /** The result items: one list item per hit. */
  private static final String RESULTS = "#results > li";

  /** A result's title link, before and after the restyle. */
  private static final String RESULT_LINK = "#results .result-title a, #results h2 a";

  /** Tabs from the search box to the first result: past the filters, every facet link. */
  private static final int MAX_TABS = 150;

  @Test
  void theHomePageOffersASkipLinkFirstAndALabelledSearchBox(Browser browser) {
    browser.open("/");
    WebElement skip = browser.tab();
    String href = skip.getDomAttribute("href");
    assertTrue(
        "a".equals(skip.getTagName()) && href != null && href.startsWith("#"),
        "the first Tab should reach a skip link, not " + skip.getTagName() + " " + href);
    assertTrue(skip.isDisplayed(), "the skip link shows when it has the focus");
    skip.sendKeys(Keys.ENTER);
    browser.settle("after following the skip link");
    Object moved =
        browser.script(
            "var target = document.getElementById(arguments[0]);"
                + "return target !== null && document.activeElement === target"
                + " && (target.tagName === 'MAIN' || target.getAttribute('role') === 'main');",
            href.substring(1));
    assertEquals(Boolean.TRUE, moved, "the skip link moves the focus to <main> (" + href + ")");

    WebElement box = browser.visible("#q");
    assertFalse(box.getAccessibleName().isBlank(), "the search box has a label");
    assertTrue(
        browser.all("label[for=q]").stream().anyMatch(l -> !l.getText().isBlank()),
        "the label is a <label for=q> with text");
  }

  @Test
  void typingASearchThenAFilterMakesPermalinksThatBackAndForwardFollow(Browser browser) {
    JsonNode answer = browser.site().api("/api/search?q=front+door");
    JsonNode first = answer.get("hits").get(0);
    search(browser, "front door");
    assertTrue(browser.url().contains("q=front+door"), browser.url());
    assertEquals(answer.get("total").asInt(), browser.all(RESULTS).size(), "one item per hit");
    String citation = browser.all(RESULTS).get(0).getText();
    assertTrue(
        citation.contains(first.get("committee").asText())
            && citation.contains(first.get("source").asText()),
        "the first result cites its committee and source: " + citation);
    String allCount = browser.visible("#result-count").getText();

    WebElement facet = browser.visible("#facets a[data-key^=\"facet:committee:\"]");
    String committee = facet.getDomAttribute("data-key").substring("facet:committee:".length());
    int filtered = facetCount(answer, committee);
    browser.click(facet);
    assertTrue(browser.url().contains("committee="), browser.url());
    assertEquals(filtered, browser.all(RESULTS).size(), "the results of " + committee);
    assertNotEquals(allCount, browser.visible("#result-count").getText());
    String filteredUrl = browser.url();

    browser.back();
    assertFalse(browser.url().contains("committee="), browser.url());
    assertEquals(answer.get("total").asInt(), browser.all(RESULTS).size(), "back: every result");
    assertEquals(allCount, browser.visible("#result-count").getText());

    browser.forward();
    assertEquals(filteredUrl, browser.url());
    assertEquals(filtered, browser.all(RESULTS).size(), "forward: the filtered results");

    browser.open(filteredUrl.substring(filteredUrl.indexOf('/', "http://".length())));
    assertEquals(filtered, browser.all(RESULTS).size(), "the permalink: the filtered results");
  }

  @Test
  void tabReachesTheFirstResultAndTheFocusIsVisible(Browser browser) {
    browser.open("/?q=front+door");
    WebElement target = browser.visible(RESULT_LINK);
    browser.visible("#q").click();
    int tabs = 0;
    while (!target.equals(browser.focused())) {
      assertTrue(++tabs <= MAX_TABS, "Tab never reached the first result link");
      browser.tab();
    }
    System.out.println(
        "keyboard: " + tabs + " Tab presses from the search box to the first result");
    Map<?, ?> style =
        (Map<?, ?>)
            browser.script(
                "var s = getComputedStyle(document.activeElement);"
                    + "return {outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,"
                    + " outlineShown: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
                    + "   && !/rgba\\(.*, 0\\)$|transparent/.test(s.outlineColor),"
                    + " shadow: s.boxShadow};");
    assertTrue(
        Boolean.TRUE.equals(style.get("outlineShown")) || !"none".equals(style.get("shadow")),
        "the focused result link shows its focus: " + style);
  }

  @Test
  void aSkipLinkTakesTheKeyboardPastTheFiltersToTheResults(Browser browser) {
    browser.open("/?q=front+door");
    WebElement target = browser.visible(RESULT_LINK);
    browser.visible("#q").click();
    int tabs = 0;
    while (!"skip-to-results".equals(browser.focused().getDomAttribute("id"))) {
      assertTrue(++tabs <= 3, "the skip link follows the search box and its button");
      browser.tab();
    }
    assertTrue(browser.focused().isDisplayed(), "the skip link shows itself when focused");
    browser.type(browser.focused(), Keys.ENTER);
    for (int more = 0; !target.equals(browser.focused()); more++) {
      assertTrue(more < 6, "Tab reaches the first result soon after the skip link");
      browser.tab();
    }
  }

  @Test
  void suggestionsAreAListboxTheArrowKeysMoveThrough(Browser browser) {
    browser.open("/");
    WebElement box = browser.visible("#q");
    browser.type(box, "fro");
    WebElement option = browser.visible("[role=listbox] [role=option]");
    assertEquals("true", box.getDomAttribute("aria-expanded"), "the combobox says it is open");
    browser.type(box, Keys.ARROW_DOWN);
    assertEquals(option.getDomAttribute("id"), box.getDomAttribute("aria-activedescendant"));
    assertEquals("true", option.getDomAttribute("aria-selected"));
    browser.checkAccessibility("the search box with its suggestions open");
    browser.type(box, Keys.ESCAPE);
    assertTrue(
        browser.all("[role=listbox] [role=option]").stream().noneMatch(WebElement::isDisplayed));
  }

  @Test
  void theSearchPageFitsAPhone(Browser browser) {
    browser.viewport(Browser.PHONE);
    browser.open("/?q=front+door");
    browser.visible("#results mark");
    assertNull(browser.sidewaysOverflow(), "no sideways scrolling at 390 px");
  }

  /** Types the words into the search box, as keystrokes, and presses Enter. */
  private static void search(Browser browser, String words) {
    browser.open("/");
    WebElement box = browser.visible("#q");
    box.clear();
    browser.type(box, words);
    browser.type(box, Keys.ENTER);
    browser.visible("#results mark");
  }

  private static int facetCount(JsonNode answer, String committee) {
    for (JsonNode value : answer.get("facets").get("committee")) {
      if (value.get("value").asText().equals(committee)) {
        return value.get("count").asInt();
      }
    }
    throw new AssertionError("no committee facet " + committee + " in " + answer.get("facets"));
  }
}
