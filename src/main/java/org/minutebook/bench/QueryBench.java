package org.minutebook.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.search.Archive;
import org.minutebook.search.RawLucene;

/**
 * The query mix in process: each kind asked of the archive and of raw Lucene on the same index,
 * turn about, after untimed warm-up calls. The archive keeps no answers for that comparison (raw
 * Lucene keeps none); a second pass times it as it serves, with its answer cache, to compare with
 * Solr's default caches.
 */
public final class QueryBench {
  /**
   * One kind's figures: Minutebook's and raw Lucene's, timed turn about in one run, and each one's
   * first call after the index was opened (before any warm-up: what caches per index version cost
   * once); {@code cached} is Minutebook's with its answer cache on, or null when not measured.
   */
  public record Row(
      String kind,
      Latency.Figures ours,
      Latency.Figures raw,
      double firstOurs,
      double firstRaw,
      Latency.Figures cached) {
    /** Minutebook's latency over raw Lucene's at the median. */
    public double ratioP50() {
      return ours.p50() / raw.p50();
    }

    /** Minutebook's latency over raw Lucene's at the 99th percentile. */
    public double ratioP99() {
      return ours.p99() / raw.p99();
    }
  }

  private QueryBench() {}

  /** Times every kind of {@code mix} on the index at {@code index} of {@code corpus}. */
  public static List<Row> run(
      Path corpus, Path index, List<QueryMix.Kind> mix, int warmup, int runs, PrintWriter log)
      throws Exception {
    List<Row> rows = new ArrayList<>();
    try (Archive archive = Archive.forCorpus(corpus, index, 0);
        Archive serving = Archive.forCorpus(corpus, index);
        RawLucene raw = RawLucene.open(index)) {
      for (QueryMix.Kind kind : mix) {
        long[] sink = new long[1];
        Latency.Call ours = () -> kind.ours().run(archive);
        Latency.Call theirs = () -> sink[0] += kind.raw().run(raw);
        double firstOurs = once(ours);
        double firstRaw = once(theirs);
        SideBySide.Figures figures = SideBySide.measure(ours, theirs, warmup, runs);
        Latency.Figures cached = Latency.measure(() -> kind.ours().run(serving), warmup, runs);
        Row row =
            new Row(kind.kind(), figures.first(), figures.second(), firstOurs, firstRaw, cached);
        log.printf(
            Locale.ROOT,
            "  %-32s ours p50 %7.2f p99 %7.2f ms | raw Lucene p50 %7.2f p99 %7.2f ms | %.2fx"
                + " | answers kept p50 %7.3f p99 %7.3f ms%n",
            row.kind(),
            row.ours().p50(),
            row.ours().p99(),
            row.raw().p50(),
            row.raw().p99(),
            row.ratioP50(),
            cached.p50(),
            cached.p99());
        log.flush();
        rows.add(row);
      }
    }
    return rows;
  }

  private static double once(Latency.Call call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return (System.nanoTime() - start) / 1e6;
  }
}
