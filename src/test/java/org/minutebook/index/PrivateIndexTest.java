package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.RestrictedCorpus;
import org.minutebook.TestCorpus;
import org.minutebook.config.Paths;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.IngestReport;
import org.minutebook.model.SearchRequest;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;

/**
 * The public index and the private index beside it: restricted items go only to the private one,
 * incremental runs keep both right, and a run stopped between the two commits is repaired by the
 * next run.
 */
class PrivateIndexTest {
  private static final IngestOptions OPTIONS = IngestOptions.defaults().inProcess();

  @TempDir Path temp;

  private IngestReport build(Path corpus, Path index) throws IOException {
    return IndexBuilder.build(corpus, index, OPTIONS, IngestListener.NONE);
  }

  private static long count(Archive archive, String query) throws Exception {
    return archive.search(SearchRequest.of(query)).total();
  }

  @Test
  void restrictedItemsGoToThePrivateIndexOnly() throws Exception {
    Path corpus = RestrictedCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    IngestReport report = build(corpus, index);
    assertTrue(Files.isDirectory(Paths.privateIndexOf(index)));
    assertEquals(temp.resolve("index-private"), Paths.privateIndexOf(index));
    try (Archive open = Archive.open(index, ThemeCatalog.forCorpus(corpus));
        Archive staff = Archive.staff(index, ThemeCatalog.forCorpus(corpus))) {
      for (String canary : RestrictedCorpus.CANARIES) {
        // A name of several words would find public items that share one of them.
        if (canary.matches("\\w+")) {
          assertEquals(0, count(open, canary), canary);
        }
      }
      assertEquals(1, count(staff, "quixotrel"));
      assertEquals(1, count(staff, "glimmerquack"));
      assertEquals(report.items(), count(staff, ""));
      assertTrue(count(open, "") < count(staff, ""));
      // The public coverage knows only the files with public items.
      assertEquals(3, open.coverage().statuses().get("indexed"));
      assertEquals(5, staff.coverage().statuses().get("indexed"));
      assertFalse(open.isStaff());
      assertTrue(staff.isStaff());
    }
    assertTrue(IndexBuilder.check(corpus, index, OPTIONS).fresh());
  }

  @Test
  void anArchiveWithNothingRestrictedHasNoPrivateIndex() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    build(corpus, index);
    assertFalse(Files.exists(Paths.privateIndexOf(index)));
    assertTrue(IndexBuilder.check(corpus, index, OPTIONS).fresh());
    assertEquals(0, build(corpus, index).extracted());
    assertTrue(Archive.staffForCorpus(corpus, index).isEmpty());
  }

  @Test
  void aRestrictedFileThatCannotBeReadIsKnownToStaffOnlyAndNotReadAgain() throws Exception {
    Path corpus = temp.resolve("corpus");
    Files.createDirectories(corpus.resolve("closed"));
    Files.writeString(
        corpus.resolve("open.txt"),
        "Minutes of the Licensing Committee held on 1st June 2023\n\n1. Taxi licences\n\n"
            + "The committee renewed the taxi licences.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("closed/minutebook-manifest.yaml"),
        "defaults:\n  restricted: true\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("closed/tribunal-ruling.pdf"),
        "%PDF-1.4\nnot a PDF\n",
        StandardCharsets.UTF_8);
    Path index = temp.resolve("index");
    build(corpus, index);
    try (Archive open = Archive.open(index, ThemeCatalog.forCorpus(corpus));
        Archive staff = Archive.staff(index, ThemeCatalog.forCorpus(corpus))) {
      assertFalse(open.coverage().toString().contains("tribunal"), open.coverage().toString());
      assertTrue(staff.coverage().toString().contains("closed/tribunal-ruling.pdf"));
      assertEquals(1, open.coverage().files());
    }
    assertEquals(0, build(corpus, index).extracted(), "a corrupt file is not tried again");
  }

  @Test
  void anIncrementalRunMovesAnItemBetweenTheIndexesWhenItsWordingChanges() throws Exception {
    Path corpus = RestrictedCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    build(corpus, index);
    Path planning = corpus.resolve(RestrictedCorpus.PLANNING);
    String text = Files.readString(planning, StandardCharsets.UTF_8);
    Files.writeString(
        planning,
        text.replace("3. Exclusion of the press and public", "3. Public participation")
            .replace("the press and public be excluded", "the public be welcomed"),
        StandardCharsets.UTF_8);
    IngestReport next = build(corpus, index);
    assertEquals(1, next.extracted(), "only the changed file is read");
    try (Archive open = Archive.open(index, ThemeCatalog.forCorpus(corpus));
        Archive staff = Archive.staff(index, ThemeCatalog.forCorpus(corpus))) {
      assertEquals(1, count(open, "quixotrel"), "the depot item is public now");
      assertEquals(1, count(staff, "quixotrel"), "and not twice for staff");
      assertEquals(0, count(open, "snorkelvane"));
      assertEquals(next.items(), count(staff, ""));
    }
  }

  @Test
  void aRunStoppedBetweenItsTwoCommitsIsRepairedByTheNextRun() throws Exception {
    Path corpus = RestrictedCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    build(corpus, index);
    Path saved = temp.resolve("saved-private");
    copy(Paths.privateIndexOf(index), saved);
    Files.writeString(
        corpus.resolve("borough/new-minutes.txt"),
        "Example Borough Council\n\nMinutes of the Licensing Committee held on 1st June 2023\n\n"
            + "1. Taxi licences\n\nThe committee renewed the taxi licences.\n",
        StandardCharsets.UTF_8);
    build(corpus, index);
    // As if the second run had been killed after the public commit, before the private one.
    deleteTree(Paths.privateIndexOf(index));
    copy(saved, Paths.privateIndexOf(index));
    IndexState.Verdict verdict = IndexBuilder.check(corpus, index, OPTIONS);
    assertFalse(verdict.fresh());
    assertTrue(verdict.reason().contains("private index"), verdict.reason());
    IngestReport repair = build(corpus, index);
    assertEquals(repair.files().size(), repair.extracted(), "everything is read again");
    assertTrue(IndexBuilder.check(corpus, index, OPTIONS).fresh());
    try (Archive open = Archive.open(index, ThemeCatalog.forCorpus(corpus));
        Archive staff = Archive.staff(index, ThemeCatalog.forCorpus(corpus))) {
      assertEquals(1, count(open, "taxi"));
      assertEquals(1, count(staff, "taxi"));
      assertEquals(repair.items(), count(staff, ""));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
