package org.minutebook.bench;

/**
 * Times two ways of answering the same request turn about — one call of each, then the next — so
 * that whatever else the shared machine is doing falls on both alike and their ratio holds even
 * when the absolute figures wander.
 */
public final class SideBySide {
  /** The two sets of figures, in the order the calls were given. */
  public record Figures(Latency.Figures first, Latency.Figures second) {
    /** How many times slower the first is than the second at the median. */
    public double ratioP50() {
      return first.p50() / second.p50();
    }

    /** How many times slower the first is than the second at the 99th percentile. */
    public double ratioP99() {
      return first.p99() / second.p99();
    }
  }

  private SideBySide() {}

  /** Runs each call {@code warmup} times untimed, then {@code runs} times each, alternating. */
  public static Figures measure(Latency.Call first, Latency.Call second, int warmup, int runs)
      throws Exception {
    for (int i = 0; i < warmup; i++) {
      first.run();
      second.run();
    }
    long[] a = new long[runs];
    long[] b = new long[runs];
    for (int i = 0; i < runs; i++) {
      // Alternate which goes first too, so neither always runs with the other's data in cache.
      boolean firstFirst = (i & 1) == 0;
      if (firstFirst) {
        a[i] = time(first);
        b[i] = time(second);
      } else {
        b[i] = time(second);
        a[i] = time(first);
      }
    }
    return new Figures(Latency.figures(a), Latency.figures(b));
  }

  private static long time(Latency.Call call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }
}
