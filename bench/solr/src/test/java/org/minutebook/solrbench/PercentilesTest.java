package org.minutebook.solrbench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void nearestRankOfOneHundredCalls() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      // Shuffled order: the figures must not depend on it.
      nanos[i] = ((i * 37) % 100 + 1) * 1_000_000L;
    }
    Result.Figures figures = Percentiles.of(nanos);
    assertEquals(100, figures.calls());
    assertEquals(50.0, figures.p50());
    assertEquals(95.0, figures.p95());
    assertEquals(99.0, figures.p99());
    assertEquals(100.0, figures.max());
  }

  @Test
  void fewCallsRoundTheRankUp() {
    long[] nanos = {3_000_000, 1_000_000, 2_000_000};
    Result.Figures figures = Percentiles.of(nanos);
    assertEquals(2.0, figures.p50(), "ceil(0.5*3)-1 = index 1");
    assertEquals(3.0, figures.p95());
    assertEquals(3.0, figures.max());
  }

  @Test
  void noCallsGiveZeros() {
    assertEquals(new Result.Figures(0, 0, 0, 0, 0, 0), Percentiles.of(new long[0]));
  }
}
