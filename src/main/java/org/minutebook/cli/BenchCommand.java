package org.minutebook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.minutebook.bench.Latency;
import org.minutebook.bench.QueryBench;
import org.minutebook.bench.QueryMix;
import org.minutebook.config.Paths;
import org.minutebook.model.CommitmentStatus;
import org.minutebook.model.EntityKind;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.Theme;
import org.minutebook.search.Archive;
import org.minutebook.search.KnowledgeRequest;
import org.minutebook.search.TimelineRequest;
import org.minutebook.themes.ThemeCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minutebook bench}: the benchmark. Without {@code --corpus} or {@code --index} it generates
 * synthetic archives and measures ingest, queries in process and over HTTP, raw Lucene, Tika alone
 * and Solr side by side; given an archive, it times searches, timelines and registers on it in
 * process.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Without --corpus or --index: generate SYNTHETIC archives of --items agenda items and"
          + " measure, in one run, ingest per format against raw Lucene and Tika alone, re-index of"
          + " an unchanged archive, a fixed query mix in process against raw Lucene, over HTTP at"
          + " each --concurrency with the server's start time and heap, and Apache Solr embedded on"
          + " the same archive and mix. Prints the figures and the targets of issue 8 as Markdown"
          + " (and writes them into --results).",
      "With --corpus or --index: time searches, timelines and registers in process on that"
          + " archive (indexing it first if needed); --mix times the benchmark's query mix against"
          + " raw Lucene instead. Figures compare only within one run.",
      "With --load: the load test (see --clients and --duration)."
    })
final class BenchCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(
      names = "--warmup",
      defaultValue = "1000",
      description =
          "Untimed calls per kind before timing, in process and in Solr (default: ${DEFAULT-VALUE}:"
              + " after 50, the first kinds were still being compiled).")
  int warmup;

  @Option(names = "--runs", defaultValue = "300", description = "Timed calls per kind.")
  int runs;

  @Option(names = "--mix", description = "On --corpus/--index: the query mix against raw Lucene.")
  boolean mix;

  @Option(
      names = "--items",
      split = ",",
      paramLabel = "N",
      defaultValue = "10000,100000",
      description = "Synthetic archive sizes, in agenda items (default: ${DEFAULT-VALUE}).")
  List<Integer> items;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Where archives, indexes and Solr's files go; archives are kept and reused"
              + " (default: minutebook-bench in the temporary folder).")
  Path work;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Parsing and indexing threads for every system (default: one per core).")
  int threads;

  @Option(
      names = "--http-requests",
      defaultValue = "2000",
      description = "Timed HTTP requests per kind and concurrency (default: ${DEFAULT-VALUE}).")
  int httpRequests;

  @Option(
      names = "--concurrency",
      split = ",",
      defaultValue = "1,4,16",
      description = "HTTP concurrencies (default: ${DEFAULT-VALUE}).")
  List<Integer> concurrencies;

  @Option(
      names = "--formats",
      split = ",",
      defaultValue = "txt,html,docx,pdf",
      description = "Formats measured one by one, or none (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Option(names = "--no-solr", description = "Leave Solr out.")
  boolean noSolr;

  @Option(
      names = "--results",
      paramLabel = "FILE",
      description = "Also write the Markdown into FILE, replacing the run written there before.")
  Path results;

  @Option(
      names = "--load",
      description =
          "The load test instead: --clients clients send the query mix for --duration to the"
              + " server on the synthetic archive of --items items (default: "
              + LoadRun.DEFAULT_ITEMS
              + "), or on --corpus/--index; prints requests, errors, throughput and latencies"
              + " (and writes them into --results).")
  boolean load;

  @Option(
      names = "--clients",
      paramLabel = "N",
      defaultValue = "50",
      description = "With --load: clients sending at once (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      defaultValue = "5m",
      converter = DurationConverter.class,
      description = "With --load: how long the timed load runs, such as 30s or 5m (default: 5m).")
  Duration duration;

  @Option(
      names = "--warmup-time",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "With --load: untimed load before the timed part (default: 10s).")
  Duration warmupTime;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (load) {
      return LoadRun.run(this, parsed, out, spec.commandLine().getErr());
    }
    if (!parsed.hasMatchedOption("--corpus") && !parsed.hasMatchedOption("--index")) {
      return BenchRun.run(this, out);
    }
    Paths paths = corpus.paths();
    Indexing.ensureFresh(paths, out, spec.commandLine().getErr());
    if (mix) {
      Theme theme =
          ThemeCatalog.forCorpus(paths.corpus())
              .find(QueryMix.THEME)
              .orElseThrow(() -> new IllegalStateException("no theme " + QueryMix.THEME));
      QueryBench.run(paths.corpus(), paths.index(), QueryMix.kinds(theme), warmup, runs, out);
      return 0;
    }
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
