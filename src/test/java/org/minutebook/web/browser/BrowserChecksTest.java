package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks themselves: a harness that saw nothing would pass every page, so each check is shown
 * to catch what it is for.
 */
@WithBrowser
class BrowserChecksTest {
  @TempDir Path temp;

  @Test
  void consoleErrorsAndFailedLoadsAreReportedButExpectedFailuresAreNot(Browser browser) {
    browser.open("/");
    browser.expectFailedRequest("/expected-to-fail.css");
    browser.script(
        "console.error('a console error');"
            + "['/missing.css', '/expected-to-fail.css'].forEach(function (href) {"
            + "  var link = document.createElement('link');"
            + "  link.rel = 'stylesheet'; link.href = href; document.head.appendChild(link); });");
    AssertionError reported =
        assertThrows(AssertionError.class, () -> browser.settle("after breaking the page"));
    String message = reported.getMessage();
    assertTrue(message.contains("a console error"), message);
    assertTrue(message.contains("/missing.css"), message);
    assertTrue(!message.contains("expected-to-fail.css -"), message);
    assertTrue(browser.sawFailedRequest("/expected-to-fail.css"));
  }

  @Test
  void contentSecurityPolicyViolationsAreReported(Browser browser) {
    browser.open("/");
    browser.script(
        "var s = document.createElement('script');"
            + "s.appendChild(document.createTextNode('window.minutebookInlineRan = true;'));"
            + "document.body.appendChild(s);");
    AssertionError reported =
        assertThrows(AssertionError.class, () -> browser.settle("after adding an inline script"));
    String message = reported.getMessage();
    assertTrue(message.contains("Content-Security-Policy violation: "), message);
    assertEquals(
        Boolean.FALSE,
        browser.script("return window.minutebookInlineRan === true;"),
        "the policy stopped the inline script");
  }

  @Test
  void axeFailsOnASeriousViolation(Browser browser) {
    browser.open("/");
    browser.script(
        "var b = document.createElement('button'); b.id = 'unnamed';"
            + "document.getElementById('main').appendChild(b);");
    AssertionError failed =
        assertThrows(AssertionError.class, () -> browser.checkAccessibility("a broken page"));
    assertTrue(failed.getMessage().contains("button-name (critical"), failed.getMessage());
    assertTrue(failed.getMessage().contains("#unnamed"), failed.getMessage());
  }

  @Test
  void theWaitHonoursBodyDataReady(Browser browser) {
    browser.open("/");
    browser.script("document.body.dataset.ready = 'false';");
    AssertionError busy =
        assertThrows(
            AssertionError.class, () -> Idle.await(browser.driver(), Duration.ofMillis(400)));
    assertTrue(busy.getMessage().contains("data-ready is false"), busy.getMessage());
    browser.script("document.body.dataset.ready = 'true';");
    Idle.await(browser.driver(), Duration.ofSeconds(2));
  }

  @Test
  void fullPageScreenshotsHaveTheViewportWidthAndACappedHeight(Browser browser) throws IOException {
    browser.open("/");
    browser.script(
        "var tall = document.createElement('div'); tall.style.height = '9000px';"
            + "document.getElementById('main').appendChild(tall);");
    Path file = temp.resolve("tall.png");
    Screenshots.fullPage(browser.driver(), file);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(Browser.DESKTOP.width(), image.getWidth());
    assertEquals(Screenshots.MAX_HEIGHT, image.getHeight());
  }
}
