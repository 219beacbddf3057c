package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load generator against a small in-process server that answers with a length, in chunks, by
 * closing the connection, and with 404: every client reads each answer to its end.
 */
class HttpLoadTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final List<String> PATHS = List.of("/fixed", "/chunked", "/fixed?x=1");
  private static final ConcurrentHashMap<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

  static HttpServer server;
  static ExecutorService threads;
  static URI base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    threads = Executors.newFixedThreadPool(8);
    server.setExecutor(threads);
    server.createContext("/fixed", e -> answer(e, 200, 200, -1, false));
    server.createContext("/chunked", e -> answer(e, 200, 100_000, 0, false));
    server.createContext("/closing", e -> answer(e, 200, 500, -1, true));
    server.createContext("/missing", e -> answer(e, 404, 20, -1, false));
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  /** Answers {@code size} bytes; {@code chunked} 0 for a chunked body, -1 for a length. */
  private static void answer(HttpExchange e, int status, int size, int chunked, boolean close)
      throws IOException {
    HITS.computeIfAbsent(e.getRequestURI().toString(), k -> new AtomicInteger()).incrementAndGet();
    e.getRequestBody().readAllBytes();
    if (close) {
      e.getResponseHeaders().set("Connection", "close");
    }
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) 'x');
    e.sendResponseHeaders(status, chunked == 0 ? 0 : size);
    try (OutputStream out = e.getResponseBody()) {
      // Several writes, so that a chunked answer has several chunks.
      for (int at = 0; at < size; at += 8192) {
        out.write(body, at, Math.min(8192, size - at));
        out.flush();
      }
    }
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
