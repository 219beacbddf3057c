package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/**
 * Every query endpoint of a real server refuses what goes beyond the query limits with HTTP 400 and
 * a JSON message saying which limit, and answers the {@code partial} flag.
 */
class QueryLimitsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each endpoint that reads {@code q}, up to the {@code q=}. */
  private static final List<String> QUERY_ENDPOINTS =
      List.of(
          "/api/search?q=",
          "/api/search?format=csv&q=",
          "/api/search?format=json&q=",
          "/api/timeline?q=",
          "/api/timeline?theme=front-door&q=",
          "/api/meetings?q=",
          "/api/feed?q=");

  /** A query beyond each limit, and what the message must say. */
  private static final Map<String, String> BEYOND =
      Map.of(
          "x".repeat(1_001),
          "the limit is 1000",
          "(".repeat(21) + "door",
          "nested more than 20 deep",
          words(51),
          "51 words; the limit is 50",
          "recruit* retent* vacanc* agenc* caseload*",
          "at most 4 words ending in *",
          "*door",
          "only a * at the end of a word",
          "d*",
          "at least 2 letters");

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

  @Test
  void everyQueryEndpointRefusesAQueryBeyondALimitWithAMessage() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> beyond : BEYOND.entrySet()) {
      for (String endpoint : QUERY_ENDPOINTS) {
        String path = endpoint + encode(beyond.getKey());
        HttpResponse<String> response = TestHttp.get(app, path);
        String said = errorOf(response);
        if (response.statusCode() != 400 || !said.contains(beyond.getValue())) {
          failures.add(
              endpoint + " " + beyond.getValue() + " → " + response.statusCode() + " " + said);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void theRegistersAndSuggestionsRefuseOverlongText() throws Exception {
    String long1001 = encode("x".repeat(1_001));
    for (String path :
        List.of(
            "/api/entities?q=" + long1001,
            "/api/suggest?prefix=" + long1001,
            "/api/commitments?committee=" + long1001)) {
      assertTrue(TestHttp.badRequest(app, path).contains("the limit is 1000"), path);
    }
    // A thousand characters is still a query.
    assertEquals(
        200, TestHttp.get(app, "/api/entities?q=" + encode("x".repeat(1_000))).statusCode());
  }

  @Test
  void pagesMayNotGoTooDeepOrBeTooLarge() throws Exception {
    assertTrue(TestHttp.badRequest(app, "/api/search?size=101").contains("between 1 and 100"));
    assertTrue(TestHttp.badRequest(app, "/api/search?page=101&size=100").contains("at most 10000"));
    assertTrue(
        TestHttp.badRequest(app, "/api/search?page=2147483647&size=100").contains("at most"));
    assertTrue(TestHttp.badRequest(app, "/api/search?page=99999999999").contains("whole number"));
    assertTrue(TestHttp.badRequest(app, "/api/search?page=0").contains("page"));
    assertTrue(TestHttp.badRequest(app, "/api/search?size=0").contains("size"));
    assertEquals(200, TestHttp.get(app, "/api/search?page=100&size=100").statusCode());
    assertTrue(
        TestHttp.badRequest(app, "/api/timeline?theme=front-door&entries=2001").contains("2000"));
  }

  @Test
  void aRequestNamesAtMostAHundredFilterValues() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      many.append("&committee=c").append(i);
    }
    for (String endpoint : List.of("/api/search?q=door", "/api/timeline?theme=front-door")) {
      String said = TestHttp.badRequest(app, endpoint + many);
      assertTrue(said.contains("filter values") && said.contains("the limit is 100"), said);
    }
    String hundred = many.substring(0, many.lastIndexOf("&committee="));
    assertEquals(200, TestHttp.get(app, "/api/search?q=door" + hundred).statusCode());
  }

  @Test
  void answersSayWhetherTheyArePartial() throws Exception {
    JsonNode search = TestHttp.getJson(app, "/api/search?q=" + encode("front door"));
    assertTrue(search.get("partial").isBoolean());
    assertFalse(search.get("partial").asBoolean());
    JsonNode timeline = TestHttp.getJson(app, "/api/timeline?theme=front-door");
    assertTrue(timeline.get("partial").isBoolean());
    assertFalse(timeline.get("partial").asBoolean());
  }

  private static String errorOf(HttpResponse<String> response) throws IOException {
    if (!response.headers().firstValue("content-type").orElse("").startsWith("application/json")) {
      return "(not JSON) " + response.body();
    }
    JsonNode error = JSON.readTree(response.body()).get("error");
    return error == null ? "(no error) " + response.body() : error.asText();
  }

  private static String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
    }
    return out.toString().strip();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
