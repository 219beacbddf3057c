package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** A theme's timeline: the chart is drawn, and a period in the data table lists its entries. */
@WithBrowser
class BrowserTimelineTest {
  /** Whether any pixel of the canvas has been painted. */
  private static final String PAINTED =
      "var c = arguments[0]; if (!c.width || !c.height) return false;"
          + "var data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + "for (var i = 3; i < data.length; i += 4) { if (data[i] !== 0) return true; }"
          + "return false;";

  /** Entries a reader sees, dated and undated. */
  private static final String SHOWN_ENTRIES = "#timeline-view ol[id$=\"entries\"] > li";

  @Test
  void theFrontDoorTimelineDrawsAChartAndListsAPeriod(Browser browser) {
    browser.open(Pages.timelineOf(browser.site()));
    browser.visible("#timeline-entries li");
    WebElement canvas = browser.visible("#timeline-canvas");
    browser.waitFor("the chart is painted", d -> browser.script(PAINTED, canvas));
    int before = shown(browser).size();

    browser.click(browser.visible("#table-details summary"));
    WebElement period = browser.visible("#timeline-rows a");
    browser.click(period);
    assertTrue(browser.url().contains("period="), browser.url());
    String year = query(browser.url(), "period").substring(0, 4);
    List<WebElement> dated = browser.all("#timeline-entries > li");
    assertTrue(!dated.isEmpty(), "the period lists entries");
    for (WebElement entry : dated) {
      assertTrue(entry.getText().contains(year), "an entry of " + year + ": " + entry.getText());
    }
    int after = shown(browser).size();
    assertTrue(after <= before, "listing one period shows no more entries than all: " + after);
    assertEquals(
        dated.size(), after, "only the period's entries are shown, none with the date unknown");
    browser.checkAccessibility("the timeline with its table open and a period listed");
  }

  private static List<WebElement> shown(Browser browser) {
    return browser.all(SHOWN_ENTRIES).stream().filter(WebElement::isDisplayed).toList();
  }

  private static String query(String url, String name) {
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError(url + " has no " + name);
  }
}
