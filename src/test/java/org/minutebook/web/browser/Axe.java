package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (from its webjar on the test classpath) in the page: serious and critical
 * violations fail the test; moderate and minor ones are printed.
 */
final class Axe {
  private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  /** WCAG 2.0, 2.1 and 2.2 A and AA, plus Deque's best practices. */
  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa',
          'best-practice']},
        resultTypes: ['violations']
      }).then(function (r) {
        done(JSON.stringify(r.violations.map(function (v) {
          return {id: v.id, impact: v.impact || 'unknown', help: v.help,
            targets: v.nodes.map(function (n) { return n.target.join(' '); })};
        })));
      }, function (e) { done(JSON.stringify({error: String(e)})); });
      """;

  private static final Set<String> BLOCKING = Set.of("serious", "critical");
  private static final int TARGETS_SHOWN = 5;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String source;

  /** One rule broken, with the elements that break it. */
  record Violation(String id, String impact, String help, List<String> targets) {
    boolean blocking() {
      return BLOCKING.contains(impact);
    }

    @Override
    public String toString() {
      List<String> shown = targets.stream().limit(TARGETS_SHOWN).toList();
      return id
          + " ("
          + impact
          + ", "
          + targets.size()
          + " element(s)): "
          + help
          + "\n      "
          + String.join("\n      ", shown)
          + (targets.size() > shown.size() ? "\n      ..." : "");
    }
  }

  private Axe() {}

  /** Every violation on the page as it is now. */
  static List<Violation> run(ChromeDriver driver) {
    if (!Boolean.TRUE.equals(driver.executeScript("return !!window.axe"))) {
      driver.executeScript(source());
    }
    String answer = (String) driver.executeAsyncScript(RUN);
    if (answer.startsWith("{")) {
      throw new IllegalStateException("axe-core failed: " + answer);
    }
    try {
      return JSON.readValue(answer, new TypeReference<List<Violation>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(answer, e);
    }
  }

  /**
   * Fails when the page has serious or critical violations, listing them; prints the rest. Returns
   * every violation, for tests and reports that want them.
   */
  static List<Violation> check(ChromeDriver driver, String page) {
    List<Violation> all = run(driver);
    List<Violation> blocking = all.stream().filter(Violation::blocking).toList();
    String minor =
        all.stream()
            .filter(v -> !v.blocking())
            .map(v -> "  " + v)
            .collect(Collectors.joining("\n"));
    if (!minor.isEmpty()) {
      System.out.println("axe: moderate or minor on " + page + " (not failing):\n" + minor);
    }
    if (!blocking.isEmpty()) {
      fail(
          "axe: "
              + blocking.size()
              + " serious or critical violation(s) on "
              + page
              + ":\n  "
              + blocking.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    }
    return all;
  }

  private static synchronized String source() {
    if (source == null) {
      try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IllegalStateException(SCRIPT + " is not on the test classpath");
        }
        source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(SCRIPT, e);
      }
    }
    return source;
  }
}
