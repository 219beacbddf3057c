package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.bench.LoadReport;

/**
 * {@code bench --load} end to end for a few seconds on the sample minutes: the server in a child
 * JVM, the query mix from several clients, the figures printed and written into a results file.
 */
class LoadCommandTest {
  private static final Path SAMPLE = Path.of("corpus", "sample").toAbsolutePath();

  @Test
  void aShortLoadTestOnTheSampleMinutesServesEveryRequestAndWritesItsBlock(@TempDir Path temp)
      throws Exception {
    Path results = temp.resolve("RESULTS.md");
    Files.writeString(results, "# Results\n\nEarlier figures.\n", StandardCharsets.UTF_8);

    CliTest.Run run =
        CliTest.run(
            "bench",
            "--load",
            "--corpus",
            SAMPLE.toString(),
            "--index",
            temp.resolve("index").toString(),
            "--clients",
            "4",
            "--duration",
            "3s",
            "--warmup-time",
            "1s",
            "--results",
            results.toString());

    assertEquals(0, run.status(), run.out() + run.err());
    String written = Files.readString(results, StandardCharsets.UTF_8);
    assertTrue(written.startsWith("# Results\n\nEarlier figures.\n\n" + LoadReport.START), written);
    assertTrue(written.strip().endsWith(LoadReport.END), written);
    assertTrue(written.contains("--clients 4 --duration 3s`"), written);
    assertTrue(written.contains("4 closed-loop clients"), written);
    assertTrue(written.contains("Errors by status: none."), written);
    for (String kind :
        new String[] {
          "search: words",
          "search: faceted with highlights",
          "timeline: recruitment by year",
          "register: commitments of recruitment"
        }) {
      assertTrue(written.contains("| " + kind + " | "), kind + " in " + written);
    }
    assertTrue(run.out().contains("| requests | errors | requests/s |"), run.out());
  }

  @Test
  void loadNeedsOneArchiveSizeAndSomeClients() {
    CliTest.Run sizes = CliTest.run("bench", "--load", "--items", "1000,2000");
    assertEquals(1, sizes.status());
    assertTrue(sizes.err().contains("give one --items size"), sizes.err());
    CliTest.Run clients = CliTest.run("bench", "--load", "--clients", "0");
    assertEquals(1, clients.status());
    assertTrue(clients.err().contains("--clients 1 or more"), clients.err());
  }

  @Test
  void serveRefusesLimitsThatCannotWork() {
    CliTest.Run active = CliTest.run("serve", "--port", "0", "--max-active", "0");
    assertEquals(1, active.status());
    assertTrue(active.err().contains("active requests limit must be 1 or more"), active.err());
    CliTest.Run wait = CliTest.run("serve", "--port", "0", "--max-wait", "soon");
    assertEquals(2, wait.status(), wait.err());
    assertTrue(wait.err().contains("'soon' is not a duration"), wait.err());
  }
}
