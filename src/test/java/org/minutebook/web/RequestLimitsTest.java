package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/**
 * Requests too big to take are refused at once, with the status that says why and never a 500, and
 * the server answers the next request as before. A body is never buffered: none is read.
 */
class RequestLimitsTest {
  /** Generous for a shared machine: each refusal takes milliseconds. */
  private static final Duration QUICK = Duration.ofSeconds(5);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    archive = TestCorpus.index(temp).archive();
    app = WebApp.create(archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @AfterEach
  void theServerStillAnswers() throws Exception {
    assertEquals(2, TestHttp.getJson(app, "/api/search?q=MASH").get("total").asInt());
  }

  @Test
  void anOverlongAddressIs414() throws Exception {
    for (int length : List.of(RequestGuards.MAX_HEAD_BYTES + 1, 100_000)) {
      RawHttp.Answer answer =
          timed(() -> RawHttp.viaClient(app, "/api/search?q=" + "a".repeat(length)));
      assertEquals(414, answer.status(), "an address of " + length + " characters");
    }
  }

  @Test
  void anOverlongHeaderOrTooManyHeadersIs431() throws Exception {
    RawHttp.Answer one =
        timed(() -> RawHttp.viaClient(app, "/api/health", "X-Padding", "b".repeat(20_000)));
    assertEquals(431, one.status());
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add("X-Header-" + i);
      many.add("c".repeat(60));
    }
    RawHttp.Answer lots =
        timed(() -> RawHttp.viaClient(app, "/api/health", many.toArray(String[]::new)));
    assertEquals(431, lots.status());
  }

  @Test
  void aDeclaredBodyOverTheLimitIs413BeforeAByteOfItIsRead() throws Exception {
    for (String method : List.of("GET", "POST")) {
      RawHttp.Answer answer =
          timed(
              () ->
                  RawHttp.send(
                      app,
                      method
                          + " /api/search?q=budget HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                          + "Content-Type: application/x-www-form-urlencoded\r\n"
                          + "Content-Length: 100000000\r\n\r\n"));
      assertEquals(413, answer.status(), method);
      assertTrue(
          JSON.readTree(answer.body()).get("error").asText().contains("body"), answer.body());
    }
  }

  @Test
  void aBodyWithinTheLimitIsIgnored() throws Exception {
    String body = "q=" + "d".repeat(1000);
    RawHttp.Answer answer =
        timed(
            () ->
                RawHttp.send(
                    app,
                    "GET /api/search?q=MASH HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                        + "Content-Length: "
                        + body.length()
                        + "\r\n\r\n"
                        + body));
    assertEquals(200, answer.status());
    assertEquals(2, JSON.readTree(answer.body()).get("total").asInt());
  }

  /** A chunked body that never ends: the answer comes without waiting for it. */
  @Test
  void anEndlessChunkedBodyIsNeverWaitedFor() throws Exception {
    RawHttp.Answer answer =
        timed(
            () ->
                RawHttp.sendAndReadHead(
                    app,
                    "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n"
                        + "400\r\n"
                        + "e".repeat(0x400)
                        + "\r\n"));
    assertEquals(200, answer.status());
  }

  private interface Request {
    RawHttp.Answer send() throws Exception;
  }

  private static RawHttp.Answer timed(Request request) throws Exception {
    long start = System.nanoTime();
    RawHttp.Answer answer = request.send();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(QUICK) < 0, "took " + took);
    assertTrue(answer.status() < 500, "answered " + answer.status());
    return answer;
  }
}
