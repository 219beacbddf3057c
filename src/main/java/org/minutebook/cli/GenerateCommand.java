package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.minutebook.bench.SyntheticArchive;
import org.minutebook.bench.SyntheticArchive.Format;
import org.minutebook.bench.SyntheticArchive.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minutebook generate}: writes a synthetic archive of minutes for benchmarks and prints what
 * it wrote.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a SYNTHETIC archive of council minutes, for benchmarks and tests only: invented"
          + " councils, committees, people and decisions, 2006-2025, every file marked as synthetic"
          + " test data. The same --items, --seed and --formats always give the same files.",
      "The output folder must be new or empty, and must not be inside a folder named corpus:"
          + " synthetic minutes never belong in a real archive."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(
      names = "--items",
      paramLabel = "N",
      required = true,
      description = "How many agenda items to write in all (3 to 1,000,000).")
  int items;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of everything written (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "A new or empty folder to write into.")
  Path out;

  @Option(
      names = "--formats",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "txt,html,docx,pdf",
      description =
          "Formats to write, of txt, html, docx and pdf (default: ${DEFAULT-VALUE}; 70/15/10/5%% of"
              + " the files; the share of a format left out goes to txt).")
  List<String> formats = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Set<Format> chosen = EnumSet.noneOf(Format.class);
    for (String name : formats) {
      chosen.add(Format.parse(name));
    }
    long started = System.nanoTime();
    Summary summary = SyntheticArchive.write(out, items, seed, chosen);
    double seconds = (System.nanoTime() - started) / 1e9;
    print(summary, seconds, spec.commandLine().getOut());
    return 0;
  }

  private void print(Summary summary, double seconds, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Wrote SYNTHETIC test data (seed %d) to %s in %.1f s: not real minutes.%n",
        seed,
        out(),
        seconds);
    out.printf(Locale.ROOT, "  files       %,d", summary.totalFiles());
    for (Map.Entry<Format, Integer> files : summary.files().entrySet()) {
      out.printf(Locale.ROOT, "  %s %,d", files.getKey().extension(), files.getValue());
    }
    out.println();
    out.printf(Locale.ROOT, "  items       %,d%n", summary.items());
    out.printf(Locale.ROOT, "  paragraphs  %,d%n", summary.paragraphs());
    out.printf(Locale.ROOT, "  size        %,.1f MB%n", summary.bytes() / 1e6);
    out.printf(Locale.ROOT, "  councils    %d%n", summary.councils());
    out.printf(Locale.ROOT, "  committees  %d%n", summary.committees());
    out.printf(
        Locale.ROOT, "  meetings    %s to %s%n", summary.firstMeeting(), summary.lastMeeting());
    out.flush();
  }

  private Path out() {
    return out.toAbsolutePath().normalize();
  }
}
