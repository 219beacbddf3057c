package org.minutebook.web.browser;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits until the single-page app has finished drawing, going only by what the page exposes to
 * everyone: the document is loaded, no element is {@code aria-busy="true"}, no {@code .loading}
 * message is visible, {@code <body data-ready>} (when the page has it) is {@code "true"}, and no
 * fetch or XHR is in flight. The app must look idle twice, a beat apart, because some views set
 * {@code aria-busy} only after a first promise resolves.
 */
final class Idle {
  /**
   * Counts requests in flight. Installed before any page script runs, so the app's own fetch is the
   * wrapped one.
   */
  static final String REQUEST_COUNTER =
      """
      (function () {
        if (window.__minutebookRequests !== undefined) return;
        window.__minutebookRequests = 0;
        var done = function () { window.__minutebookRequests--; };
        var fetch = window.fetch;
        if (fetch) {
          window.fetch = function () {
            window.__minutebookRequests++;
            try {
              return fetch.apply(this, arguments).finally(done);
            } catch (e) { done(); throw e; }
          };
        }
        var send = XMLHttpRequest.prototype.send;
        XMLHttpRequest.prototype.send = function () {
          window.__minutebookRequests++;
          this.addEventListener('loadend', done);
          return send.apply(this, arguments);
        };
      })();
      """;

  /** Why the page is not idle yet, or null when it is. */
  private static final String BUSY_REASON =
      """
      if (document.readyState !== 'complete') return 'the document is ' + document.readyState;
      var body = document.body;
      if (body && body.hasAttribute('data-ready') && body.dataset.ready !== 'true')
        return 'body data-ready is ' + body.dataset.ready;
      var busy = document.querySelector('[aria-busy="true"]');
      if (busy) return (busy.id ? '#' + busy.id : busy.tagName) + ' is aria-busy';
      var loading = Array.prototype.filter.call(document.querySelectorAll('.loading'), function (e) {
        return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      });
      if (loading.length) return 'a loading message is shown: ' + loading[0].textContent.trim();
      if (window.__minutebookRequests > 0) return window.__minutebookRequests + ' request(s) in flight';
      return null;
      """;

  /** After the app first looks idle, how long it must stay so. */
  private static final long SETTLE_MILLIS = 100;

  private Idle() {}

  /** Installs the request counter in every document this driver loads from now on. */
  static void install(ChromeDriver driver) {
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", REQUEST_COUNTER));
  }

  /** Waits for the app to be idle, failing with the reason it was not. */
  static void await(ChromeDriver driver, Duration timeout) {
    String[] last = {null};
    long[] idleSince = {-1};
    try {
      new WebDriverWait(driver, timeout, Duration.ofMillis(50))
          .until(
              d -> {
                last[0] = (String) driver.executeScript(BUSY_REASON);
                long now = System.nanoTime();
                if (last[0] != null) {
                  idleSince[0] = -1;
                  return false;
                }
                if (idleSince[0] < 0) {
                  idleSince[0] = now;
                }
                return now - idleSince[0] >= SETTLE_MILLIS * 1_000_000;
              });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the page did not become idle within " + timeout + ": " + last[0], e);
    }
  }
}
