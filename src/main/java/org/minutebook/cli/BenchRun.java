package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.bench.Benchmark;
import org.minutebook.bench.ResultsReport;
import org.minutebook.bench.ScaleResult;

/** The whole benchmark, as {@code minutebook bench} without an archive runs it. */
final class BenchRun {
  /** Where a written run begins and ends in the results file, so that the next replaces it. */
  static final String START = "<!-- bench run: start -->";

  static final String END = "<!-- bench run: end -->";

  private BenchRun() {}

  static int run(BenchCommand command, PrintWriter out) throws Exception {
    Path work =
        command.work != null
            ? command.work
            : Path.of(System.getProperty("java.io.tmpdir"), "minutebook-bench");
    int threads =
        command.threads > 0 ? command.threads : Runtime.getRuntime().availableProcessors();
    Benchmark.Settings settings =
        new Benchmark.Settings(
            work.toAbsolutePath().normalize(),
            // The launcher says where the project is; Solr's runner is built from there.
            Path.of(System.getProperty(org.minutebook.config.Paths.HOME_PROPERTY, ""))
                .toAbsolutePath(),
            threads,
            command.warmup,
            command.runs,
            command.httpRequests,
            List.copyOf(command.concurrencies),
            List.copyOf(command.formats),
            !command.noSolr);
    List<ScaleResult> results = new ArrayList<>();
    for (int items : command.items) {
      results.add(Benchmark.run(items, settings, out));
      // Written after each size, so that a long run stopped part-way keeps what it measured.
      String markdown =
          ResultsReport.markdown(results, machine(threads), commandLine(command.items));
      out.println();
      out.println(markdown);
      out.flush();
      if (command.results != null) {
        write(command.results, markdown);
      }
    }
    return 0;
  }

  /** The date, processor, cores and JDK: what the figures depend on besides the code. */
  static String machine(int threads) {
    return String.format(
        Locale.ROOT,
        "%s, %s, %d cores, %s %s, %d threads",
        LocalDate.now(ZoneOffset.UTC),
        cpu(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        Runtime.version(),
        threads);
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // Not Linux, or not readable: the architecture will do.
    }
    return System.getProperty("os.arch");
  }

  private static String commandLine(List<Integer> items) {
    StringBuilder line = new StringBuilder("./minutebook bench --items ");
    for (int i = 0; i < items.size(); i++) {
      line.append(i == 0 ? "" : ",").append(items.get(i));
    }
    return line.toString();
  }

  /** Puts {@code markdown} into {@code file} between the markers, or at its end. */
  static void write(Path file, String markdown) throws IOException {
    String block = START + "\n" + markdown + "\n" + END;
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated =
        start >= 0 && end > start
            ? text.substring(0, start) + block + text.substring(end + END.length())
            : text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }
}
