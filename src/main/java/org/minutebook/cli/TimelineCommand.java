package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.minutebook.config.Paths;
import org.minutebook.model.Filters;
import org.minutebook.model.Theme;
import org.minutebook.model.Timeline;
import org.minutebook.search.Archive;
import org.minutebook.search.TimelineRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook timeline}: a theme's or query's counts per period, as a table. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Print how often a theme or query came up per period: items, paragraphs and meetings, and"
          + " the paragraphs' share of all discussion in that period (indexing first if needed)."
    })
final class TimelineCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(names = "--theme", paramLabel = "ID", description = "A theme id (repeat to compare).")
  List<String> themes = new ArrayList<>();

  @Option(
      names = "--query",
      paramLabel = "WORDS",
      description = "Words to count (repeat to compare).")
  List<String> queries = new ArrayList<>();

  @Option(
      names = "--interval",
      paramLabel = "WIDTH",
      defaultValue = "year",
      description = "year, quarter or month (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--council", paramLabel = "NAME", description = "Only this council.")
  List<String> councils = new ArrayList<>();

  @Option(names = "--committee", paramLabel = "NAME", description = "Only this committee.")
  List<String> committees = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    Indexing.ensureFresh(paths, out, spec.commandLine().getErr());
    try (Archive archive = Archive.forCorpus(paths.corpus(), paths.index())) {
      List<Theme> chosen = new ArrayList<>();
      for (String id : themes) {
        chosen.add(
            archive
                .theme(id)
                .orElseThrow(
                    () ->
                        new CommandLine.ParameterException(
                            spec.commandLine(), "unknown theme '" + id + "'")));
      }
      Filters filters =
          new Filters(
              committees,
              councils,
              List.of(),
              List.of(),
              List.of(),
              Optional.empty(),
              Optional.empty());
      Timeline timeline =
          archive.timeline(
              new TimelineRequest(
                  chosen,
                  queries,
                  filters,
                  TimelineRequest.Interval.fromLabel(interval),
                  0,
                  Optional.empty()));
      for (Timeline.Series series : timeline.series()) {
        print(series, out);
      }
    }
    out.flush();
    return 0;
  }

  private static void print(Timeline.Series series, PrintWriter out) {
    out.printf(Locale.ROOT, "%n%s%n", series.label());
    out.printf(
        Locale.ROOT,
        "  %-8s %6s %11s %9s %9s%n",
        "period",
        "items",
        "paragraphs",
        "meetings",
        "share");
    for (Timeline.Bucket b : series.buckets()) {
      out.printf(
          Locale.ROOT,
          "  %-8s %6d %11d %9d %8.1f%%%n",
          b.period(),
          b.count(),
          b.paragraphs(),
          b.meetings(),
          100 * b.paragraphShare());
    }
    out.printf(
        Locale.ROOT,
        "  %-8s %6d %11d %9d%n",
        "undated",
        series.undated(),
        series.undatedParagraphs(),
        series.undatedMeetings());
  }
}
