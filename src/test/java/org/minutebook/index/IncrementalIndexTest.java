package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;

/** Re-running index reads only what changed, and the result equals a build from scratch. */
class IncrementalIndexTest {
  @TempDir Path temp;
  Path corpus;
  Path index;

  @BeforeEach
  void firstRun() throws IOException {
    corpus = TestCorpus.write(temp.resolve("corpus"));
    index = temp.resolve("index");
    IngestReport first = build();
    assertEquals(9, first.extracted());
    assertEquals(5, first.items());
  }

  IngestReport build() throws IOException {
    return IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
  }

  @Test
  void anUnchangedCorpusIsNotReadAgainAndKeepsEveryOutcome() throws IOException {
    IngestReport again = build();
    assertEquals(0, again.extracted());
    assertEquals(5, again.items());
    Map<String, FileOutcome> outcomes = bySource(again);
    assertEquals(IngestStatus.CORRUPT, outcomes.get(TestCorpus.BROKEN).status());
    assertTrue(outcomes.get(TestCorpus.BROKEN).reason().startsWith("the file could not be parsed"));
    assertEquals(1, outcomes.get(TestCorpus.CABINET).items());
    assertEquals(List.of(TestCorpus.CABINET, TestCorpus.COUNCIL), search("front door"));
  }

  @Test
  void aTouchedButUnchangedFileIsNotReadAgain() throws IOException {
    Files.setLastModifiedTime(
        corpus.resolve(TestCorpus.PLANNING),
        FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    assertEquals(0, build().extracted());
  }

  @Test
  void aChangedFileAloneIsReadAgain() throws IOException {
    Files.writeString(
        corpus.resolve(TestCorpus.PLANNING),
        "\nMembers also discussed the allotments.\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    IngestReport again = build();
    assertEquals(1, again.extracted());
    assertEquals(5, again.items());
    assertEquals(List.of(TestCorpus.PLANNING), search("allotments"));
    assertEquals(List.of(TestCorpus.PLANNING), search("potholes"));
  }

  @Test
  void removedFilesLeaveTheIndexAndNewOnesJoinIt() throws IOException {
    Files.delete(corpus.resolve(TestCorpus.CABINET));
    Files.delete(corpus.resolve(TestCorpus.BROKEN));
    Files.writeString(corpus.resolve("borough/new.txt"), "The committee discussed the MASH.");
    IngestReport again = build();
    assertEquals(1, again.extracted());
    assertEquals(List.of(TestCorpus.CABINET, TestCorpus.BROKEN), again.removed());
    assertEquals(5, again.items());
    assertEquals(List.of("borough/new.txt", TestCorpus.COUNCIL), search("MASH"));
    assertTrue(!bySource(again).containsKey(TestCorpus.BROKEN));
  }

  @Test
  void aChangedManifestRebuildsEverything() throws IOException {
    Files.writeString(
        corpus.resolve("borough/minutebook-manifest.yaml"),
        "defaults:\n  council: Another Council\n");
    IngestReport again = build();
    assertEquals(9, again.extracted());
    try (Archive archive = Archive.open(index, ThemeCatalog.forCorpus(corpus))) {
      SearchHit hit = archive.search(SearchRequest.of("potholes")).hits().get(0);
      assertEquals("Another Council", hit.council());
    } catch (org.minutebook.search.QuerySyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private List<String> search(String query) throws IOException {
    try (Archive archive = Archive.open(index, ThemeCatalog.forCorpus(corpus))) {
      return archive.search(SearchRequest.of(query)).hits().stream()
          .map(SearchHit::source)
          .sorted()
          .toList();
    } catch (org.minutebook.search.QuerySyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, FileOutcome> bySource(IngestReport report) {
    return report.files().stream().collect(Collectors.toMap(FileOutcome::source, f -> f));
  }
}
