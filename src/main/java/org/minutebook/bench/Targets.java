package org.minutebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Issue 8's targets, checked against one archive's figures. Ratios come from the same run. */
public final class Targets {
  /** The kind whose HTTP latency and ceiling the targets name. */
  static final String FACETED = "search: faceted with highlights";

  /**
   * One target.
   *
   * @param target what was asked
   * @param measured what this run measured
   * @param met whether it holds
   */
  public record Check(String target, String measured, boolean met) {}

  private Targets() {}

  /** Every target that {@code result} has figures for. */
  public static List<Check> check(ScaleResult result) {
    List<Check> checks = new ArrayList<>();
    http(result, checks);
    for (QueryBench.Row row : result.queries()) {
      checks.add(
          new Check(
              "in process within 2× of raw Lucene: " + row.kind(),
              String.format(
                  Locale.ROOT,
                  "p50 %.2f× (%.2f vs %.2f ms), p99 %.2f×",
                  row.ratioP50(),
                  row.ours().p50(),
                  row.raw().p50(),
                  row.ratioP99()),
              row.ratioP50() <= 2.0));
    }
    ingest(result, checks);
    solr(result, checks);
    checks.add(
        new Check(
            "heap ≤ 1 GiB serving",
            String.format(Locale.ROOT, "%.0f MiB", result.heapAfterWarmupBytes() / 1048576.0),
            result.heapAfterWarmupBytes() <= 1L << 30));
    checks.add(
        new Check(
            "first answer ≤ 3 s after start",
            String.format(Locale.ROOT, "%.2f s", result.firstAnswerMs() / 1000.0),
            result.firstAnswerMs() <= 3000));
    return checks;
  }

  private static void http(ScaleResult result, List<Check> checks) {
    HttpLoad.Result faceted = atConcurrency(result.http().get(FACETED), 4);
    if (faceted != null) {
      checks.add(
          new Check(
              "HTTP faceted search with highlights, c=4: p50 ≤ 3 ms",
              ms(faceted.latency().p50()),
              faceted.latency().p50() <= 3));
      checks.add(
          new Check(
              "HTTP faceted search with highlights, c=4: p99 ≤ 15 ms",
              ms(faceted.latency().p99()),
              faceted.latency().p99() <= 15));
    }
    if (result.saturation() != null) {
      checks.add(
          new Check(
              "≥ 500 requests/s at saturation (c=" + result.saturation().concurrency() + ")",
              String.format(
                  Locale.ROOT, "%.0f requests/s", result.saturation().requestsPerSecond()),
              result.saturation().requestsPerSecond() >= 500));
    }
    for (Map.Entry<String, List<HttpLoad.Result>> kind : result.http().entrySet()) {
      HttpLoad.Result four = atConcurrency(kind.getValue(), 4);
      if (kind.getKey().startsWith("timeline") && four != null) {
        checks.add(
            new Check(
                "HTTP " + kind.getKey() + ", c=4: p99 ≤ 20 ms",
                ms(four.latency().p99()),
                four.latency().p99() <= 20));
      }
    }
  }

  private static void ingest(ScaleResult result, List<Check> checks) {
    for (Map.Entry<String, IngestBench.Figures> format : result.formats().entrySet()) {
      IngestBench.Figures f = format.getValue();
      String name = format.getKey().toUpperCase(Locale.ROOT);
      if (format.getKey().equals("txt") || format.getKey().equals("html")) {
        double share = (double) f.rawLuceneMs() / f.oursMs();
        checks.add(
            new Check(
                name + " ingest ≥ 70 % of raw-Lucene throughput", percent(share), share >= 0.70));
      }
      if (format.getKey().equals("pdf")) {
        double share = (double) f.tikaAloneMs() / f.oursMs();
        checks.add(
            new Check(
                "PDF ingest (parsing out of process) ≥ 75 % of Tika alone in process",
                percent(share), share >= 0.75));
      }
    }
    IngestBench.Figures mixed = result.mixed();
    double reindex = (double) mixed.reindexUnchangedMs() / mixed.oursMs();
    checks.add(
        new Check(
            "re-index of an unchanged archive ≤ 3 % of the full index time",
            String.format(
                Locale.ROOT,
                "%s (%,d of %,d ms)",
                percent(reindex),
                mixed.reindexUnchangedMs(),
                mixed.oursMs()),
            reindex <= 0.03));
  }

  private static void solr(ScaleResult result, List<Check> checks) {
    SolrSide.Result solr = result.solr();
    if (solr == null) {
      return;
    }
    double ours = result.mixed().items() * 1000.0 / result.mixed().oursMs();
    double theirs = solr.items() * 1000.0 / solr.ingestMs();
    checks.add(
        new Check(
            "ingest items/s ≥ Solr's",
            String.format(Locale.ROOT, "%,.0f vs %,.0f items/s", ours, theirs),
            ours >= theirs));
    for (QueryBench.Row row : result.queries()) {
      List<String> said = new ArrayList<>();
      boolean met = true;
      // Like with like: no answers kept against Solr without caches, kept against its defaults.
      SolrSide.Figures cold =
          solr.queriesNoCaches() == null ? null : solr.queriesNoCaches().get(row.kind());
      if (cold != null) {
        said.add(versus("caches off", row.ours(), cold));
        met &= row.ours().p50() <= cold.p50() && row.ours().p99() <= cold.p99();
      }
      SolrSide.Figures cached = solr.queries().get(row.kind());
      if (cached != null && row.cached() != null) {
        said.add(versus("caches on", row.cached(), cached));
        met &= row.cached().p50() <= cached.p50() && row.cached().p99() <= cached.p99();
      }
      if (!said.isEmpty()) {
        checks.add(new Check("p50 and p99 ≤ Solr's: " + row.kind(), String.join("; ", said), met));
      }
    }
  }

  private static String versus(String setting, Latency.Figures ours, SolrSide.Figures solr) {
    return String.format(
        Locale.ROOT,
        "%s: p50 %.2f vs %.2f ms, p99 %.2f vs %.2f ms",
        setting,
        ours.p50(),
        solr.p50(),
        ours.p99(),
        solr.p99());
  }

  static HttpLoad.Result atConcurrency(List<HttpLoad.Result> results, int concurrency) {
    if (results == null) {
      return null;
    }
    return results.stream().filter(r -> r.concurrency() == concurrency).findFirst().orElse(null);
  }

  private static String ms(double ms) {
    return String.format(Locale.ROOT, "%.2f ms", ms);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }
}
