package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.search.Archive;

/**
 * Issue 9: fuzzes the query endpoints (search, timeline, and the meetings list and feed built on
 * search) of a real server over the indexed sample minutes. Jazzer builds each request's query and
 * parameters (theme, dates, committee, council, page, size, sort, interval, split, format…, see
 * {@link FuzzedRequest}); the server must answer 200 with a body of the right type, or 400 with a
 * JSON message: never a server error, never no answer.
 *
 * <p>In the normal test run this replays the inputs in {@code SearchFuzzTestInputs} (the hostile
 * queries of {@code hostile-queries.txt} as seeds, and any input that once failed) as regression
 * tests. {@code ./minutebook fuzz [duration]} fuzzes it (JAZZER_FUZZ=1); an input that fails is
 * written to the inputs directory, to be kept there once the cause is fixed.
 */
class SearchFuzzTest {
  /** Jetty refuses a longer request line itself, before the app: see HostileQueryTest. */
  private static final int MAX_REQUEST_TARGET = 8 * 1024;

  /** Far beyond the query time limit: a request without an answer by then is a hang. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;
  static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    archive = TestCorpus.sample(temp.resolve("index"));
    app = WebApp.create(archive).start("127.0.0.1", 0);
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
  }

  /**
   * Jazzer reports any network connection made while fuzzing (server-side request forgery) unless
   * allowed: the test's own requests to its own server are. Its bug detectors are loaded with the
   * first input, so this is asked for each input, and undone after it.
   */
  private static SilentCloseable allowLocalConnections() {
    int port = app.port();
    try {
      return BugDetectors.allowNetworkConnections(
          (host, to) -> to == port && (host.equals("127.0.0.1") || host.equals("localhost")));
    } catch (IllegalStateException e) {
      // No bug detectors loaded (run with jazzer.hooks=false): nothing to allow.
      return () -> {};
    }
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
    http.close();
  }

  /** Query syntax, field names and words of the sample minutes, for the fuzzer to splice in. */
  @FuzzTest(maxDuration = "30s")
  @DictionaryEntries({
    "AND",
    "OR",
    "NOT",
    "\"",
    "*",
    "(",
    ")",
    "-",
    ":",
    "title:",
    "resolved:",
    "commitment:",
    "committee:",
    "council:",
    "theme:",
    "type:",
    "section:",
    "record:",
    "front door",
    "MASH",
    "recruit",
    "2021",
    "Cabinet"
  })
  void queryEndpointsAnswer200Or400(FuzzedDataProvider data) throws Exception {
    FuzzedRequest request = FuzzedRequest.from(data);
    HttpResponse<String> response;
    try (SilentCloseable allowed = allowLocalConnections()) {
      response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + app.port() + request.target()))
                  .timeout(TIMEOUT)
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      fail(request + " → no answer: " + e);
      return;
    }
    problem(request, response).ifPresent(p -> fail(request + " → " + p));
  }

  /** What is wrong with {@code response} to {@code request}, if anything. */
  static Optional<String> problem(FuzzedRequest request, HttpResponse<String> response) {
    int status = response.statusCode();
    String type = response.headers().firstValue("content-type").orElse("");
    String summary = status + " " + type + " " + HostileQueryTest.abbreviate(response.body(), 300);
    if (request.target().length() > MAX_REQUEST_TARGET
        && (status == 414 || status == 431 || status == 505)) {
      return Optional.empty();
    }
    if (status != 200 && status != 400) {
      return Optional.of(summary + " (expected 200 or 400)");
    }
    String format = request.param("format").strip().toLowerCase(Locale.ROOT);
    if (status == 200 && request.endpoint().equals("/api/feed")) {
      // The feed is always Atom: it reads no format.
      return type.startsWith("application/atom+xml") && !response.body().isEmpty()
          ? Optional.empty()
          : Optional.of(summary + " (not an Atom feed)");
    }
    if (status == 200 && format.equals("csv") && !request.endpoint().equals("/api/meetings")) {
      return type.startsWith("text/csv") ? Optional.empty() : Optional.of(summary + " (not CSV)");
    }
    if (!type.startsWith("application/json")) {
      return Optional.of(summary + " (not JSON)");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      return Optional.of(summary + " (the body is not JSON: " + e.getOriginalMessage() + ")");
    }
    if (body == null || !body.isObject()) {
      return Optional.of(summary + " (not a JSON object)");
    }
    if (status == 400) {
      JsonNode error = body.get("error");
      return error != null && error.isTextual() && !error.asText().isBlank()
          ? Optional.empty()
          : Optional.of(summary + " (400 without an \"error\" message)");
    }
    return Optional.empty();
  }
}
