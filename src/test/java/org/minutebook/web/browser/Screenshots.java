package org.minutebook.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Full-page PNGs: the whole scroll height (capped), captured by Chrome's DevTools protocol beyond
 * the viewport, so one image shows what a reader scrolls through.
 */
final class Screenshots {
  /** Where documentation screenshots go unless {@code -Dminutebook.screenshots=DIR} says. */
  static final String PROPERTY = "minutebook.screenshots";

  static final Path DEFAULT_DIR = Path.of("target", "screenshots");
  static final Path FAILURES = Path.of("target", "browser-failures");

  /** Taller pages are cut here: a screenshot is for reading, not for a whole register. */
  static final int MAX_HEIGHT = 5000;

  private Screenshots() {}

  /** The folder for documentation screenshots. */
  static Path docsDir() {
    String dir = System.getProperty(PROPERTY);
    return dir == null || dir.isBlank() ? DEFAULT_DIR : Path.of(dir);
  }

  /** Saves the whole page, from its top, at the current viewport width. */
  static void fullPage(ChromeDriver driver, Path file) {
    Map<?, ?> size =
        (Map<?, ?>)
            driver.executeScript(
                "var d = document.documentElement, b = document.body;"
                    + "return {width: d.clientWidth,"
                    + " height: Math.max(d.scrollHeight, b ? b.scrollHeight : 0)};");
    long width = ((Number) size.get("width")).longValue();
    long height = Math.min(((Number) size.get("height")).longValue(), MAX_HEIGHT);
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** A failed test's page, as a picture and as HTML, to see what the test saw. */
  static void failure(ChromeDriver driver, String name) {
    Path dir = FAILURES;
    fullPage(driver, dir.resolve(name + ".png"));
    String html =
        "<!-- "
            + driver.getCurrentUrl()
            + " -->\n"
            + driver.executeScript("return document.documentElement.outerHTML");
    write(dir.resolve(name + ".html"), html.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }
}
