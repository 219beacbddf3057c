package org.minutebook.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies of repeated calls and their percentiles, measured in one run. The figures are only
 * comparable within a run: the machines are shared and noisy.
 */
public final class Latency {
  /** Something to time. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  /**
   * Percentiles in milliseconds.
   *
   * @param calls how many calls were timed
   */
  public record Figures(int calls, double p50, double p95, double p99, double max) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d calls)",
          p50,
          p95,
          p99,
          max,
          calls);
    }
  }

  private Latency() {}

  /** Runs {@code call} {@code warmup} times untimed, then {@code runs} times timed. */
  public static Figures measure(Call call, int warmup, int runs) throws Exception {
    for (int i = 0; i < warmup; i++) {
      call.run();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      call.run();
      nanos[i] = System.nanoTime() - start;
    }
    return figures(nanos);
  }

  /** The percentiles of {@code nanos} (nearest rank). */
  public static Figures figures(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Figures(
        sorted.length,
        millis(sorted, 0.50),
        millis(sorted, 0.95),
        millis(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
  }

  private static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
