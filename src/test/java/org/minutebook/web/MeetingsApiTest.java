package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Meetings, committees and coverage per year from real servers: over the sample minutes (one item
 * each, one dated) and over the fixture corpus (a file with two items, councils, four years).
 */
class MeetingsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Archive sample;
  static Archive fixture;
  static Javalin sampleApp;
  static Javalin fixtureApp;

  @BeforeAll
  static void start() throws IOException {
    sample = TestCorpus.sample(temp.resolve("sample-index"));
    fixture = TestCorpus.index(temp.resolve("fixture")).archive();
    sampleApp = WebApp.create(sample).start("127.0.0.1", 0);
    fixtureApp = WebApp.create(fixture).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    sampleApp.stop();
    fixtureApp.stop();
    sample.close();
    fixture.close();
  }

  @Test
  void theSampleHasFiveMeetingsNewestFirstUndatedByTheirEstimate() throws Exception {
    JsonNode body = TestHttp.getJson(sampleApp, "/api/meetings");
    assertEquals(Set.of("total", "meetings", "themes", "years"), fieldNames(body));
    assertEquals(5, body.get("total").asInt());
    List<String> rows = new ArrayList<>();
    for (JsonNode m : body.get("meetings")) {
      rows.add(
          m.get("source").asText()
              + " | "
              + m.get("committee").asText()
              + " | "
              + m.get("date").asText()
              + " | "
              + m.get("estimatedDate").asText());
    }
    assertEquals(
        List.of(
            "sample/003_e896f12c8ca69ae3.txt | Cabinet | 2021-09-30 | null",
            "sample/001_81d4f9b4ca80501e.txt | Children and Families Committee | null | 2025-08-01",
            "sample/000_ad3b62f41aa6f4c1.txt | Children and Families Committee | null | 2024-03-01",
            "sample/004_6862fa7166954e52.txt | Children and Young People Scrutiny Committee | null"
                + " | 2020-10-28",
            "sample/002_29f4cab8272e9d59.txt | Overview and Scrutiny Committee | null | 2017-12-12"),
        rows);
    JsonNode cabinet = body.get("meetings").get(0);
    assertEquals(
        Set.of(
            "council",
            "committee",
            "date",
            "estimatedDate",
            "source",
            "type",
            "title",
            "items",
            "firstItemId",
            "themes",
            "decisions",
            "commitments",
            "matches"),
        fieldNames(cabinet));
    assertEquals("minutes", cabinet.get("type").asText());
    assertEquals(1, cabinet.get("items").asInt());
    assertTrue(cabinet.get("council").isNull());
    assertEquals(List.of(new Count("2021", 1)), counts(body.get("years")));
  }

  @Test
  void aMeetingCountsWhatItsItemsRecordAndOpensAtItsFirstItem() throws Exception {
    for (JsonNode m : TestHttp.getJson(sampleApp, "/api/meetings").get("meetings")) {
      String source = m.get("source").asText();
      JsonNode item =
          TestHttp.getJson(sampleApp, "/api/documents/" + m.get("firstItemId").asText());
      assertEquals(source, item.get("source").asText());
      assertEquals(item.get("title").asText(), m.get("title").asText());
      // Themes: the item's own, one item each.
      Set<String> themes = new TreeSet<>();
      item.get("themes").forEach(t -> themes.add(t.asText()));
      Set<String> counted = new TreeSet<>();
      m.get("themes").forEach(t -> counted.add(t.get("value").asText()));
      assertEquals(themes, counted, source);
      assertEquals(item.get("knowledge").get("decisions").size(), m.get("decisions").asInt());
      assertEquals(item.get("knowledge").get("commitments").size(), m.get("commitments").asInt());
    }
  }

  @Test
  void filtersAndQueriesChooseMeetingsAndCountTheirMatches() throws Exception {
    JsonNode cabinet = TestHttp.getJson(sampleApp, "/api/meetings?committee=Cabinet");
    assertEquals(1, cabinet.get("total").asInt());
    assertEquals(1, TestHttp.getJson(sampleApp, "/api/meetings?year=2021").get("total").asInt());
    assertEquals(
        0, TestHttp.getJson(sampleApp, "/api/meetings?from=2022-01-01").get("total").asInt());

    // The fixture's planning minutes hold two items; one speaks of potholes.
    JsonNode potholes = TestHttp.getJson(fixtureApp, "/api/meetings?q=potholes");
    assertEquals(1, potholes.get("total").asInt());
    JsonNode planning = potholes.get("meetings").get(0);
    assertEquals(TestCorpus.PLANNING, planning.get("source").asText());
    assertEquals(2, planning.get("items").asInt());
    assertEquals(1, planning.get("matches").asInt());
    assertTrue(planning.get("firstItemId").asText().matches(".*-[01]"), planning.toString());

    JsonNode recruitment = TestHttp.getJson(fixtureApp, "/api/meetings?theme=recruitment");
    List<String> sources = new ArrayList<>();
    recruitment.get("meetings").forEach(m -> sources.add(m.get("source").asText()));
    assertEquals(List.of(TestCorpus.SCRUTINY, TestCorpus.CABINET), sources);
    assertEquals(new Count("recruitment", 2), counts(recruitment.get("themes")).get(0));
    assertEquals(
        List.of(new Count("2021", 1), new Count("2022", 1)), counts(recruitment.get("years")));
  }

  @Test
  void committeesAreListedByCouncilThenCommitteeUnknownCouncilsLast() throws Exception {
    JsonNode committees = TestHttp.getJson(fixtureApp, "/api/committees");
    List<String> names = new ArrayList<>();
    committees.forEach(
        c -> names.add(c.get("council").asText() + " / " + c.get("committee").asText()));
    assertEquals(
        List.of(
            "Example Borough Council / Cabinet",
            "Example Borough Council / Children and Young People Scrutiny Committee",
            "Example Borough Council / Planning Committee",
            "Example County Council / Full Council"),
        names);
    JsonNode planning = committees.get(2);
    assertEquals(
        Set.of("council", "committee", "meetings", "items", "from", "to", "years"),
        fieldNames(planning));
    assertEquals(1, planning.get("meetings").asInt());
    assertEquals(2, planning.get("items").asInt());
    assertEquals("2019-09-03", planning.get("from").asText());
    assertEquals("2019-09-03", planning.get("to").asText());
    assertEquals(List.of(new Count("2019", 1)), counts(planning.get("years")));

    // The sample names no council: every row has a null council, and undated ones null dates.
    JsonNode sampled = TestHttp.getJson(sampleApp, "/api/committees");
    assertEquals(4, sampled.size());
    JsonNode families = sampled.get(1);
    assertEquals("Children and Families Committee", families.get("committee").asText());
    assertTrue(families.get("council").isNull() && families.get("from").isNull());
    assertEquals(2, families.get("meetings").asInt());
  }

  @Test
  void coverageCountsItemsPerYearAndPerCouncilCommitteeAndYear() throws Exception {
    JsonNode coverage = TestHttp.getJson(fixtureApp, "/api/coverage");
    assertEquals(
        List.of(
            new Count("2019", 2), new Count("2020", 1), new Count("2021", 1), new Count("2022", 1)),
        counts(coverage.get("years")));
    assertEquals(
        "[{\"council\":\"Example Borough Council\",\"committee\":\"Cabinet\",\"year\":\"2021\","
            + "\"items\":1,\"meetings\":1},"
            + "{\"council\":\"Example Borough Council\",\"committee\":\"Children and Young People"
            + " Scrutiny Committee\",\"year\":\"2022\",\"items\":1,\"meetings\":1},"
            + "{\"council\":\"Example Borough Council\",\"committee\":\"Planning Committee\","
            + "\"year\":\"2019\",\"items\":2,\"meetings\":1},"
            + "{\"council\":\"Example County Council\",\"committee\":\"Full Council\","
            + "\"year\":\"2020\",\"items\":1,\"meetings\":1}]",
        coverage.get("table").toString());
    JsonNode sampled = TestHttp.getJson(sampleApp, "/api/coverage");
    assertEquals(List.of(new Count("2021", 1)), counts(sampled.get("years")));
    JsonNode undated = sampled.get("table").get(1);
    assertTrue(undated.get("year").isNull(), undated.toString());
    assertEquals(2, undated.get("meetings").asInt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/meetings?q=AND",
        "/api/meetings?q=r*",
        "/api/meetings?from=yesterday",
        "/api/meetings?year=21",
        "/api/meetings?from=2022-01-01&to=2021-01-01",
        "/api/meetings?thesaurus=maybe"
      })
  void badParametersGet400(String path) throws Exception {
    TestHttp.badRequest(sampleApp, path);
  }

  @Test
  void hostileWordsFindNothingRatherThanFail() throws Exception {
    JsonNode none =
        TestHttp.getJson(sampleApp, "/api/meetings?q=" + encode("<script>alert(1)</script>"));
    assertEquals(0, none.get("total").asInt());
  }

  private record Count(String value, int count) {}

  private static List<Count> counts(JsonNode values) {
    List<Count> counts = new ArrayList<>();
    values.forEach(v -> counts.add(new Count(v.get("value").asText(), v.get("count").asInt())));
    return counts;
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
