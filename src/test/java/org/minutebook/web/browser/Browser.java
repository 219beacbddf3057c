package org.minutebook.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the sample site, with what every test needs: open a path or click and wait
 * until the app is idle, checking for browser errors after each; viewports; axe; screenshots.
 */
public final class Browser implements AutoCloseable {
  /** How long anything may take; the sample corpus answers in milliseconds. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** A viewport: its CSS size and whether it is a phone (touch, mobile meta viewport). */
  public record Viewport(String name, int width, int height, boolean mobile) {}

  /** A laptop: the documentation's desktop screenshots. */
  public static final Viewport DESKTOP = new Viewport("desktop", 1280, 800, false);

  /** A common phone (390 CSS px, as an iPhone 12 to 15). */
  public static final Viewport PHONE = new Viewport("phone", 390, 844, true);

  /** Elements past the right edge (not inside a scrolling box), innermost first. */
  private static final String OVERFLOW =
      """
      var limit = arguments[0] + 1, width = document.documentElement.scrollWidth;
      if (width <= limit) return null;
      var past = function (e) { return e.getBoundingClientRect().right > limit; };
      var scrolled = function (e) {
        for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        }
        return false;
      };
      var culprits = Array.prototype.filter.call(document.querySelectorAll('body *'), function (e) {
        return past(e) && !scrolled(e) && !Array.prototype.some.call(e.children, past);
      }).slice(0, 5).map(function (e) {
        return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
          + e.textContent.trim().slice(0, 30) + '" ends at '
          + Math.round(e.getBoundingClientRect().right) + ' px';
      });
      return 'the page is ' + width + ' px wide in a ' + arguments[0] + ' px viewport: '
        + culprits.join('; ');
      """;

  private final ChromeDriver driver;
  private final Path profile;
  private final SampleSite site;
  private final PageErrors errors;
  private Viewport viewport;

  private Browser(ChromeDriver driver, Path profile, SampleSite site) {
    this.driver = driver;
    this.profile = profile;
    this.site = site;
    this.errors = new PageErrors(driver);
  }

  /** Starts Chromium with a fresh profile, pointed at the site. */
  static Browser start(BrowserBinaries binaries, SampleSite site) throws IOException {
    Path profile = Files.createTempDirectory("minutebook-chromium-");
    ChromeDriver driver = Chromium.launch(binaries, profile);
    driver.manage().timeouts().scriptTimeout(TIMEOUT);
    Idle.install(driver);
    Browser browser = new Browser(driver, profile, site);
    browser.viewport(DESKTOP);
    return browser;
  }

  /** The driver, for what this class does not offer. */
  public ChromeDriver driver() {
    return driver;
  }

  /** The server the browser is pointed at. */
  public SampleSite site() {
    return site;
  }

  /** Loads a path of the site ({@code /?view=...}) and waits until it is drawn. */
  public void open(String path) {
    errors.assertNone("before opening " + path);
    driver.get(site.url(path));
    settle("opening " + path);
  }

  /** Clicks an element and waits until the app is idle again. */
  public void click(WebElement element) {
    String what = describe(element);
    element.click();
    settle("after clicking " + what);
  }

  /** Types into an element (as keystrokes) and waits until the app is idle again. */
  public void type(WebElement element, CharSequence... keys) {
    element.sendKeys(keys);
    settle("after typing into " + describe(element));
  }

  /** Presses Tab on whatever has the focus. */
  public WebElement tab() {
    new Actions(driver).sendKeys(Keys.TAB).perform();
    return focused();
  }

  /** Browser history, back one step. */
  public void back() {
    driver.navigate().back();
    settle("after going back");
  }

  /** Browser history, forward one step. */
  public void forward() {
    driver.navigate().forward();
    settle("after going forward");
  }

  /** Waits until the app is idle, then fails on any browser error so far. */
  public void settle(String when) {
    Idle.await(driver, TIMEOUT);
    errors.assertNone(when);
  }

  /** The first element matching {@code css}, waiting for it to be visible. */
  public WebElement visible(String css) {
    return new WebDriverWait(driver, TIMEOUT)
        .withMessage(() -> css + " is not visible on " + driver.getCurrentUrl())
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** Every element matching {@code css} now. */
  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until {@code condition} gives something other than null or false. */
  public <T> T waitFor(String what, Function<ChromeDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT)
        .withMessage(() -> what + " on " + driver.getCurrentUrl())
        .until(d -> condition.apply(driver));
  }

  /** Runs JavaScript in the page. */
  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  /** The element with the focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** The address bar. */
  public String url() {
    return driver.getCurrentUrl();
  }

  /** A request whose URL contains {@code urlPart} may fail in this test. */
  public void expectFailedRequest(String urlPart) {
    errors.expectFailedRequest(urlPart);
  }

  /** Whether an expected failed request was seen. */
  public boolean sawFailedRequest(String urlPart) {
    return errors.sawFailedRequest(urlPart);
  }

  /** Fails on any unexpected browser error so far. */
  public void assertNoErrors(String when) {
    errors.assertNone(when);
  }

  /** Resizes the viewport and waits for the page to settle at its new size. */
  public void viewport(Viewport size) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", size.width(),
            "height", size.height(),
            "deviceScaleFactor", 1,
            "mobile", size.mobile()));
    viewport = size;
    if (driver.getCurrentUrl().startsWith("http")) {
      settle("after resizing to " + size.name());
    }
  }

  /**
   * Null when the page fits the viewport's width; otherwise how wide it is and what sticks out. The
   * width set is the measure, not {@code innerWidth}: a phone browser widens its layout viewport to
   * fit a page that is too wide, and then innerWidth grows with it.
   */
  public String sidewaysOverflow() {
    return (String) driver.executeScript(OVERFLOW, viewport.width());
  }

  /** Runs axe-core on the page: fails on serious or critical violations. */
  public List<Axe.Violation> checkAccessibility(String page) {
    return Axe.check(driver, page);
  }

  /**
   * Saves the page, the whole scroll height, as {@code <name>-desktop.png} and {@code
   * <name>-phone.png} in {@link Screenshots#docsDir()}, then returns to the viewport it had.
   */
  public void screenshots(String name) {
    Viewport was = viewport;
    screenshot(name, DESKTOP);
    screenshot(name, PHONE);
    viewport(was);
  }

  /** Saves the page as {@code <name>-<viewport>.png}, leaving the browser at that viewport. */
  public void screenshot(String name, Viewport size) {
    if (viewport != size) {
      viewport(size);
    }
    Screenshots.fullPage(driver, Screenshots.docsDir().resolve(name + "-" + size.name() + ".png"));
  }

  /** Lets links download into {@code dir} without asking. */
  public void allowDownloads(Path dir) {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of(
            "behavior",
            "allow",
            "downloadPath",
            dir.toAbsolutePath().toString(),
            "eventsEnabled",
            false));
  }

  /**
   * Waits for the download of a {@code .extension} file into {@code dir} to finish, and gives it.
   */
  public Path downloaded(Path dir, String extension) {
    return waitFor("a downloaded ." + extension + " file", d -> finished(dir, "." + extension));
  }

  /** The downloaded file, once Chromium has finished writing it (no .crdownload left). */
  private static Path finished(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
        return null;
      }
      return all.stream().filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** Before each test: the desktop viewport, and no failures expected. */
  void reset() {
    if (viewport != DESKTOP) {
      viewport(DESKTOP);
    }
    errors.reset();
  }

  /** Saves what a failed test saw. */
  void captureFailure(String name) {
    Screenshots.failure(driver, name);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      SampleSite.deleteTree(profile);
    }
  }

  private static String describe(WebElement element) {
    String id = element.getDomAttribute("id");
    String text = element.getText().strip();
    return element.getTagName()
        + (id == null || id.isEmpty() ? "" : "#" + id)
        + (text.isEmpty() ? "" : " \"" + text.lines().findFirst().orElse("") + "\"");
  }
}
