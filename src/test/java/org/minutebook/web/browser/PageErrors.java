package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Console errors and failed requests in the browser, less the failed requests a test expects.
 *
 * <p>Chrome's browser log ({@code goog:loggingPrefs}) has console.error calls, uncaught exceptions
 * and every request that failed or answered 4xx/5xx, across page loads. Resource Timing's {@code
 * responseStatus} is read as well, so that a failed script, style, font or image is caught even if
 * a later Chrome stops logging it.
 *
 * <p>Content-Security-Policy violations are collected too, from a {@code securitypolicyviolation}
 * listener on {@code window} installed before any page script runs, so that a page the server's
 * policy breaks fails its test (Chrome also logs most violations as console errors; the listener
 * does not depend on that, and says which directive refused what).
 */
final class PageErrors {
  /** Resource entries that answered 400 or more, with a key so that each is reported once. */
  private static final String FAILED_RESOURCES =
      "return performance.getEntriesByType('navigation').concat("
          + "performance.getEntriesByType('resource'))"
          + ".filter(function (e) { return e.responseStatus >= 400; })"
          + ".map(function (e) { return {url: e.name, status: e.responseStatus,"
          + " key: performance.timeOrigin + ' ' + e.startTime + ' ' + e.name}; });";

  /** Keeps every violation of the page's Content-Security-Policy on {@code window}. */
  static final String CSP_LISTENER =
      """
      (function () {
        if (window.__minutebookCspViolations !== undefined) return;
        window.__minutebookCspViolations = [];
        window.addEventListener('securitypolicyviolation', function (e) {
          window.__minutebookCspViolations.push(e.effectiveDirective + ' refused '
            + (e.blockedURI || 'inline') + ' in ' + (e.sourceFile || e.documentURI) + ':' + e.lineNumber
            + (e.sample ? ' "' + e.sample + '"' : ''));
        }, true);
      })();
      """;

  /** The violations since the last call, forgotten once read. */
  private static final String CSP_VIOLATIONS =
      "var v = window.__minutebookCspViolations || [];"
          + " if (window.__minutebookCspViolations) window.__minutebookCspViolations = [];"
          + " return v;";

  private final ChromeDriver driver;
  private final List<String> expected = new ArrayList<>();
  private final Set<String> seenExpected = new LinkedHashSet<>();
  private final Set<String> reported = new HashSet<>();

  PageErrors(ChromeDriver driver) {
    this.driver = driver;
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
  }

  /** A request whose URL contains {@code urlPart} may fail until {@link #reset()}. */
  void expectFailedRequest(String urlPart) {
    expected.add(urlPart);
  }

  /** Whether an expected failure was seen (so a test knows the check saw it). */
  boolean sawFailedRequest(String urlPart) {
    collect();
    return seenExpected.stream().anyMatch(message -> message.contains(urlPart));
  }

  /** Forgets what earlier tests expected and saw. */
  void reset() {
    collect();
    expected.clear();
    seenExpected.clear();
  }

  /** Fails, listing them, if there were unexpected errors since the last check. */
  void assertNone(String when) {
    List<String> errors = collect();
    if (!errors.isEmpty()) {
      fail(
          errors.size()
              + " browser error(s) "
              + when
              + ":\n  "
              + String.join("\n  ", errors)
              + (expected.isEmpty() ? "" : "\n(expected to fail: " + expected + ")"));
    }
  }

  /** The unexpected errors since the last call. */
  List<String> collect() {
    List<String> errors = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        note(entry.getMessage(), errors);
      }
    }
    for (Object violation : (List<?>) driver.executeScript(CSP_VIOLATIONS)) {
      note("Content-Security-Policy violation: " + violation, errors);
    }
    for (Object row : (List<?>) driver.executeScript(FAILED_RESOURCES)) {
      Map<?, ?> resource = (Map<?, ?>) row;
      String url = String.valueOf(resource.get("url"));
      boolean logged = errors.stream().anyMatch(e -> e.contains(url));
      if (reported.add(String.valueOf(resource.get("key"))) && !logged) {
        note(url + " answered " + resource.get("status") + " (Resource Timing)", errors);
      }
    }
    return errors;
  }

  private void note(String message, List<String> errors) {
    for (String part : expected) {
      if (message.contains(part)) {
        seenExpected.add(message);
        return;
      }
    }
    errors.add(message);
  }
}
