package org.minutebook.solrbench;

import java.util.Arrays;

/** Nearest-rank percentiles of timed calls, in milliseconds. */
public final class Percentiles {
  private Percentiles() {}

  /** The figures of one kind of call: pK is the value at index ceil(K/100*n)-1 of the sorted. */
  public static Result.Figures of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Result.Figures(
        sorted.length,
        at(sorted, 50),
        at(sorted, 95),
        at(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        0);
  }

  static double at(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
