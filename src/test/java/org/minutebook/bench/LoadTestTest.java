package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixed-time load test: its arithmetic, and a short run against a small real server. */
class LoadTestTest {
  private static final List<LoadTest.Request> MIX =
      List.of(
          new LoadTest.Request("fine", "/ok"),
          new LoadTest.Request("busy", "/refused"),
          new LoadTest.Request("gone", "/missing"));

  @Test
  void clientsAreMergedByKindAndEveryNon200IsAnErrorByStatus() {
    LoadTest.Client first = new LoadTest.Client(null, 0, 3, 0, 0);
    LoadTest.Client second = new LoadTest.Client(null, 1, 3, 0, 0);
    first.record(0, 200, 2_000_000);
    first.record(0, 200, 4_000_000);
    first.record(1, 503, 100_000);
    second.record(0, 200, 6_000_000);
    second.record(1, 503, 200_000);
    second.record(2, LoadTest.NO_ANSWER, 30_000_000);

    LoadTest.Result result = LoadTest.merge(List.of(first, second), MIX, 0);

    assertEquals(6, result.requests());
    assertEquals(3, result.errors());
    assertEquals(Map.of(503, 2L, LoadTest.NO_ANSWER, 1L), result.failures());
    // Latencies are the 200s' only: 2, 4 and 6 ms.
    assertEquals(3, result.latency().calls());
    assertEquals(4.0, result.latency().p50(), 1e-9);
    assertEquals(6.0, result.latency().max(), 1e-9);
    assertEquals(List.of("fine", "busy", "gone"), kinds(result));
    assertEquals(3, result.kinds().get(0).requests());
    assertEquals(0, result.kinds().get(0).errors());
    assertEquals(2, result.kinds().get(1).errors());
    assertEquals(0, result.kinds().get(1).latency().calls());
    // The errors' own latencies: 0.1, 0.2 and 30 ms.
    assertEquals(3, result.errorLatency().calls());
    assertEquals(0.2, result.errorLatency().p50(), 1e-9);
  }

  @Test
  void runsForItsTimeAndCountsRefusalsAsErrors() throws Exception {
    Javalin server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get("/ok", ctx -> ctx.result("fine"));
                  config.routes.get(
                      "/refused", ctx -> ctx.status(503).header("Retry-After", "1").result("busy"));
                })
            .start("127.0.0.1", 0);
    try {
      URI base = URI.create("http://127.0.0.1:" + server.port() + "/");

      LoadTest.Result result =
          LoadTest.run(
              base, MIX, 3, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(10));

      assertEquals(3, result.clients());
      assertTrue(result.seconds() >= 0.9 && result.seconds() < 10, result.toString());
      assertTrue(result.requests() >= 30, result.toString());
      LoadTest.KindResult fine = result.kinds().get(0);
      LoadTest.KindResult busy = result.kinds().get(1);
      LoadTest.KindResult gone = result.kinds().get(2);
      assertEquals(0, fine.errors(), result.toString());
      assertEquals(fine.requests(), fine.latency().calls());
      assertEquals(busy.requests(), busy.errors());
      assertEquals(gone.requests(), gone.errors());
      assertEquals(
          Map.of(404, gone.requests(), 503, busy.requests()), result.failures(), result.toString());
      assertEquals(fine.requests() + busy.requests() + gone.requests(), result.requests());
      assertEquals(busy.requests() + gone.requests(), result.errors());
      assertEquals(result.requests() / result.seconds(), result.requestsPerSecond(), 1e-9);
    } finally {
      server.stop();
    }
  }

  @Test
  void refusesAnEmptyMixOrNoClients() {
    URI base = URI.create("http://127.0.0.1:9/");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LoadTest.run(base, List.of(), 1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> LoadTest.run(base, MIX, 0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1)));
  }

  private static List<String> kinds(LoadTest.Result result) {
    return result.kinds().stream().map(LoadTest.KindResult::kind).toList();
  }
}
