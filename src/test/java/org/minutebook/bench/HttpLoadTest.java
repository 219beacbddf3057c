package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load generator against a small in-process Javalin server that answers with a length, in
 * chunks, by closing the connection, and with 404: every client reads each answer to its end.
 */
class HttpLoadTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final List<String> PATHS = List.of("/fixed", "/chunked", "/fixed?x=1");
  private static final ConcurrentHashMap<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

  static Javalin server;
  static URI base;

  @BeforeAll
  static void start() {
    byte[] fixed = body(200);
    byte[] large = body(100_000);
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.before(ctx -> count(ctx.fullUrl()));
                  config.routes.get("/fixed", ctx -> ctx.result(fixed));
                  // A stream of unknown length, longer than Jetty's buffer, goes out chunked.
                  config.routes.get("/chunked", ctx -> ctx.result(new ByteArrayInputStream(large)));
                  config.routes.get(
                      "/closing", ctx -> ctx.header("Connection", "close").result(fixed));
                  config.routes.get("/missing", ctx -> ctx.status(404).result("no"));
                })
            .start("127.0.0.1", 0);
    base = URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static void count(String url) {
    String path = URI.create(url).getRawPath();
    String query = URI.create(url).getRawQuery();
    HITS.computeIfAbsent(query == null ? path : path + "?" + query, k -> new AtomicInteger())
        .incrementAndGet();
  }

  private static byte[] body(int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'x');
    return body;
  }

  @ParameterizedTest
  @EnumSource(HttpLoad.Client.class)
  void everyClientReadsLengthsAndChunks(HttpLoad.Client client) throws Exception {
    for (int concurrency : new int[] {1, 4}) {
      HttpLoad.Result result = HttpLoad.run(base, PATHS, concurrency, 12, 90, TIMEOUT, client);
      assertEquals(concurrency, result.concurrency());
      assertEquals(90, result.requests());
      assertEquals(0, result.errors(), result.toString());
      assertEquals(90, result.latency().calls());
      assertTrue(result.seconds() > 0 && result.requestsPerSecond() > 0, result.toString());
      assertTrue(result.latency().p50() <= result.latency().p99(), result.toString());
    }
  }

  @Test
  void workersStartAtDifferentPathsAndCycle() throws Exception {
    List<String> paths = List.of("/fixed?w=a", "/fixed?w=b", "/fixed?w=c");
    HttpLoad.run(base, paths, 3, 0, 3, TIMEOUT);
    // Three workers, one request each, at offsets 0, 1 and 2: each path once.
    for (String path : paths) {
      assertEquals(1, HITS.get(path).get(), path);
    }
  }

  @Test
  void aClosedConnectionIsReopened() throws Exception {
    HttpLoad.Result result = HttpLoad.run(base, List.of("/closing"), 2, 4, 20, TIMEOUT);
    assertEquals(0, result.errors(), result.toString());
    assertEquals(20, result.latency().calls());
  }

  @Test
  void otherStatusesAreErrorsOutsideTheLatencies() throws Exception {
    HttpLoad.Result result = HttpLoad.run(base, List.of("/fixed", "/missing"), 1, 0, 10, TIMEOUT);
    assertEquals(10, result.requests());
    assertEquals(5, result.errors());
    assertEquals(5, result.latency().calls());
  }

  @Test
  void aServerThatIsNotThereGivesErrorsNotAHang() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    HttpLoad.Result result =
        HttpLoad.run(URI.create("http://127.0.0.1:" + port + "/"), List.of("/x"), 2, 2, 6, TIMEOUT);
    assertEquals(6, result.errors());
    assertEquals(0, result.latency().calls());
  }

  @Test
  void sharesAddUpAndDifferByOneAtMost() {
    int[] shares = IntStream.range(0, 4).map(w -> HttpLoad.share(10, 4, w)).toArray();
    assertArrayEquals(new int[] {3, 3, 2, 2}, shares);
  }
}
