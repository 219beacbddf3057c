package org.minutebook.web.browser;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Starts headless Chromium through chromedriver, both named, with a network that stays closed. */
final class Chromium {
  /**
   * Selenium 4.43 knows DevTools up to Chrome 147 and warns about Debian's newer Chromium; the
   * tests use only chromedriver's own CDP passthrough, which needs no matching version. Held here
   * so that the setting is not garbage-collected with the logger.
   */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private Chromium() {}

  /** A new browser with its profile in {@code profile}, logging the console at every level. */
  static ChromeDriver launch(BrowserBinaries binaries, Path profile) {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binaries.chrome().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        // Without these Chromium calls Google (updates, sync, field trials) on a closed network.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // Screenshots as wide as the viewport, in the colours the page asks for.
        "--hide-scrollbars",
        "--force-color-profile=srgb",
        "--lang=en-GB",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(binaries.driver().toString()))
            .usingAnyFreePort()
            // British dates in date fields, as the page's readers see them.
            .withEnvironment(Map.of("LANG", "en_GB.UTF-8"))
            .build();
    return new ChromeDriver(service, options);
  }
}
