package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What a new user does first, by clicking and typing only: from the home page, find what the
 * committees said about the front door, open the minutes at the passage, copy its citation, see the
 * front-door timeline, and download the results as CSV. Every step must lead somewhere (no dead
 * ends) and the browser must report no error on the way.
 */
@WithBrowser
class BrowserJourneyTest {
  private static final String IN_VIEW =
      "var r = arguments[0].getBoundingClientRect();"
          + " return r.bottom > 0 && r.top < window.innerHeight;";

  @TempDir Path downloads;

  @Test
  void fromTheHomePageToTheFrontDoorPassageItsCitationTimelineAndCsv(Browser browser)
      throws IOException {
    // Home: type the question into the search box.
    browser.open("/");
    WebElement box = browser.visible("#q");
    browser.type(box, "front door");
    browser.type(box, Keys.ENTER);
    browser.visible("#results mark");
    String results = browser.url();
    long total = browser.site().api("/api/search?q=front+door").get("total").asLong();
    assertTrue(browser.visible("#result-count").getText().contains("of " + total));

    // The first result opens the minutes at the passage that matched, highlighted and in view.
    browser.click(browser.visible("#results .result-title a"));
    WebElement passage = browser.visible("#doc-body p.is-target");
    assertFalse(passage.findElements(By.tagName("mark")).isEmpty());
    browser.waitFor(
        "the passage in view", d -> Boolean.TRUE.equals(browser.script(IN_VIEW, passage)));

    // Its citation names the paragraph, and the button copies it.
    String citation = browser.visible("#doc-citation").getText();
    String anchor = passage.getDomAttribute("data-anchor");
    assertTrue(
        citation.endsWith("para " + anchor.substring(1)),
        "the citation names paragraph " + anchor + ": " + citation);
    grantClipboard(browser);
    browser.click(browser.visible("#copy-citation"));
    assertEquals(citation, readClipboard(browser), "the clipboard holds the citation");
    assertTrue(
        browser.visible("#copy-status").getText().toLowerCase(Locale.ROOT).contains("copied"));

    // The item's front-door theme leads to the theme's timeline, with its chart drawn.
    browser.click(browser.visible("#doc-themes a[href*='view=timeline']"));
    browser.visible("#timeline-canvas");
    browser.visible("#timeline-entries li");
    assertTrue(browser.url().contains("theme="), browser.url());

    // Back to the results, and their CSV: one row per result.
    browser.back();
    browser.back();
    assertEquals(results, browser.url());
    browser.allowDownloads(downloads);
    browser.click(browser.visible("#search-export a[data-export=csv]"));
    List<CSVRecord> rows = csvRows(browser.downloaded(downloads, "csv"));
    assertEquals(total, rows.size(), "every result is in the CSV");
    assertTrue(rows.get(0).get("link").contains("view=document"), rows.get(0).toString());
  }

  @Test
  void theSearchLeadsToItsTimelineAndFeed(Browser browser) {
    browser.open("/?q=front+door");
    WebElement timeline = browser.visible("#search-timeline a");
    assertTrue(timeline.getText().contains("front door"), timeline.getText());
    String feed = browser.visible("#search-export a[data-export=atom]").getDomAttribute("href");
    assertEquals(
        feed,
        browser
            .all("link[rel=alternate][type='application/atom+xml']")
            .get(0)
            .getDomAttribute("href"),
        "the page names its feed for feed readers");
    browser.click(timeline);
    browser.visible("#timeline-entries li");
    assertTrue(browser.url().contains("view=timeline"), browser.url());
  }

  @Test
  void nextAndPreviousMatchWalkThroughTheHighlights(Browser browser) {
    browser.open(Pages.documentOf(browser.site().firstHit("front door")));
    int marks = browser.all("#doc-body mark").size();
    assertTrue(marks > 1, "the item has more than one match: " + marks);
    browser.click(browser.visible("#hit-next"));
    assertTrue(
        browser.visible("#hit-position").getText().contains(" of " + marks),
        browser.visible("#hit-position").getText());
    String second = browser.visible("#hit-position").getText();
    browser.click(browser.visible("#hit-next"));
    browser.click(browser.visible("#hit-prev"));
    assertEquals(second, browser.visible("#hit-position").getText());
  }

  @Test
  void aResultsCommitteeOpensItsCommitteePage(Browser browser) {
    browser.open("/?q=front+door");
    WebElement committee = browser.visible("#results a[href*='view=committee&']");
    String name = committee.getText();
    browser.click(committee);
    assertTrue(browser.visible("#committee-view h1").getText().contains(name));
    browser.visible("#meetings-body tr a");
  }

  private static void grantClipboard(Browser browser) {
    browser
        .driver()
        .executeCdpCommand(
            "Browser.grantPermissions",
            Map.of(
                "origin",
                browser.site().url("/").replaceAll("/$", ""),
                "permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  private static String readClipboard(Browser browser) {
    return (String)
        browser
            .driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " navigator.clipboard.readText().then(done, function (e) { done('' + e); });");
  }

  private static List<CSVRecord> csvRows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return parser.getRecords();
    }
  }
}
