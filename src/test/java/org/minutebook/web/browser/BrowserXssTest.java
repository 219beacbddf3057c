package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;
import org.minutebook.web.HostileMinutes;
import org.minutebook.web.WebApp;

/**
 * Minutes whose words are markup ({@link HostileMinutes}), in the real page in Chromium: the search
 * results, an item and a hostile query show the markup as text. No alert, confirm or prompt is
 * called, no script, handler attribute, SVG or {@code javascript:} link is added to the page, and
 * (as on every page, see {@link PageErrors}) the Content-Security-Policy is never violated.
 */
@WithBrowser
class BrowserXssTest {
  /** Records dialogs instead of showing them, before any page script runs. */
  private static final String DIALOG_TRAP =
      """
      (function () {
        window.__minutebookDialogs = [];
        var trap = function (m) { window.__minutebookDialogs.push(String(m)); };
        window.alert = trap; window.confirm = trap; window.prompt = trap;
      })();
      """;

  /** Elements the payloads would add if they were parsed as markup anywhere in the page. */
  private static final String INJECTED =
      """
      var found = [];
      document.querySelectorAll('*').forEach(function (e) {
        var name = e.tagName.toLowerCase();
        if (name === 'script' && !e.src) found.push('an inline script: ' + e.textContent.slice(0, 60));
        // The page's own SVGs are the pager's arrows.
        if (name === 'img' || (name === 'svg' && !e.classList.contains('govuk-pagination__icon')))
          found.push('an ' + name + ' element');
        Array.prototype.forEach.call(e.attributes, function (a) {
          if (/^on/i.test(a.name)) found.push(name + ' with ' + a.name + '="' + a.value + '"');
        });
        if (name === 'a' && /^\\s*javascript:/i.test(e.getAttribute('href') || ''))
          found.push('a javascript: link');
      });
      return found;
      """;

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = HostileMinutes.write(temp.resolve("corpus"));
    archive = TestCorpus.indexAndOpen(corpus, temp.resolve("index"));
    app = WebApp.create(archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @Test
  void resultsShowTheMarkupAsText(Browser browser) {
    open(browser, "/?q=" + encoded(HostileMinutes.QUERY));
    browser.visible("#results mark");
    String results = text(browser, "results");
    assertTrue(results.contains("<script>alert('txt-body')</script>"), results);
    assertTrue(results.contains("<script>alert('html-body')</script>"), results);
    assertInert(browser);
  }

  @Test
  void anItemShowsTheMarkupAsText(Browser browser) throws Exception {
    JsonNode hits =
        TestHttp.getJson(app, "/api/search?q=" + encoded(HostileMinutes.QUERY)).get("hits");
    for (JsonNode hit : hits) {
      String id = hit.get("id").asText();
      open(browser, "/?view=document&id=" + id + "&q=" + encoded(HostileMinutes.QUERY));
      assertEquals(hit.get("title").asText(), browser.visible("#doc-title").getText().strip());
      String body = text(browser, "doc-body");
      assertTrue(body.contains("alert("), "the payloads are shown: " + body);
      assertInert(browser);
    }
  }

  @Test
  void aHostileQueryIsShownAsText(Browser browser) {
    String query = "<script>alert('query')</script> \"><svg onload=alert('query-svg')> taxi";
    open(browser, "/?q=" + encoded(query));
    browser.visible("#result-count");
    assertTrue(
        ((String) browser.script("return document.body.textContent;")).contains("taxi"),
        "the page drew the results");
    assertInert(browser);
  }

  /**
   * Trusted Types: were a later change to hand a string to an HTML sink, the browser would refuse
   * it (and report the violation) rather than parse it.
   */
  @Test
  void theBrowserRefusesToParseStringsAsHtml(Browser browser) {
    open(browser, "/?q=" + encoded(HostileMinutes.QUERY));
    Object outcome =
        browser.script(
            "try { document.getElementById('results').insertAdjacentHTML('beforeend',"
                + " '<img src=x onerror=alert(1)>'); return 'parsed'; }"
                + " catch (e) { return e.name; }");
    assertEquals("TypeError", outcome);
    AssertionError reported =
        assertThrows(AssertionError.class, () -> browser.settle("after insertAdjacentHTML"));
    assertTrue(reported.getMessage().contains("require-trusted-types-for"), reported.getMessage());
    assertInert(browser);
  }

  private static void open(Browser browser, String path) {
    browser
        .driver()
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_TRAP));
    browser.assertNoErrors("before opening " + path);
    browser.driver().get("http://127.0.0.1:" + app.port() + path);
    browser.settle("opening " + path);
  }

  private static void assertInert(Browser browser) {
    assertEquals(List.of(), browser.script("return window.__minutebookDialogs;"), "dialogs");
    assertEquals(List.of(), browser.script(INJECTED), "elements added by the payloads");
    browser.assertNoErrors("on " + browser.url());
  }

  private static String text(Browser browser, String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).textContent;", id);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
