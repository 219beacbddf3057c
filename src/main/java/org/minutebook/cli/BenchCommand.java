package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.minutebook.bench.Latency;
import org.minutebook.config.Paths;
import org.minutebook.model.CommitmentStatus;
import org.minutebook.model.EntityKind;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.Theme;
import org.minutebook.search.Archive;
import org.minutebook.search.KnowledgeRequest;
import org.minutebook.search.TimelineRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minutebook bench}: times searches, timelines and registers in process on an existing
 * archive and prints their percentiles. (Issue 8 grows this into the full benchmark.)
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time searches, timelines and registers in process on an archive (indexing it first if"
          + " needed) and print p50/p95/p99 per kind of request. Figures compare only within one run."
    })
final class BenchCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(names = "--warmup", defaultValue = "50", description = "Untimed calls per kind.")
  int warmup;

  @Option(names = "--runs", defaultValue = "300", description = "Timed calls per kind.")
  int runs;

  @Option(names = "--mix", description = "Time the issue 8 query mix against raw Lucene.")
  boolean mix;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    if (mix) {
      org.minutebook.model.Theme theme =
          org.minutebook.themes.ThemeCatalog.forCorpus(paths.corpus())
              .find("recruitment")
              .orElseThrow();
      org.minutebook.bench.QueryBench.run(
          paths.corpus(),
          paths.index(),
          org.minutebook.bench.QueryMix.kinds(theme),
          warmup,
          runs,
          out);
      return 0;
    }
    Indexing.ensureFresh(paths, out, spec.commandLine().getErr());
    try (Archive archive = Archive.forCorpus(paths.corpus(), paths.index())) {
      out.printf(
          Locale.ROOT, "%nArchive: %d items; %d timed calls per kind%n%n", archive.size(), runs);
      // The registers read every item's records and search follow-ups once per index commit.
      long started = System.nanoTime();
      int commitments = archive.commitments(KnowledgeRequest.ALL).size();
      out.printf(
          Locale.ROOT,
          "  %-34s %.1f ms (%d commitments)%n",
          "register: first answer",
          (System.nanoTime() - started) / 1e6,
          commitments);
      for (Map.Entry<String, Latency.Call> kind : kinds(archive).entrySet()) {
        Latency.Figures figures = Latency.measure(kind.getValue(), warmup, runs);
        out.printf(Locale.ROOT, "  %-34s %s%n", kind.getKey(), figures);
        out.flush();
      }
    }
    return 0;
  }

  /** The requests timed, by name: a fixed mix of searches and timelines. */
  private Map<String, Latency.Call> kinds(Archive archive) {
    Map<String, Latency.Call> kinds = new LinkedHashMap<>();
    kinds.put("search: words", () -> archive.search(SearchRequest.of("recruitment agency staff")));
    kinds.put("search: phrase", () -> archive.search(SearchRequest.of("\"front door\"")));
    kinds.put("search: acronym", () -> archive.search(SearchRequest.of("MASH")));
    List<Theme> themes = new ArrayList<>();
    for (String id : List.of("recruitment", "front-door", "planning", "highways")) {
      archive.theme(id).ifPresent(themes::add);
    }
    for (Theme theme : themes) {
      kinds.put(
          "timeline: " + theme.id() + " by year",
          () -> archive.timeline(timeline(List.of(theme), List.of(), "year", Optional.empty())));
    }
    if (!themes.isEmpty()) {
      Theme first = themes.getFirst();
      kinds.put(
          "timeline: " + first.id() + " by month",
          () -> archive.timeline(timeline(List.of(first), List.of(), "month", Optional.empty())));
      kinds.put(
          "timeline: " + first.id() + " by committee",
          () ->
              archive.timeline(
                  timeline(
                      List.of(first),
                      List.of(),
                      "year",
                      Optional.of(TimelineRequest.Split.COMMITTEE))));
      kinds.put(
          "timeline: compare " + themes.size() + " themes",
          () -> archive.timeline(timeline(themes, List.of(), "year", Optional.empty())));
    }
    kinds.put("register: commitments", () -> archive.commitments(KnowledgeRequest.ALL));
    kinds.put(
        "register: commitments overdue",
        () ->
            archive.commitments(
                new KnowledgeRequest(Filters.NONE, List.of(CommitmentStatus.OVERDUE), List.of())));
    kinds.put("register: decisions", () -> archive.decisions(KnowledgeRequest.ALL));
    kinds.put("register: inspections", () -> archive.inspections(KnowledgeRequest.ALL));
    kinds.put(
        "register: people",
        () -> archive.entities(KnowledgeRequest.ALL, List.of(EntityKind.PERSON), ""));
    kinds.put(
        "timeline: query",
        () ->
            archive.timeline(timeline(List.of(), List.of("caseloads"), "year", Optional.empty())));
    return kinds;
  }

  private static TimelineRequest timeline(
      List<Theme> themes,
      List<String> queries,
      String interval,
      Optional<TimelineRequest.Split> split) {
    return new TimelineRequest(
        themes,
        queries,
        Filters.NONE,
        TimelineRequest.Interval.fromLabel(interval),
        TimelineRequest.DEFAULT_ENTRIES,
        split);
  }
}
