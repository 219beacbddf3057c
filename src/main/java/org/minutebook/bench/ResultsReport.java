package org.minutebook.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a benchmark run's figures as Markdown, one section per archive size. */
public final class ResultsReport {
  private ResultsReport() {}

  /** The whole report: where and how it was run, then each archive's figures and targets. */
  public static String markdown(List<ScaleResult> results, String machine, String command) {
    StringBuilder out = new StringBuilder();
    out.append("## Benchmark run: ").append(machine).append("\n\n");
    out.append("`").append(command).append("`\n\n");
    for (ScaleResult result : results) {
      scale(result, out);
    }
    return out.toString();
  }

  private static void scale(ScaleResult r, StringBuilder out) {
    out.append(String.format(Locale.ROOT, "### %,d agenda items (synthetic)%n%n", r.items()));
    out.append("#### Targets\n\n| target | measured | met |\n| --- | --- | --- |\n");
    for (Targets.Check check : Targets.check(r)) {
      out.append("| ")
          .append(check.target())
          .append(" | ")
          .append(check.measured())
          .append(" | ")
          .append(check.met() ? "yes" : "**no**")
          .append(" |\n");
    }
    ingest(r, out);
    queries(r, out);
    http(r, out);
    solr(r, out);
  }

  private static void ingest(ScaleResult r, StringBuilder out) {
    out.append(
        "\n#### Ingest\n\n| archive | files | MB | items | Minutebook items/s | MB/s |"
            + " raw Lucene items/s | Tika alone MB/s | re-index unchanged | index MB |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, IngestBench.Figures> format : r.formats().entrySet()) {
      ingestRow(format.getKey().toUpperCase(Locale.ROOT) + " only", format.getValue(), out);
    }
    ingestRow("mixed", r.mixed(), out);
  }

  private static void ingestRow(String name, IngestBench.Figures f, StringBuilder out) {
    double mb = f.bytes() / 1e6;
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.1f | %,d | %,.0f | %.2f | %,.0f | %.2f | %,d ms (%.1f %%) | %.1f |%n",
            name,
            f.files(),
            mb,
            f.items(),
            perSecond(f.items(), f.oursMs()),
            perSecond(mb, f.oursMs()),
            perSecond(f.items(), f.rawLuceneMs()),
            perSecond(mb, f.tikaAloneMs()),
            f.reindexUnchangedMs(),
            100.0 * f.reindexUnchangedMs() / f.oursMs(),
            f.indexBytes() / 1e6));
  }

  private static void queries(ScaleResult r, StringBuilder out) {
    out.append(
        "\n#### Queries in process, turn about with raw Lucene on the same index\n\n"
            + "| kind | p50 | p95 | p99 | raw p50 | raw p95 | raw p99 | ratio p50 | ratio p99 |"
            + " first call | raw first call |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (QueryBench.Row row : r.queries()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f× | %.2f× | %.1f | %.1f |%n",
              row.kind(),
              row.ours().p50(),
              row.ours().p95(),
              row.ours().p99(),
              row.raw().p50(),
              row.raw().p95(),
              row.raw().p99(),
              row.ratioP50(),
              row.ratioP99(),
              row.firstOurs(),
              row.firstRaw()));
    }
  }

  private static void http(ScaleResult r, StringBuilder out) {
    out.append(
        String.format(
            Locale.ROOT,
            "%n#### Over HTTP%n%nFirst answer %.2f s after starting the server on the existing"
                + " index; heap in use after warm-up and a full collection %.0f MiB (-Xmx1g)."
                + " Ceiling: %s at c=%d.%n%n"
                + "| kind | concurrency | p50 | p95 | p99 | requests/s | errors |%n"
                + "| --- | --- | --- | --- | --- | --- | --- |%n",
            r.firstAnswerMs() / 1000.0,
            r.heapAfterWarmupBytes() / 1048576.0,
            r.saturation() == null
                ? "not measured"
                : String.format(Locale.ROOT, "%.0f requests/s", r.saturation().requestsPerSecond()),
            r.saturation() == null ? 0 : r.saturation().concurrency()));
    for (Map.Entry<String, List<HttpLoad.Result>> kind : r.http().entrySet()) {
      for (HttpLoad.Result h : kind.getValue()) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %.2f | %,.0f | %d |%n",
                kind.getKey(),
                h.concurrency(),
                h.latency().p50(),
                h.latency().p95(),
                h.latency().p99(),
                h.requestsPerSecond(),
                h.errors()));
      }
    }
  }

  private static void solr(ScaleResult r, StringBuilder out) {
    SolrSide.Result s = r.solr();
    if (s == null) {
      out.append("\n#### Solr\n\n").append(r.solrSkipped()).append("\n\n");
      return;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%n#### Side by side with Solr %s embedded (%s)%n%n"
                + "Ingest of the mixed archive: Minutebook %,.0f items/s, Solr %,.0f items/s (Tika"
                + " extraction in Solr's process, then the same items; %,.0f items/s indexing"
                + " alone). Index %,.1f MB vs Solr's %,.1f MB; Solr's heap after warm-up %.0f MiB.%n%n"
                + "Each pair compares like with like: Minutebook keeping no answers against Solr with"
                + " every cache off, and Minutebook keeping whole answers per index version"
                + " against Solr's default caches.%n%n"
                + "| kind | Minutebook, no answers kept, p50 | p99 | Solr, caches off, p50 | p99"
                + " | Minutebook, answers kept, p50 | p99 | Solr, default caches, p50 | p99 |%n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |%n",
            s.solrVersion(),
            s.javaVersion(),
            perSecond(r.mixed().items(), r.mixed().oursMs()),
            perSecond(s.items(), s.ingestMs()),
            perSecond(s.items(), s.indexOnlyMs()),
            r.mixed().indexBytes() / 1e6,
            s.indexBytes() / 1e6,
            s.heapAfterWarmupBytes() / 1048576.0));
    for (QueryBench.Row row : r.queries()) {
      SolrSide.Figures cached = s.queries().get(row.kind());
      SolrSide.Figures cold =
          s.queriesNoCaches() == null ? null : s.queriesNoCaches().get(row.kind());
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.2f | %s | %s | %s | %s | %s | %s |%n",
              row.kind(),
              row.ours().p50(),
              row.ours().p99(),
              cold == null ? "–" : ms(cold.p50()),
              cold == null ? "–" : ms(cold.p99()),
              row.cached() == null ? "–" : ms(row.cached().p50()),
              row.cached() == null ? "–" : ms(row.cached().p99()),
              cached == null ? "–" : ms(cached.p50()),
              cached == null ? "–" : ms(cached.p99())));
    }
    out.append('\n');
  }

  /** Milliseconds, with three decimals below one so that answers kept show more than 0.00. */
  private static String ms(double ms) {
    return String.format(Locale.ROOT, ms < 1 ? "%.3f" : "%.2f", ms);
  }

  private static double perSecond(double amount, double ms) {
    return ms <= 0 ? 0 : amount * 1000.0 / ms;
  }
}
