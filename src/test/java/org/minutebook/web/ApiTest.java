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
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/** The HTTP API of a real Javalin server on a free port, over the fixture corpus. */
class ApiTest {
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

  @Test
  void searchAnswersWithTheDocumentedFields() throws Exception {
    JsonNode body = ok("/api/search?q=" + encode("front door"));
    assertEquals(2, body.get("total").asInt());
    JsonNode hit = body.get("hits").get(0);
    assertEquals(
        Set.of(
            "id",
            "source",
            "title",
            "council",
            "committee",
            "date",
            "snippets",
            "score",
            "itemNumber",
            "type",
            "themes",
            "passages",
            "estimatedDate"),
        fieldNames(hit));
    assertEquals(TestCorpus.CABINET, hit.get("source").asText());
    assertEquals("2021-09-30", hit.get("date").asText());
    assertEquals("Cabinet", hit.get("committee").asText());
    assertTrue(hit.get("snippets").toString().contains("<mark>front door</mark>"), hit.toString());
    assertFalse(body.get("fallback").asBoolean());
    assertEquals("front door", body.get("expansions").get(0).get("term").asText());
    assertTrue(body.get("notices").isArray());
    assertTrue(body.get("didYouMean").isNull());
    assertEquals(
        Set.of("committee", "council", "theme", "type", "section", "record", "year"),
        fieldNames(body.get("facets")));
    JsonNode committee = body.get("facets").get("committee").get(0);
    assertEquals(Set.of("value", "count"), fieldNames(committee));
  }

  @Test
  void unknownValuesAreNullNotMissing() throws Exception {
    JsonNode all = ok("/api/search?q=&sort=oldest&size=10");
    assertEquals(5, all.get("total").asInt());
    for (JsonNode hit : all.get("hits")) {
      assertTrue(hit.has("council") && hit.has("date") && hit.has("committee"), hit.toString());
    }
  }

  @Test
  void filtersSortAndPageCombine() throws Exception {
    JsonNode two =
        ok("/api/search?committee=Cabinet&committee=" + encode("Full Council") + "&sort=oldest");
    assertEquals(List.of(TestCorpus.COUNCIL, TestCorpus.CABINET), sources(two));
    assertEquals(4, two.get("facets").get("committee").size());

    JsonNode themed = ok("/api/search?theme=recruitment&sort=newest");
    assertEquals(List.of(TestCorpus.SCRUTINY, TestCorpus.CABINET), sources(themed));

    JsonNode range = ok("/api/search?from=2020-01-20&to=2021-09-30&sort=newest");
    assertEquals(List.of(TestCorpus.CABINET, TestCorpus.COUNCIL), sources(range));

    JsonNode years = ok("/api/search?year=2019&year=2022&sort=newest");
    assertEquals(
        List.of(TestCorpus.SCRUTINY, TestCorpus.PLANNING, TestCorpus.PLANNING), sources(years));

    JsonNode page = ok("/api/search?sort=oldest&size=1&page=4");
    assertEquals(List.of(TestCorpus.CABINET), sources(page));
    assertEquals(5, page.get("total").asInt());
  }

  @Test
  void themesAreListed() throws Exception {
    JsonNode themes = ok("/api/themes");
    assertEquals("recruitment", themes.get(0).get("id").asText());
    assertEquals(Set.of("id", "label", "description"), fieldNames(themes.get(0)));
    assertEquals("front-door", themes.get(1).get("id").asText());
  }

  @Test
  void timelineAnswersWithBucketsAndEntriesInDateOrder() throws Exception {
    JsonNode timeline = ok("/api/timeline?theme=front-door");
    assertEquals("front-door", timeline.get("theme").asText());
    assertEquals(
        "[{\"period\":\"2020\",\"count\":1,\"paragraphs\":1,\"meetings\":1,"
            + "\"paragraphShare\":0.16666666666666666,\"meetingShare\":1.0,\"split\":null},"
            + "{\"period\":\"2021\",\"count\":1,\"paragraphs\":2,\"meetings\":1,"
            + "\"paragraphShare\":0.6666666666666666,\"meetingShare\":1.0,\"split\":null}]",
        timeline.get("buckets").toString());
    assertEquals(1, timeline.get("series").size());
    assertTrue(timeline.get("events").isArray());
    JsonNode entries = timeline.get("entries");
    assertEquals(
        Set.of(
            "id",
            "date",
            "committee",
            "council",
            "source",
            "title",
            "snippet",
            "anchor",
            "page",
            "estimatedDate"),
        fieldNames(entries.get(0)));
    assertEquals("2020-01-20", entries.get(0).get("date").asText());
    assertEquals("2021-09-30", entries.get(1).get("date").asText());

    JsonNode filtered = ok("/api/timeline?theme=front-door&q=budget&interval=month");
    assertEquals(1, filtered.get("total").asInt());
    assertEquals("2020-01", filtered.get("buckets").get(0).get("period").asText());
    assertEquals(1, filtered.get("buckets").get(0).get("count").asInt());
    assertEquals(1, filtered.get("buckets").size());
    JsonNode compared = ok("/api/timeline?theme=front-door&theme=recruitment&split=council");
    assertEquals(2, compared.get("series").size());
    assertEquals("council", compared.get("split").asText());
  }

  @Test
  void coverageSaysWhatIsIndexedAndWhatFailedWithReasons() throws Exception {
    JsonNode coverage = ok("/api/coverage");
    assertEquals(
        Set.of(
            "files",
            "statuses",
            "failures",
            "councils",
            "committees",
            "dateRange",
            "years",
            "table"),
        fieldNames(coverage));
    assertEquals(9, coverage.get("files").asInt());
    assertEquals(
        "{\"indexed\":4,\"empty\":1,\"corrupt\":1,\"corpus-notes\":3}",
        coverage.get("statuses").toString());
    JsonNode broken = coverage.get("failures").get(2);
    assertEquals(TestCorpus.BROKEN, broken.get("source").asText());
    assertEquals("corrupt", broken.get("status").asText());
    assertTrue(broken.get("reason").asText().startsWith("the file could not be parsed"));
    assertEquals(
        "[{\"value\":\"Example Borough Council\",\"count\":4},"
            + "{\"value\":\"Example County Council\",\"count\":1}]",
        coverage.get("councils").toString());
    assertEquals(4, coverage.get("committees").size());
    assertEquals(
        "{\"from\":\"2019-09-03\",\"to\":\"2022-03-15\",\"dated\":5,\"undated\":0}",
        coverage.get("dateRange").toString());
  }

  @Test
  void documentsAreServedWithProvenance() throws Exception {
    String id = ok("/api/search?q=potholes").get("hits").get(0).get("id").asText();
    JsonNode doc = ok("/api/documents/" + id);
    assertEquals(TestCorpus.PLANNING, doc.get("source").asText());
    assertTrue(doc.get("body").asText().contains("potholes on the High Street"));
    assertEquals(
        "text: \"Minutes of the meeting of the Planning Committee held on Tuesday 3rd September 2019\"",
        doc.get("provenance").get("date").asText());
    assertEquals(404, get("/api/documents/no-such-item").statusCode());
    // Each paragraph says which themes it has and which terms gave them.
    assertEquals(
        "[{\"theme\":\"highways\",\"terms\":[\"potholes\",\"resurfacing\"]}]",
        doc.get("paragraphs").get(0).get("themes").toString());
    assertEquals(1, doc.get("themeParagraphs").get("highways").asInt(), doc.toString());
    // The Planning Committee's other item shares its words (the lane, the road, the council).
    JsonNode related = doc.get("related");
    assertTrue(related.isArray(), doc.toString());
    for (JsonNode item : related) {
      assertEquals(
          Set.of("id", "source", "title", "council", "committee", "date"), fieldNames(item));
      assertFalse(item.get("id").asText().equals(id));
    }
  }

  @Test
  void suggestionsCompleteCommitteesAndWords() throws Exception {
    JsonNode cab = ok("/api/suggest?prefix=cab");
    assertEquals("cab", cab.get("prefix").asText());
    assertEquals(
        "{\"text\":\"Cabinet\",\"kind\":\"committee\",\"count\":1}",
        cab.get("suggestions").get(0).toString());
    JsonNode pot = ok("/api/suggest?prefix=pot");
    assertEquals(
        "{\"text\":\"potholes\",\"kind\":\"term\",\"count\":1}",
        pot.get("suggestions").get(0).toString());
    assertEquals(0, ok("/api/suggest").get("suggestions").size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?q=AND",
        "/api/search?q=r*",
        "/api/search?q=a*b",
        "/api/search?thesaurus=maybe",
        "/api/search?section=minutes",
        "/api/search?from=2021-13-01",
        "/api/search?to=yesterday",
        "/api/search?from=2022-01-01&to=2021-01-01",
        "/api/search?size=101",
        "/api/search?size=0",
        "/api/search?page=0",
        "/api/search?page=abc",
        "/api/search?page=99999&size=100",
        "/api/search?sort=sideways",
        "/api/search?year=21",
        "/api/timeline",
        "/api/timeline?theme=no-such-theme",
        "/api/timeline?theme=recruitment&interval=week",
        "/api/timeline?theme=recruitment&entries=-1",
        "/api/timeline?theme=recruitment&split=ward",
        "/api/timeline?q=a&q=b&q=c&q=d&q=e&q=f",
      })
  void badParametersGet400WithAMessage(String path) throws Exception {
    TestHttp.badRequest(app, path);
  }

  @Test
  void hostileQueriesNeverCauseA500() throws Exception {
    List<String> queries =
        new ArrayList<>(
            List.of(
                "\"",
                "(",
                ")",
                "[",
                "]",
                "{",
                "}",
                "*",
                "?",
                "~",
                "^",
                ":",
                "\\",
                "/",
                "//",
                "&&",
                "||",
                "!",
                "-",
                "+",
                "OR",
                "NOT",
                "a OR",
                "OR b",
                "\"a\" \"",
                "((((a))))",
                "a^",
                "a~2~",
                "a:",
                ":a",
                "title:",
                "a*b*c",
                "[a TO",
                "{a TO b]",
                "a AND (b OR",
                "ä ö ü é ñ 中文 العربية",
                "\u0000",
                "<script>alert(1)</script>",
                "%",
                "' OR 1=1 --"));
    queries.add("(".repeat(200) + "a" + ")".repeat(200));
    queries.add("a ".repeat(600));
    queries.add("x".repeat(2000));
    for (String q : queries) {
      HttpResponse<String> response = get("/api/search?q=" + encode(q));
      assertTrue(
          response.statusCode() == 200 || response.statusCode() == 400,
          q + " → " + response.statusCode() + " " + response.body());
      assertTrue(
          response.headers().firstValue("content-type").orElse("").startsWith("application/json"),
          q);
    }
  }

  @Test
  void unknownPathsAnswer404InTheirOwnLanguage() throws Exception {
    HttpResponse<String> api = get("/api/nothing-here");
    assertEquals(404, api.statusCode());
    assertTrue(JSON.readTree(api.body()).has("error"), api.body());
    HttpResponse<String> page = get("/no-such-page");
    assertEquals(404, page.statusCode());
    assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("Page not found"), page.body());
  }

  @Test
  void thePageIsServed() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("Minutebook"), page.body());
    assertEquals(200, get("/api/health").statusCode());
  }

  private static JsonNode ok(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path + " → " + response.body());
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return TestHttp.get(app, path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> sources(JsonNode result) {
    List<String> sources = new ArrayList<>();
    result.get("hits").forEach(hit -> sources.add(hit.get("source").asText()));
    return sources;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
