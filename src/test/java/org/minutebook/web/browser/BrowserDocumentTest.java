package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** An item's page: opened from a result, from a shared link to a paragraph, and one not found. */
@WithBrowser
class BrowserDocumentTest {
  private static final String RESULT_LINK = "#results .result-title a, #results h2 a";

  /** True when the element's top is inside the viewport, as after scrolling to it. */
  private static final String IN_VIEW =
      "var r = arguments[0].getBoundingClientRect();"
          + "return r.height > 0 && r.top >= 0 && r.top < window.innerHeight;";

  @Test
  void aResultOpensItsItemAtTheFirstHighlight(Browser browser) {
    browser.open("/?q=front+door");
    WebElement link = browser.visible(RESULT_LINK);
    String title = link.getText();
    browser.click(link);

    assertEquals(title, browser.visible("#doc-title").getText());
    assertFalse(browser.visible("#doc-citation").getText().isBlank(), "a citation line");
    browser.visible("#doc-body");
    assertFalse(browser.all("#doc-body mark").isEmpty(), "the searched words are highlighted");
    browser.waitFor(
        "the first highlight (or the paragraph followed) scrolled into view",
        d -> {
          var targets = browser.all("#doc-body p.is-target, #doc-body mark");
          return !targets.isEmpty() && Boolean.TRUE.equals(browser.script(IN_VIEW, targets.get(0)));
        });

    browser.click(browser.visible("#back-link"));
    assertTrue(browser.url().contains("q=front+door"), "back to the results: " + browser.url());
    browser.visible("#results mark");
  }

  @Test
  void aLinkToAParagraphMarksItAndShowsIt(Browser browser) {
    String[] deepest = deepestPassage(browser.site().api("/api/search?q=front+door"));
    browser.open("/?view=document&id=" + deepest[0] + "&anchor=" + deepest[1]);
    WebElement target =
        browser.visible("#doc-body p.is-target[data-anchor=\"" + deepest[1] + "\"]");
    browser.waitFor(
        "paragraph " + deepest[1] + " has the focus or is in view",
        d ->
            target.equals(browser.focused())
                || Boolean.TRUE.equals(browser.script(IN_VIEW, target)));
  }

  @Test
  void anUnknownItemShowsTheErrorBoxAndNothingElseFails(Browser browser) {
    browser.expectFailedRequest("/api/documents/nope");
    browser.open("/?view=document&id=nope");
    WebElement error = browser.visible("#error-box");
    assertEquals("alert", error.getDomAttribute("role"));
    assertFalse(error.getText().isBlank(), "the error box says what went wrong");
    assertTrue(
        browser.sawFailedRequest("/api/documents/nope"),
        "the browser log reported the failed request (so the error check sees such failures)");
  }

  /**
   * The id and anchor of the passage furthest down its item, so that reaching it needs scrolling.
   */
  private static String[] deepestPassage(JsonNode answer) {
    String[] best = null;
    int deepest = -1;
    for (JsonNode hit : answer.get("hits")) {
      for (JsonNode passage : hit.get("passages")) {
        String anchor = passage.get("anchor").asText();
        int n = Integer.parseInt(anchor.substring(1));
        if (n > deepest) {
          deepest = n;
          best = new String[] {hit.get("id").asText(), anchor};
        }
      }
    }
    assertTrue(best != null, "the front door search has passages with anchors");
    return best;
  }
}
