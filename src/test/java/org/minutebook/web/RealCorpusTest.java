package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Feed;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.SharedData;
import org.minutebook.TestHttp;
import org.minutebook.export.SearchTable;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;

/**
 * The 171 real public minutes of {@code ../shared/corpus-real}: every file ends indexed or with a
 * reason, and a server over the result answers. Skipped when the shared data is absent.
 */
class RealCorpusTest {
  @TempDir Path index;

  @Test
  void everyRealFileIsIndexedOrReportedAndTheServerAnswers() throws Exception {
    Path corpus = SharedData.require("corpus-real");
    List<String> listed = manifestFiles(corpus.resolve("MANIFEST.tsv"));
    assertEquals(171, listed.size());

    IngestReport report =
        IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    Map<String, FileOutcome> bySource =
        report.files().stream().collect(Collectors.toMap(FileOutcome::source, f -> f));
    for (String file : listed) {
      FileOutcome outcome = bySource.get(file);
      assertTrue(outcome != null, file + " has no outcome");
      assertTrue(outcome.status() != IngestStatus.CORPUS_NOTES, file + " is minutes, not notes");
      if (outcome.status() != IngestStatus.INDEXED) {
        assertFalse(outcome.reason().isBlank(), file + " was skipped without a reason");
      }
    }
    long indexed = report.files().stream().filter(f -> f.status() == IngestStatus.INDEXED).count();
    assertTrue(indexed >= 165, "only " + indexed + " of 171 indexed: " + report.skipped());

    try (Archive archive = Archive.open(index, ThemeCatalog.forCorpus(corpus))) {
      Javalin app = WebApp.create(archive).start("127.0.0.1", 0);
      try {
        JsonNode planning = TestHttp.getJson(app, "/api/search?q=planning&size=5");
        assertTrue(planning.get("total").asLong() > 10, planning.toString());
        assertEquals(5, planning.get("hits").size());
        JsonNode timeline = TestHttp.getJson(app, "/api/timeline?theme=planning");
        assertTrue(timeline.get("buckets").size() > 3, timeline.get("buckets").toString());
        exportsAndFeedsHoldTheirShape(app, indexed);
      } finally {
        app.stop();
      }
    }
  }

  /**
   * Real text (quotes, line ends, odd characters) in every download: the CSV of every item parses
   * to one row per item, the feed parses, and every indexed file is a meeting.
   */
  private static void exportsAndFeedsHoldTheirShape(Javalin app, long files) throws Exception {
    long total = TestHttp.getJson(app, "/api/search?size=1").get("total").asLong();
    String csv = TestHttp.get(app, "/api/search?format=csv").body();
    assertEquals(total, ExportApiTest.parse(csv, SearchTable.HEADER).size());
    Feed feed = FeedTest.parse(TestHttp.get(app, "/api/feed").body());
    assertEquals(50, feed.getEntries().size());
    JsonNode meetings = TestHttp.getJson(app, "/api/meetings");
    assertEquals(files, meetings.get("total").asLong());
    long items = 0;
    for (JsonNode m : meetings.get("meetings")) {
      items += m.get("items").asLong();
    }
    assertEquals(total, items);
  }

  private static List<String> manifestFiles(Path tsv) throws IOException {
    return Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
        .skip(1)
        .filter(line -> !line.isBlank())
        .map(line -> line.substring(0, line.indexOf('\t')))
        .toList();
  }
}
