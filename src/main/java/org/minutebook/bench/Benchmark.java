package org.minutebook.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minutebook.knowledge.KnowledgeExtractor;
import org.minutebook.model.Commitment;
import org.minutebook.model.Theme;
import org.minutebook.themes.ThemeCatalog;

/**
 * One run of the whole benchmark on one synthetic archive: ingest per format and of the mixed
 * archive, against raw Lucene and Tika alone; the query mix in process against raw Lucene; over
 * HTTP at each concurrency, with the server's start and heap; and Solr on the same archive and mix.
 * Archives are generated once into the work folder and reused by later runs with the same size.
 */
public final class Benchmark {
  /** The formats the generator writes, each measured on an archive of its own. */
  public static final List<String> FORMATS = List.of("txt", "html", "docx", "pdf");

  private static final long SEED = 1;

  /** The untimed warm-up of a started server: this many times the timed requests of one kind. */
  private static final int WARM_UP_ROUNDS = 3;

  private static final int WARM_UP_CONCURRENCY = 4;

  /**
   * How a run is done.
   *
   * @param work where archives, indexes and Solr's files go
   * @param project the project folder (where Solr's runner is built from)
   * @param threads parsing and indexing threads, for every system alike
   * @param warmup untimed calls per kind in process
   * @param runs timed calls per kind in process (and in Solr)
   * @param httpRequests timed HTTP requests per kind and concurrency
   * @param concurrencies the HTTP concurrencies
   * @param formats the formats measured one by one
   * @param solr whether Solr is run too
   */
  public record Settings(
      Path work,
      Path project,
      int threads,
      int warmup,
      int runs,
      int httpRequests,
      List<Integer> concurrencies,
      List<String> formats,
      boolean solr) {}

  private Benchmark() {}

  /** Measures everything on an archive of {@code items} agenda items. */
  public static ScaleResult run(int items, Settings settings, PrintWriter log) throws Exception {
    Path scale = settings.work().resolve(Integer.toString(items));
    Map<String, IngestBench.Figures> formats = new LinkedHashMap<>();
    for (String format : settings.formats()) {
      if (format.equals("none")) {
        continue;
      }
      Path corpus = archive(scale, items, List.of(format), log);
      log.printf(
          Locale.ROOT, "%n[%,d items] ingest, %s only%n", items, format.toUpperCase(Locale.ROOT));
      formats.put(
          format,
          IngestBench.measure(
                  corpus, fresh(scale.resolve("run-" + format)), settings.threads(), log)
              .figures());
    }
    Path corpus = archive(scale, items, FORMATS, log);
    log.printf(Locale.ROOT, "%n[%,d items] ingest, mixed formats%n", items);
    Path run = fresh(scale.resolve("run-mixed"));
    IngestBench.Run mixed = IngestBench.measure(corpus, run, settings.threads(), log);
    Path index = run.resolve("index");
    Theme theme = ThemeCatalog.forCorpus(corpus).find(QueryMix.THEME).orElseThrow();
    List<QueryMix.Kind> mix = QueryMix.kinds(theme);
    log.printf(Locale.ROOT, "%n[%,d items] queries in process, against raw Lucene%n", items);
    List<QueryBench.Row> queries =
        QueryBench.run(corpus, index, mix, settings.warmup(), settings.runs(), log);
    log.printf(Locale.ROOT, "%n[%,d items] queries over HTTP%n", items);
    HttpRun http = http(corpus, index, mix, settings, log);
    SolrSide.Result solr = null;
    String solrSkipped = "not asked for (--no-solr)";
    if (settings.solr()) {
      log.printf(Locale.ROOT, "%n[%,d items] Solr on the same archive and mix%n", items);
      solr = solr(corpus, mixed, mix, settings, run.resolve("solr"), log);
      solrSkipped = null;
    }
    return new ScaleResult(
        items,
        formats,
        mixed.figures(),
        queries,
        http.byKind(),
        http.saturation(),
        http.firstAnswerMs(),
        http.heapBytes(),
        solr,
        solrSkipped);
  }

  private record HttpRun(
      Map<String, List<HttpLoad.Result>> byKind,
      HttpLoad.Result saturation,
      long firstAnswerMs,
      long heapBytes) {}

  private static HttpRun http(
      Path corpus, Path index, List<QueryMix.Kind> mix, Settings settings, PrintWriter log)
      throws Exception {
    Duration timeout = Duration.ofSeconds(30);
    // One start and stop first, as a user's first run: it writes the class-data archive that every
    // later start uses, and brings the index's files into the page cache. The second start is
    // timed.
    try (ServerProcess first =
        ServerProcess.start(corpus, index, 0, "1g", mix.getFirst().http(), Duration.ofMinutes(3))) {
      log.printf(
          Locale.ROOT,
          "  first start ever: answered after %d ms%n",
          first.firstAnswer().toMillis());
    }
    try (ServerProcess server =
        ServerProcess.start(corpus, index, 0, "1g", mix.getFirst().http(), Duration.ofMinutes(3))) {
      log.printf(
          Locale.ROOT, "  first answer %d ms after start%n", server.firstAnswer().toMillis());
      warmUp(server, mix, settings, timeout, log);
      // The ceiling first: the faceted search with highlights, as many at once as the most asked
      // for. Measured last, after the register's large answers, it once came out at a quarter of
      // the rate the same search had reached at that concurrency minutes before.
      int most = settings.concurrencies().stream().mapToInt(Integer::intValue).max().orElse(16);
      HttpLoad.Result saturation =
          HttpLoad.run(
              server.base(),
              List.of(kind(mix, "search: faceted with highlights").http()),
              most,
              most * 20,
              settings.httpRequests() * 4,
              timeout);
      log.printf(Locale.ROOT, "  saturation c=%d %s%n", most, describe(saturation));
      Map<String, List<HttpLoad.Result>> byKind = new LinkedHashMap<>();
      for (QueryMix.Kind kind : mix) {
        List<HttpLoad.Result> results = new ArrayList<>();
        for (int concurrency : settings.concurrencies()) {
          HttpLoad.Result result =
              HttpLoad.run(
                  server.base(),
                  List.of(kind.http()),
                  concurrency,
                  Math.max(concurrency * 5, settings.httpRequests() / 5),
                  settings.httpRequests(),
                  timeout);
          log.printf(
              Locale.ROOT, "  %-32s c=%-3d %s%n", kind.kind(), concurrency, describe(result));
          log.flush();
          results.add(result);
        }
        byKind.put(kind.kind(), results);
      }
      long heap = server.heapUsedAfterGc();
      log.printf(Locale.ROOT, "  heap after warm-up %.1f MiB%n", heap / 1048576.0);
      return new HttpRun(byKind, saturation, server.firstAnswer().toMillis(), heap);
    }
  }

  /**
   * The whole mix, turn about, before anything is timed: a server that has just started runs its
   * request path interpreted and then half-compiled for several thousand requests. Measured cold,
   * the ceiling came out at a third of the rate the same search reached later in the same run; the
   * time to the first answer is reported on its own, so nothing of a cold start is hidden.
   */
  private static void warmUp(
      ServerProcess server,
      List<QueryMix.Kind> mix,
      Settings settings,
      Duration timeout,
      PrintWriter log)
      throws InterruptedException {
    int requests = settings.httpRequests() * WARM_UP_ROUNDS;
    long started = System.nanoTime();
    HttpLoad.Result warm =
        HttpLoad.run(
            server.base(),
            mix.stream().map(QueryMix.Kind::http).toList(),
            WARM_UP_CONCURRENCY,
            0,
            requests,
            timeout);
    log.printf(
        Locale.ROOT,
        "  warm-up: %,d requests of the whole mix at c=%d in %.1f s, %d errors%n",
        requests,
        WARM_UP_CONCURRENCY,
        (System.nanoTime() - started) / 1e9,
        warm.errors());
    log.flush();
  }

  private static SolrSide.Result solr(
      Path corpus,
      IngestBench.Run mixed,
      List<QueryMix.Kind> mix,
      Settings settings,
      Path dir,
      PrintWriter log)
      throws Exception {
    Files.createDirectories(dir);
    Path items = dir.resolve("items.jsonl");
    SolrSide.writeItems(
        mixed.items(),
        item ->
            KnowledgeExtractor.extract(item).commitments().stream().map(Commitment::text).toList(),
        item ->
            KnowledgeExtractor.extract(item).commitments().stream()
                .map(c -> c.due() == null ? "undated" : "dated")
                .toList(),
        items);
    Path queries = dir.resolve("queries.json");
    SolrSide.writeQueries(
        mix.stream().map(k -> new SolrSide.Query(k.kind(), k.solr())).toList(), queries);
    Path jar = SolrSide.jar(settings.project());
    return SolrSide.run(
        jar,
        items,
        queries,
        corpus,
        settings.threads(),
        settings.warmup(),
        settings.runs(),
        true,
        dir,
        log);
  }

  private static QueryMix.Kind kind(List<QueryMix.Kind> mix, String name) {
    return mix.stream().filter(k -> k.kind().equals(name)).findFirst().orElseThrow();
  }

  private static String describe(HttpLoad.Result result) {
    return String.format(
        Locale.ROOT,
        "%s, %.0f req/s, %d errors",
        result.latency(),
        result.requestsPerSecond(),
        result.errors());
  }

  /**
   * The synthetic archive of {@code items} items in {@code formats}, generated the first time and
   * reused after (the generator is deterministic, and a finished archive is marked as such).
   */
  static Path archive(Path scale, int items, List<String> formats, PrintWriter log)
      throws IOException {
    String name = formats.size() == 1 ? formats.getFirst() : "mixed";
    Path dir = scale.resolve("archive-" + name);
    Path done = scale.resolve("archive-" + name + ".done");
    if (Files.exists(done)) {
      return dir;
    }
    deleteTree(dir);
    Set<SyntheticArchive.Format> chosen = EnumSet.noneOf(SyntheticArchive.Format.class);
    formats.forEach(f -> chosen.add(SyntheticArchive.Format.parse(f)));
    long started = System.nanoTime();
    SyntheticArchive.Summary summary = SyntheticArchive.write(dir, items, SEED, chosen);
    log.printf(
        Locale.ROOT,
        "generated %s: %,d files, %,.1f MB in %.1f s (synthetic, seed %d)%n",
        dir,
        summary.totalFiles(),
        summary.bytes() / 1e6,
        (System.nanoTime() - started) / 1e9,
        SEED);
    Files.writeString(done, summary.toString());
    return dir;
  }

  /** An empty folder at {@code dir}, whatever was there. */
  static Path fresh(Path dir) throws IOException {
    deleteTree(dir);
    Files.createDirectories(dir);
    return dir;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
