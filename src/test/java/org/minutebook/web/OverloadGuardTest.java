package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minutebook.config.ServerSettings;

/**
 * The guard in front of a small real Javalin server on a free port whose {@code /api/slow} takes a
 * set time (a test-only route, so that what is being waited for is exact): what is refused, how
 * fast, with what, and what is never limited.
 */
class OverloadGuardTest {
  /** Requests that reached the slow route, so a test knows the one slot is taken. */
  private final Semaphore entered = new Semaphore(0);

  private volatile long slowMillis;
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.stop();
    }
  }

  private int start(int maxActive, int maxQueued, Duration maxWait, long slow) {
    slowMillis = slow;
    app =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  OverloadGuard.register(
                      config.jetty, new ServerSettings.Admission(maxActive, maxQueued, maxWait));
                  config.routes.get(
                      "/api/slow",
                      ctx -> {
                        entered.release();
                        Thread.sleep(slowMillis);
                        ctx.result("done");
                      });
                  config.routes.get("/api/health", ctx -> ctx.result("ok"));
                  config.routes.get("/page", ctx -> ctx.result("page"));
                })
            .start("127.0.0.1", 0);
    return app.port();
  }

  @Test
  void aBurstBeyondTheLimitIsRefusedAtOnceAndTheRestAreServed() {
    int port = start(1, 1, Duration.ofSeconds(30), 1_000);
    // Warm: the first requests a JVM serves load classes for a second or more on a busy machine,
    // which would be timed as the refusals' own cost.
    Burst.send(port, "/api/health", 4);

    List<Burst.Answer> answers = Burst.send(port, "/api/slow", 12);

    List<Burst.Answer> served = Burst.withStatus(answers, 200);
    List<Burst.Answer> refused = Burst.withStatus(answers, 503);
    assertEquals(answers.size(), served.size() + refused.size(), "only 200 or 503: " + answers);
    // One runs, one waits its turn; the others arrive while both places are taken.
    assertTrue(served.size() >= 2, "served " + answers);
    assertTrue(refused.size() >= 6, "refused " + answers);
    // Refused at the door: in far less time than the one served request takes.
    assertTrue(
        Burst.slowest(refused) < Burst.fastest(served),
        "refusals " + refused + " against served " + served);
    assertTrue(
        Burst.median(refused) * 4 < Burst.fastest(served),
        "refusals " + refused + " against served " + served);
    for (Burst.Answer refusal : refused) {
      assertEquals("1", refusal.retryAfter(), refusal.toString());
      assertEquals("{\"error\":\"" + OverloadGuard.BUSY + "\"}", refusal.body());
    }
    // The server answers normally afterwards.
    assertEquals(200, Burst.send(port, "/api/slow", 1).getFirst().status());
  }

  @Test
  void aRequestThatWaitsTooLongIsRefusedWhenItsTimeIsUp() throws Exception {
    int port = start(1, 1, Duration.ofMillis(300), 2_000);
    CompletableFuture<List<Burst.Answer>> first =
        CompletableFuture.supplyAsync(() -> Burst.send(port, "/api/slow", 1));
    assertTrue(entered.tryAcquire(30, TimeUnit.SECONDS), "the first request never started");

    Burst.Answer waited = Burst.send(port, "/api/slow", 1).getFirst();

    assertEquals(503, waited.status(), waited.toString());
    assertTrue(waited.millis() >= 250 && waited.millis() < 1_900, waited.toString());
    assertEquals("1", waited.retryAfter());
    assertEquals(SecurityHeaders.HEADERS.get(SecurityHeaders.CSP), waited.contentSecurityPolicy());
    assertEquals(200, first.get(60, TimeUnit.SECONDS).getFirst().status());
  }

  @Test
  void healthAndPagesAreNeverLimited() throws Exception {
    int port = start(1, 0, Duration.ofSeconds(10), 1_500);
    CompletableFuture<List<Burst.Answer>> first =
        CompletableFuture.supplyAsync(() -> Burst.send(port, "/api/slow", 1));
    assertTrue(entered.tryAcquire(30, TimeUnit.SECONDS), "the first request never started");

    assertEquals(503, Burst.send(port, "/api/slow", 1).getFirst().status());
    assertEquals(200, Burst.send(port, "/api/health", 1).getFirst().status());
    assertEquals(200, Burst.send(port, "/page", 1).getFirst().status());
    assertEquals(200, first.get(60, TimeUnit.SECONDS).getFirst().status());
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUp() {
    assertEquals(1, OverloadGuard.retryAfterSeconds(Duration.ofMillis(200)));
    assertEquals(1, OverloadGuard.retryAfterSeconds(Duration.ofSeconds(1)));
    assertEquals(2, OverloadGuard.retryAfterSeconds(Duration.ofMillis(1_001)));
    assertEquals(10, OverloadGuard.retryAfterSeconds(ServerSettings.Admission.DEFAULT_MAX_WAIT));
  }
}
