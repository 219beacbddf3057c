package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/**
 * The commitments register, its follow-ups and statuses, over HTTP, on an archive of three meetings
 * of one committee written for this test: a report promised for the next meeting and brought to it,
 * a written response promised by the end of March and never mentioned again, and a report promised
 * at the last meeting, which has no next meeting yet.
 */
class KnowledgeApiTest {
  /** The fields issue 6 promises outside tools on every commitment. */
  private static final List<String> CONTRACT_FIELDS =
      List.of(
          "id",
          "text",
          "owner",
          "due",
          "status",
          "source",
          "date",
          "committee",
          "council",
          "followUps");

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = temp.resolve("corpus");
    write(
        corpus.resolve("libraries-2023-01-10.txt"),
        """
        Libraries and Culture Committee

        5. Branch library opening hours

        Minutes:

        Members discussed the opening hours of the branch libraries after complaints from \
        residents of Northgate and Eastfield.

        Officers agreed to bring a report on the review of opening hours at Northgate and \
        Eastfield libraries to the next meeting.

        In response to a question about the speed camera trial on Station Road, officers agreed \
        to provide a written response on its cost by the end of March 2023.

        RESOLVED: That the update be noted.
        """);
    write(
        corpus.resolve("libraries-2023-03-14.txt"),
        """
        Libraries and Culture Committee

        3. Review of library opening hours

        Minutes:

        The committee received the report on the review of opening hours at the Northgate and \
        Eastfield branch libraries, which proposed later opening on Thursdays.

        RESOLVED: That the revised opening hours be approved.
        """);
    write(
        corpus.resolve("libraries-2023-06-20.txt"),
        """
        Libraries and Culture Committee

        4. Allotments

        Minutes:

        Members asked about the waiting list for allotments at Riverside. Officers agreed to \
        report back to the next meeting on how the waiting list for allotments at Riverside \
        could be shortened.

        RESOLVED: That the update be noted.
        """);
    write(
        corpus.resolve("minutebook-manifest.yaml"),
        """
        defaults:
          council: Exampleshire Borough Council
          committee: Libraries and Culture Committee
          type: minutes
        files:
          libraries-2023-01-10.txt:
            date: 2023-01-10
          libraries-2023-03-14.txt:
            date: 2023-03-14
          libraries-2023-06-20.txt:
            date: 2023-06-20
        """);
    archive = TestCorpus.indexAndOpen(corpus, temp.resolve("index"));
    app = WebApp.create(archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void registerAnswersWithTheContractFields() throws Exception {
    JsonNode rows = TestHttp.getJson(app, "/api/commitments");
    assertTrue(rows.isArray());
    assertEquals(3, rows.size(), rows.toPrettyString());
    for (JsonNode row : rows) {
      for (String field : CONTRACT_FIELDS) {
        assertTrue(row.has(field), field + " missing in " + row);
      }
      assertEquals("Exampleshire Borough Council", row.get("council").asText());
      assertTrue(row.get("link").asText().contains("&anchor=p"), row.toString());
    }
  }

  @Test
  void reportBroughtToTheNextMeetingIsPossiblyFollowedUp() throws Exception {
    JsonNode row = find(TestHttp.getJson(app, "/api/commitments"), "opening hours");
    assertEquals("possibly-followed-up", row.get("status").asText(), row.toPrettyString());
    assertEquals("2023-03-14", row.get("due").asText(), "the next meeting, from the archive");
    JsonNode followUp = row.get("followUps").get(0);
    assertFalse(followUp.get("item").asText().equals(row.get("item").asText()));
    assertFalse(
        followUp.get("terms").toString().contains("\"and\""), "stop words are no key terms");
    assertEquals("2023-03-14", followUp.get("date").asText());
    assertTrue(followUp.get("excerpt").asText().contains("Northgate"), followUp.toString());
  }

  @Test
  void writtenResponseNeverGivenIsOverdue() throws Exception {
    JsonNode row = find(TestHttp.getJson(app, "/api/commitments"), "speed camera");
    assertEquals("overdue", row.get("status").asText(), row.toPrettyString());
    assertEquals("2023-03-31", row.get("due").asText());
    assertEquals(0, row.get("followUps").size());
    assertEquals("officers", row.get("owner").asText().toLowerCase(java.util.Locale.ROOT));
  }

  @Test
  void promiseForAMeetingNotYetHeldIsOpen() throws Exception {
    JsonNode row = find(TestHttp.getJson(app, "/api/commitments"), "allotments");
    assertEquals("open", row.get("status").asText(), row.toPrettyString());
    assertTrue(row.get("due").isNull());
    assertTrue(row.get("dueBasis").asText().contains("no later meeting"), row.toString());
  }

  @Test
  void statusAndDateFiltersNarrowTheRegister() throws Exception {
    assertEquals(1, TestHttp.getJson(app, "/api/commitments?status=overdue").size());
    assertEquals(2, TestHttp.getJson(app, "/api/commitments?status=overdue&status=open").size());
    assertEquals(1, TestHttp.getJson(app, "/api/commitments?from=2023-06-01").size());
    assertEquals(0, TestHttp.getJson(app, "/api/commitments?council=Elsewhere").size());
  }

  @Test
  void badFiltersAreRefusedWithAMessage() throws Exception {
    for (String query :
        List.of(
            "status=done",
            "from=yesterday",
            "format=xml",
            "outcome=maybe",
            "record=x",
            "kind=mayor")) {
      String path =
          (query.startsWith("outcome")
                  ? "/api/decisions?"
                  : query.startsWith("kind") ? "/api/entities?" : "/api/commitments?")
              + query;
      HttpResponse<String> response = TestHttp.get(app, path);
      assertEquals(400, response.statusCode(), path + " → " + response.body());
      assertTrue(response.body().contains("\"error\""), response.body());
    }
  }

  @Test
  void oddParametersNeverCauseAServerError() throws Exception {
    List<String> values =
        List.of(
            "",
            "%00",
            "%F0%9F%92%A9",
            "'%3B--",
            "%3Cscript%3E",
            "2023-02-30",
            "9999-12-31",
            "-1",
            "open%2Coverdue",
            "x".repeat(3000));
    for (String endpoint : List.of("commitments", "decisions", "inspections", "entities")) {
      for (String name :
          List.of("status", "outcome", "council", "from", "format", "theme", "kind", "q")) {
        for (String value : values) {
          String path = "/api/" + endpoint + "?" + name + "=" + value;
          int status = TestHttp.get(app, path).statusCode();
          assertTrue(status == 200 || status == 400, path + " → " + status);
        }
      }
    }
  }

  @Test
  void csvExportHasTheSameRowsAndIsSafeToOpen() throws Exception {
    HttpResponse<String> response = TestHttp.get(app, "/api/commitments?format=csv");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    List<CSVRecord> records = parse(response.body());
    assertEquals(3, records.size());
    assertTrue(records.get(0).getParser().getHeaderNames().containsAll(CONTRACT_FIELDS));
    for (CSVRecord record : records) {
      assertFalse(record.get("text").isBlank());
    }
  }

  @Test
  void decisionsAreListedAndExportedWithOutcomes() throws Exception {
    JsonNode rows = TestHttp.getJson(app, "/api/decisions");
    List<String> outcomes = new ArrayList<>();
    rows.forEach(r -> outcomes.add(r.get("outcome").asText()));
    assertEquals(List.of("noted", "approved", "noted"), outcomes, rows.toPrettyString());
    assertEquals(1, TestHttp.getJson(app, "/api/decisions?outcome=approved").size());
    assertEquals(3, parse(TestHttp.get(app, "/api/decisions?format=csv").body()).size());
  }

  @Test
  void commitmentsAreSearchableAndFaceted() throws Exception {
    JsonNode hits = TestHttp.getJson(app, "/api/search?q=" + "commitment:camera");
    assertEquals(1, hits.get("total").asInt(), hits.toPrettyString());
    JsonNode records = TestHttp.getJson(app, "/api/search?q=").get("facets").get("record");
    assertNotNull(records, "record facet");
    JsonNode withCommitments = TestHttp.getJson(app, "/api/search?record=commitment");
    assertEquals(2, withCommitments.get("total").asInt(), withCommitments.toPrettyString());
  }

  @Test
  void documentsCarryTheirKnowledge() throws Exception {
    String id =
        find(TestHttp.getJson(app, "/api/commitments"), "speed camera").get("item").asText();
    JsonNode doc = TestHttp.getJson(app, "/api/documents/" + id);
    assertEquals(2, doc.get("knowledge").get("commitments").size());
    assertEquals(1, doc.get("knowledge").get("decisions").size());
  }

  private static JsonNode find(JsonNode rows, String words) {
    for (JsonNode row : rows) {
      if (row.get("text").asText().contains(words)) {
        return row;
      }
    }
    throw new AssertionError("no commitment with '" + words + "' in " + rows.toPrettyString());
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      return parser.getRecords();
    }
  }
}
