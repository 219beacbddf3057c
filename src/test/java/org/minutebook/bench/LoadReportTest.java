package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The load test's Markdown and the marked block it keeps in a results file. */
class LoadReportTest {
  private static final LoadReport.Setup SETUP =
      new LoadReport.Setup(
          "2026-11-23, a CPU, 2 cores",
          "./minutebook bench --load --clients 50 --duration 5m",
          "the 100,000-item synthetic archive",
          "ran `serve` (-Xmx1g)",
          10);

  @Test
  void theReportGivesTotalsFailuresAndEachKind() {
    Latency.Figures figures = new Latency.Figures(1_200, 3.5, 12.25, 40, 95.5);
    LoadTest.Result result =
        new LoadTest.Result(
            50,
            300,
            1_234,
            34,
            new TreeMap<>(Map.of(503, 30L, LoadTest.NO_ANSWER, 4L)),
            figures,
            new Latency.Figures(34, 0.5, 1, 2, 3),
            List.of(
                new LoadTest.KindResult("search: words", 1_000, 0, figures),
                new LoadTest.KindResult("register: commitments of recruitment", 234, 34, figures)));

    String markdown = LoadReport.markdown(result, SETUP);

    assertTrue(markdown.startsWith("## Load test: 2026-11-23, a CPU, 2 cores\n"), markdown);
    assertTrue(markdown.contains("`./minutebook bench --load --clients 50 --duration 5m`"));
    assertTrue(markdown.contains("50 closed-loop clients"), markdown);
    assertTrue(
        markdown.contains("for 300.0 s (to the last answer) after 10 s of untimed warm-up"),
        markdown);
    assertTrue(markdown.contains("| 1,234 | 34 | 4.1 | 3.50 | 12.25 | 40.00 | 95.50 |"), markdown);
    assertTrue(
        markdown.contains(
            "Errors by status: no answer: 4, HTTP 503: 30; answered in p50 0.50 ms, p99 2.00 ms,"
                + " max 3.00 ms."),
        markdown);
    assertTrue(markdown.contains("| search: words | 1,000 | 0 | 3.50 |"), markdown);
    assertTrue(markdown.contains("| register: commitments of recruitment | 234 | 34 |"), markdown);
  }

  @Test
  void noFailuresSayNone() {
    assertEquals("none", LoadReport.failures(Map.of()));
  }

  @Test
  void theBlockIsAppendedOnceThenReplacedAndTheRestKept() {
    String text = "# Results\n\nNotes.\n";
    String once = LoadReport.replaceBlock(text, "first run\n");
    assertEquals(
        "# Results\n\nNotes.\n\n" + LoadReport.START + "\nfirst run\n" + LoadReport.END + "\n",
        once);
    String edited = once + "\nMore notes.\n";
    assertEquals(
        "# Results\n\nNotes.\n\n"
            + LoadReport.START
            + "\nsecond run\n"
            + LoadReport.END
            + "\n\nMore notes.\n",
        LoadReport.replaceBlock(edited, "second run"));
    assertEquals(
        LoadReport.START + "\nalone\n" + LoadReport.END + "\n",
        LoadReport.replaceBlock("", "alone"));
  }
}
