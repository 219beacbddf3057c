package org.minutebook.solrbench;

import java.util.Map;

/**
 * What the runner measured, written as RESULT.json. Times are milliseconds; sizes bytes.
 *
 * @param solrVersion the Solr the jar embeds
 * @param javaVersion the JVM it ran on
 * @param items items indexed
 * @param files distinct source files
 * @param bytes the size of those files (0 without a corpus)
 * @param extractFailures files Tika could not read or that were missing (their items are still
 *     indexed, from the JSONL)
 * @param ingestMs wall time of the ingest: extraction (with a corpus), adds and the commit
 * @param indexOnlyMs wall time of the adds and commit alone, into a fresh core
 * @param indexBytes the index's size on disk after the commit
 * @param heapAfterWarmupBytes heap in use after the timed queries and two full collections
 * @param queries figures per kind of query, with Solr's default caches
 * @param queriesNoCaches the same with every cache off, or null when not asked for
 */
public record Result(
    String solrVersion,
    String javaVersion,
    int items,
    int files,
    long bytes,
    int extractFailures,
    double ingestMs,
    double indexOnlyMs,
    long indexBytes,
    long heapAfterWarmupBytes,
    Map<String, Figures> queries,
    Map<String, Figures> queriesNoCaches) {

  /**
   * Latencies of one kind of query.
   *
   * @param calls timed calls
   * @param p50 median, ms
   * @param p95 95th percentile, ms
   * @param p99 99th percentile, ms
   * @param max slowest, ms
   * @param hits numFound of the last timed call, to compare with Minutebook's counts
   */
  public record Figures(int calls, double p50, double p95, double p99, double max, long hits) {
    /** The same figures with the hit count. */
    public Figures withHits(long count) {
      return new Figures(calls, p50, p95, p99, max, count);
    }
  }
}
