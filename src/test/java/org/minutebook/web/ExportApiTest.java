package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.export.SearchTable;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchExport;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SortOrder;
import org.minutebook.search.Archive;

/** Search and timeline downloads from a real server over the fixture corpus. */
class ExportApiTest {
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
  void csvListsEveryMatchWithPlainSnippetsAndAbsoluteLinks() throws Exception {
    HttpResponse<String> response = get("/api/search?format=csv&q=" + encode("front door"));
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("text/csv;charset=utf-8", header(response, "content-type").replace(" ", ""));
    assertEquals(
        "attachment; filename=\"minutebook-search.csv\"", header(response, "content-disposition"));
    assertEquals("false", header(response, ExportRoutes.TRUNCATED_HEADER));

    List<CSVRecord> rows = parse(response.body(), SearchTable.HEADER);
    JsonNode page = TestHttp.getJson(app, "/api/search?q=" + encode("front door"));
    assertEquals(page.get("total").asInt(), rows.size());
    CSVRecord cabinet = rows.get(0);
    JsonNode hit = page.get("hits").get(0);
    assertEquals(hit.get("id").asText(), cabinet.get("id"));
    assertEquals("Cabinet", cabinet.get("committee"));
    assertEquals("2021-09-30", cabinet.get("date"));
    assertEquals("54", cabinet.get("item_number"));
    List<String> themes = new ArrayList<>();
    hit.get("themes").forEach(t -> themes.add(t.asText()));
    assertTrue(themes.contains("front-door"), themes.toString());
    assertEquals(String.join("; ", themes), cabinet.get("themes"));
    String snippet = cabinet.get("snippet");
    String html = hit.get("snippets").get(0).asText();
    assertTrue(html.contains("<mark>"), html);
    assertEquals(html.replace("<mark>", "").replace("</mark>", ""), snippet);
    assertEquals(
        "http://127.0.0.1:"
            + app.port()
            + "/?view=document&id="
            + hit.get("id").asText()
            + "&q=front+door&anchor="
            + hit.get("passages").get(0).get("anchor").asText(),
        cabinet.get("link"));
  }

  @Test
  void everyItemIsExportedInTheRequestedOrderWhateverThePage() throws Exception {
    List<CSVRecord> rows =
        parse(get("/api/search?format=csv&sort=oldest&page=3&size=1").body(), SearchTable.HEADER);
    JsonNode all = TestHttp.getJson(app, "/api/search?sort=oldest&size=100");
    assertEquals(5, rows.size());
    List<String> ids = new ArrayList<>();
    all.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertEquals(ids, rows.stream().map(r -> r.get("id")).toList());
    // Filters apply as in search.
    assertEquals(
        1,
        parse(get("/api/search?format=csv&committee=Cabinet").body(), SearchTable.HEADER).size());
  }

  @Test
  void jsonListsTheSearchHitsWithTotals() throws Exception {
    HttpResponse<String> response = get("/api/search?format=json&q=budget&sort=newest");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "attachment; filename=\"minutebook-search.json\"", header(response, "content-disposition"));
    assertTrue(header(response, "content-type").startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertEquals("budget", body.get("query").asText());
    assertEquals(body.get("total").asInt(), body.get("exported").asInt());
    assertFalse(body.get("truncated").asBoolean());
    assertFalse(body.get("fallback").asBoolean());
    JsonNode page = TestHttp.getJson(app, "/api/search?q=budget&sort=newest");
    assertEquals(page.get("hits"), body.get("hits"), "the same hits as the search page");
  }

  @Test
  void withoutAFormatTheSearchAnswersAsBefore() throws Exception {
    HttpResponse<String> response = get("/api/search?q=budget");
    assertTrue(header(response, "content-disposition").isEmpty());
    JsonNode page = JSON.readTree(response.body());
    assertTrue(page.has("facets") && page.has("page") && page.has("size"), page.toString());
  }

  @Test
  void anExportStopsAtItsLimitAndSaysSo() throws Exception {
    SearchRequest all = new SearchRequest("", Filters.NONE, SortOrder.OLDEST, 1, 10);
    SearchExport two = archive.export(all, 2);
    assertEquals(5, two.total());
    assertEquals(2, two.exported());
    assertEquals(2, two.hits().size());
    assertTrue(two.truncated());
    SearchExport every = archive.export(all, SearchExport.MAX_ITEMS);
    assertFalse(every.truncated());
    assertEquals(5, every.exported());
  }

  @Test
  void aQueryWithNoItemHavingEveryWordExportsTheFallback() throws Exception {
    JsonNode body =
        JSON.readTree(get("/api/search?format=json&q=" + encode("potholes zebra")).body());
    JsonNode page = TestHttp.getJson(app, "/api/search?q=" + encode("potholes zebra"));
    assertEquals(page.get("fallback"), body.get("fallback"));
    assertEquals(page.get("total").asInt(), body.get("total").asInt());
  }

  @Test
  void timelineCsvHasARowPerSeriesAndPeriodThenUndated() throws Exception {
    String path = "/api/timeline?theme=front-door&theme=recruitment";
    JsonNode timeline = TestHttp.getJson(app, path);
    HttpResponse<String> response = get(path + "&format=csv");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "attachment; filename=\"minutebook-timeline.csv\"",
        header(response, "content-disposition"));
    List<String> header =
        List.of(
            "series",
            "theme",
            "query",
            "period",
            "items",
            "paragraphs",
            "meetings",
            "paragraph_share",
            "meeting_share");
    List<CSVRecord> rows = parse(response.body(), header);
    int expected = 0;
    for (JsonNode series : timeline.get("series")) {
      expected += series.get("buckets").size() + 1;
    }
    assertEquals(expected, rows.size());
    JsonNode first = timeline.get("series").get(0);
    JsonNode bucket = first.get("buckets").get(0);
    CSVRecord row = rows.get(0);
    assertEquals(first.get("label").asText(), row.get("series"));
    assertEquals("front-door", row.get("theme"));
    assertEquals(bucket.get("period").asText(), row.get("period"));
    assertEquals(bucket.get("count").asText(), row.get("items"));
    assertEquals(bucket.get("paragraphs").asText(), row.get("paragraphs"));
    assertEquals(bucket.get("meetings").asText(), row.get("meetings"));
    assertEquals(
        bucket.get("paragraphShare").asDouble(), Double.parseDouble(row.get("paragraph_share")));
    CSVRecord undated = rows.get(first.get("buckets").size());
    assertEquals("undated", undated.get("period"));
    assertEquals(first.get("undated").asText(), undated.get("items"));
    assertEquals("", undated.get("paragraph_share"));
  }

  @Test
  void timelineJsonIsTheTimelineAsADownload() throws Exception {
    String path = "/api/timeline?theme=front-door&q=budget";
    HttpResponse<String> response = get(path + "&format=json");
    assertEquals(
        "attachment; filename=\"minutebook-timeline.json\"",
        header(response, "content-disposition"));
    assertEquals(TestHttp.getJson(app, path), JSON.readTree(response.body()));
    assertTrue(header(get(path), "content-disposition").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/search?format=xml",
        "/api/search?format=pdf&q=budget",
        "/api/search?format=csv&q=AND",
        "/api/search?format=json&q=r*",
        "/api/search?format=csv&from=2021-13-01",
        "/api/search?format=csv&sort=sideways",
        "/api/timeline?theme=front-door&format=xlsx",
        "/api/timeline?format=csv",
        "/api/timeline?q=AND&format=csv"
      })
  void badFormatsAndQueriesGet400WithAMessage(String path) throws Exception {
    TestHttp.badRequest(app, path);
  }

  static List<CSVRecord> parse(String csv, List<String> header) throws IOException {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      assertEquals(header, parser.getHeaderNames());
      return parser.getRecords();
    }
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return TestHttp.get(app, path);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
