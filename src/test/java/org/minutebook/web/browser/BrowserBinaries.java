package org.minutebook.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where Chromium and its driver are: {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (Debian's packages, which the launcher installs), or {@code CHROME_BIN} and {@code CHROMEDRIVER}.
 * Both are named explicitly so that Selenium Manager never tries to download a browser.
 */
public record BrowserBinaries(Path chrome, Path driver) {
  /** Why the browser tests are skipped when there is no browser. */
  public static final String MISSING =
      "chromium and chromedriver are not installed; ./minutebook test installs them when run as"
          + " root";

  /** Set to {@code true} (as CI does) to make a missing browser a failure rather than a skip. */
  public static final String REQUIRE_ENV = "MINUTEBOOK_REQUIRE_BROWSER";

  /** The binaries this machine has, whether or not they exist. */
  public static BrowserBinaries configured() {
    return new BrowserBinaries(
        Path.of(orDefault("CHROME_BIN", "/usr/bin/chromium")),
        Path.of(orDefault("CHROMEDRIVER", "/usr/bin/chromedriver")));
  }

  /** True when both can be run. */
  public boolean present() {
    return Files.isExecutable(chrome) && Files.isExecutable(driver);
  }

  /** The skip (or failure) message, naming what is missing. */
  public String missingMessage() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(chrome)) {
      missing.add(chrome + " (CHROME_BIN)");
    }
    if (!Files.isExecutable(driver)) {
      missing.add(driver + " (CHROMEDRIVER)");
    }
    return MISSING + " [missing: " + String.join(", ", missing) + "]";
  }

  /** Whether this run must have a browser. */
  public static boolean required() {
    String value = System.getenv(REQUIRE_ENV);
    return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
  }

  private static String orDefault(String env, String fallback) {
    String value = System.getenv(env);
    return value == null || value.isBlank() ? fallback : value;
  }
}
