package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/**
 * Minutes whose words are markup ({@link HostileMinutes}) over HTTP: snippets are escaped HTML
 * whose only markup is {@code <mark>}; titles and bodies are plain text in JSON (the page inserts
 * them as text), and the HTML file's real scripts and handlers are not text at all; the feed
 * escapes them as XML.
 */
class EscapingTest {
  /** What may follow an ampersand in an escaped snippet: the five escapes the server writes. */
  private static final Pattern BARE_AMPERSAND = Pattern.compile("&(?!lt;|gt;|amp;|quot;|#39;)");

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = HostileMinutes.write(temp.resolve("corpus"));
    archive = TestCorpus.indexAndOpen(corpus, temp.resolve("index"));
    app = WebApp.create(archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @Test
  void searchSnippetsAreEscapedAroundTheirMarks() throws Exception {
    JsonNode hits = search().get("hits");
    assertTrue(hits.size() >= 2, hits.toString());
    List<String> snippets = new ArrayList<>();
    for (JsonNode hit : hits) {
      hit.get("snippets").forEach(s -> snippets.add(s.asText()));
      hit.get("passages").forEach(p -> snippets.add(p.get("snippet").asText()));
    }
    List<String> problems = new ArrayList<>();
    snippets.forEach(s -> problems.addAll(unescaped(s)));
    assertEquals(List.of(), problems);
    String all = String.join("\n", snippets);
    assertTrue(all.contains("<mark>"), all);
    assertTrue(all.contains("&lt;script&gt;alert(&#39;txt-body&#39;)&lt;/script&gt;"), all);
    assertTrue(all.contains("&lt;script&gt;alert(&#39;html-body&#39;)&lt;/script&gt;"), all);
  }

  @Test
  void timelineSnippetsAreEscaped() throws Exception {
    JsonNode timeline = TestHttp.getJson(app, "/api/timeline?q=taxi&entries=50");
    List<String> problems = new ArrayList<>();
    for (JsonNode entry : timeline.get("entries")) {
      problems.addAll(unescaped(entry.get("snippet").asText()));
    }
    for (JsonNode event : timeline.get("events")) {
      problems.addAll(unescaped(event.get("snippet").asText()));
    }
    assertEquals(List.of(), problems);
    assertFalse(timeline.get("entries").isEmpty(), timeline.toString());
  }

  /** JSON holds the text as the minutes wrote it; escaping it is the page's work (as text). */
  @Test
  void titlesAndBodiesArePlainTextAndRealMarkupIsNotText() throws Exception {
    StringBuilder bodies = new StringBuilder();
    List<String> titles = new ArrayList<>();
    for (JsonNode hit : search().get("hits")) {
      HttpResponse<String> response = TestHttp.get(app, "/api/documents/" + hit.get("id").asText());
      assertEquals(200, response.statusCode());
      assertTrue(
          response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
      assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElse(""));
      JsonNode doc = TestHttp.getJson(app, "/api/documents/" + hit.get("id").asText());
      titles.add(doc.get("title").asText());
      bodies.append(doc.get("body").asText()).append('\n');
    }
    String text = bodies.toString();
    for (String payload : HostileMinutes.BODY_TEXT) {
      assertTrue(text.contains(payload), payload + " in\n" + text);
    }
    assertFalse(text.contains("&lt;"), "not escaped twice: " + text);
    for (String label : HostileMinutes.MARKUP_ONLY) {
      assertFalse(text.contains(label), label + " became text: " + text);
      assertFalse(String.join("\n", titles).contains(label), label + " in " + titles);
    }
    assertTrue(
        titles.stream().anyMatch(t -> t.contains("<script>alert(")),
        "a title holds a script, as text: " + titles);
  }

  @Test
  void theFeedEscapesItAsXml() throws Exception {
    HttpResponse<String> feed = TestHttp.get(app, "/api/feed?q=taxi+licensing");
    assertEquals(200, feed.statusCode());
    for (String raw : List.of("<script", "<img", "<svg")) {
      assertFalse(feed.body().contains(raw), raw + " in the feed:\n" + feed.body());
    }
    assertTrue(feed.body().contains("&lt;script&gt;"), feed.body());
  }

  private static JsonNode search() throws Exception {
    return TestHttp.getJson(app, "/api/search?q=" + HostileMinutes.QUERY.replace(' ', '+'));
  }

  /** What in {@code snippet} is not escaped text with {@code <mark>} around matches. */
  private static List<String> unescaped(String snippet) {
    String text = snippet.replace("<mark>", "").replace("</mark>", "");
    List<String> problems = new ArrayList<>();
    for (String c : List.of("<", ">", "\"", "'")) {
      if (text.contains(c)) {
        problems.add("unescaped " + c + " in " + snippet);
      }
    }
    if (BARE_AMPERSAND.matcher(text).find()) {
      problems.add("a bare & in " + snippet);
    }
    return problems;
  }
}
