package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/**
 * {@code /api/documents/{id}/original} from a real server: each format with its type, stored pages
 * sandboxed, and nothing but an indexed file inside the corpus ever served. The archive is opened
 * from its index alone, so the corpus is the one the index says it was built from.
 */
class OriginalApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path temp;
  static TestCorpus.Indexed indexed;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    indexed = TestCorpus.index(temp);
    app = WebApp.create(indexed.archive()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    indexed.archive().close();
  }

  @Test
  void aPdfIsServedInlineAsItIs() throws Exception {
    HttpResponse<byte[]> response = original(TestCorpus.COUNCIL);
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", header(response, "content-type"));
    assertEquals(
        "inline; filename=\"full-council-2020-01-20.pdf\";"
            + " filename*=UTF-8''full-council-2020-01-20.pdf",
        header(response, "content-disposition"));
    assertEquals("nosniff", header(response, "x-content-type-options"));
    assertEquals("", header(response, "content-security-policy"), "a sandboxed PDF is not shown");
    assertArrayEquals(
        Files.readAllBytes(indexed.corpus().resolve(TestCorpus.COUNCIL)), response.body());
  }

  @Test
  void aStoredPageIsHtmlButSandboxedAndNeverSniffed() throws Exception {
    HttpResponse<byte[]> response = original(TestCorpus.CABINET);
    assertEquals(200, response.statusCode());
    assertEquals("text/html", header(response, "content-type"));
    assertEquals("sandbox", header(response, "content-security-policy"));
    assertEquals("nosniff", header(response, "x-content-type-options"));
    assertArrayEquals(
        Files.readAllBytes(indexed.corpus().resolve(TestCorpus.CABINET)), response.body());
  }

  @Test
  void textAndWordFilesHaveTheirTypes() throws Exception {
    HttpResponse<byte[]> text = original(TestCorpus.PLANNING);
    assertEquals("text/plain;charset=utf-8", header(text, "content-type").replace(" ", ""));
    assertEquals("sandbox", header(text, "content-security-policy"));
    HttpResponse<byte[]> word = original(TestCorpus.SCRUTINY);
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        header(word, "content-type"));
  }

  @Test
  void anUnknownItemIs404Json() throws Exception {
    HttpResponse<String> response = TestHttp.get(app, "/api/documents/no-such-item/original");
    assertEquals(404, response.statusCode());
    assertEquals(
        "no item with id no-such-item", JSON.readTree(response.body()).get("error").asText());
  }

  /**
   * Ids that look like paths are only ids: none names an item, so no file is looked for. (Jetty
   * decodes the escapes before the app sees the id.)
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e",
        "%2e%2e%2f%2e%2e%2fREADME.md",
        "..%2FREADME.md",
        "%2Fetc%2Fpasswd",
        "%2E%2E%5C%2E%2E%5Cwin.ini",
        "C%3A%5Cwindows%5Cwin.ini",
        "borough%2Fplanning-committee-2019-09-03.txt"
      })
  void pathsInPlaceOfAnIdFindNothing(String id) throws Exception {
    HttpResponse<String> response = TestHttp.get(app, "/api/documents/" + id + "/original");
    assertEquals(404, response.statusCode(), id + " → " + response.body());
    JsonNode error = JSON.readTree(response.body()).get("error");
    assertTrue(error.asText().startsWith("no item with id "), response.body());
  }

  @Test
  void aFileGoneFromTheCorpusIs404WithAReason(@TempDir Path other) throws Exception {
    TestCorpus.Indexed copy = TestCorpus.index(other);
    Javalin second = WebApp.create(copy.archive()).start("127.0.0.1", 0);
    try {
      String id =
          TestHttp.getJson(second, "/api/search?q=potholes").get("hits").get(0).get("id").asText();
      Files.delete(copy.corpus().resolve(TestCorpus.PLANNING));
      HttpResponse<String> response = TestHttp.get(second, "/api/documents/" + id + "/original");
      assertEquals(404, response.statusCode());
      assertEquals(
          "the original file is no longer in the corpus",
          JSON.readTree(response.body()).get("error").asText());
    } finally {
      second.stop();
      copy.archive().close();
    }
  }

  @Test
  void aLinkedFileOutsideTheCorpusIsIndexedButNeverServed(@TempDir Path other) throws Exception {
    Path corpus = TestCorpus.write(other.resolve("corpus"));
    Path outside = Files.createDirectories(other.resolve("outside")).resolve("private.txt");
    Files.writeString(
        outside,
        "Minutes of the meeting of the Licensing Committee held on 4 May 2023\n\n"
            + "1. Private matters\n\nA confidential note about the taxi licence.\n",
        StandardCharsets.UTF_8);
    Files.createSymbolicLink(corpus.resolve("borough/licensing-2023-05-04.txt"), outside);
    try (Archive archive = TestCorpus.indexAndOpen(corpus, other.resolve("index"))) {
      Javalin third = WebApp.create(archive).start("127.0.0.1", 0);
      try {
        JsonNode hits = TestHttp.getJson(third, "/api/search?q=taxi").get("hits");
        assertEquals(1, hits.size(), "the walker reads the linked file");
        String id = hits.get(0).get("id").asText();
        HttpResponse<String> response = TestHttp.get(third, "/api/documents/" + id + "/original");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("confidential"));
        assertTrue(
            JSON.readTree(response.body()).get("error").asText().contains("outside the corpus"));
      } finally {
        third.stop();
      }
    }
  }

  private static HttpResponse<byte[]> original(String source) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(url("/api/documents/" + idOf(source) + "/original")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The id of the first item of {@code source}, found through the API. */
  private static String idOf(String source) throws Exception {
    for (JsonNode m : TestHttp.getJson(app, "/api/meetings").get("meetings")) {
      if (m.get("source").asText().equals(source)) {
        return m.get("firstItemId").asText();
      }
    }
    throw new AssertionError("no meeting from " + source);
  }

  private static URI url(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
