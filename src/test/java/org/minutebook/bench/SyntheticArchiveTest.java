package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.bench.SyntheticArchive.Format;
import org.minutebook.bench.SyntheticArchive.Summary;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.Coverage;
import org.minutebook.model.FacetValue;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.search.Archive;

/**
 * The synthetic archive: deterministic, kept out of real corpora, and read by the real pipeline.
 */
class SyntheticArchiveTest {
  private static final Set<Format> ALL = EnumSet.allOf(Format.class);

  @TempDir Path temp;

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes() throws Exception {
    Summary first = SyntheticArchive.write(temp.resolve("a"), 240, 11, ALL);
    Summary again = SyntheticArchive.write(temp.resolve("b"), 240, 11, ALL);
    Summary other = SyntheticArchive.write(temp.resolve("c"), 240, 12, ALL);
    assertEquals(first, again);
    assertEquals(digest(temp.resolve("a")), digest(temp.resolve("b")));
    assertNotEquals(digest(temp.resolve("a")), digest(temp.resolve("c")));
    assertEquals(240, other.items());
  }

  @Test
  void writesExactlyTheItemsAskedForInTheMixOfFormats() throws Exception {
    Summary summary = SyntheticArchive.write(temp.resolve("mix"), 2_000, 3, ALL);
    assertEquals(2_000, summary.items());
    int files = summary.totalFiles();
    assertEquals(files, countFiles(temp.resolve("mix")));
    assertEquals(
        Math.round(files * 0.05), summary.files().get(Format.PDF), 1.0, summary.toString());
    assertEquals(
        Math.round(files * 0.70), summary.files().get(Format.TXT), 1.0, summary.toString());
    assertTrue(summary.firstMeeting().getYear() >= 2006 && summary.lastMeeting().getYear() <= 2025);
  }

  @Test
  void aFormatLeftOutGivesItsShareToText() throws Exception {
    Summary summary =
        SyntheticArchive.write(temp.resolve("txt"), 500, 3, EnumSet.of(Format.TXT, Format.HTML));
    assertEquals(0, summary.files().get(Format.PDF));
    assertEquals(0, summary.files().get(Format.DOCX));
    assertEquals(
        Math.round(summary.totalFiles() * 0.85),
        summary.files().get(Format.TXT),
        1.0,
        "" + summary);
  }

  @Test
  void everyFileSaysItIsSynthetic() throws Exception {
    SyntheticArchive.write(temp.resolve("marked"), 150, 5, EnumSet.of(Format.TXT, Format.HTML));
    try (Stream<Path> files = Files.walk(temp.resolve("marked"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("SYNTHETIC TEST DATA"), file.toString());
        assertTrue(text.contains("(seed 5); not real minutes."), file.toString());
      }
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("full"));
    Files.writeString(dir.resolve("minutes.txt"), "real minutes", StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SyntheticArchive.write(dir, 100, 1, ALL));
    assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
    assertEquals(List.of(dir.resolve("minutes.txt")), list(dir));
  }

  @Test
  void refusesAnyFolderInsideACorpus() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (Path dir : List.of(corpus, corpus.resolve("synthetic"), corpus.resolve("a/b"))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> SyntheticArchive.write(dir, 100, 1, ALL));
      assertTrue(e.getMessage().contains("inside a folder named 'corpus'"), e.getMessage());
    }
    assertEquals(List.of(), list(corpus));
  }

  @Test
  void refusesALinkIntoACorpus() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("Corpus/real"));
    Path link = Files.createSymbolicLink(temp.resolve("innocent"), corpus);
    assertThrows(IllegalArgumentException.class, () -> SyntheticArchive.write(link, 100, 1, ALL));
  }

  @Test
  void theRealPipelineReadsEveryFileWithItsCouncilCommitteeDateAndThemes() throws Exception {
    Path corpus = temp.resolve("synthetic");
    Path index = temp.resolve("index");
    Summary summary = SyntheticArchive.write(corpus, 300, 2026, ALL);
    ALL.forEach(f -> assertTrue(summary.files().get(f) > 0, f + " in " + summary));

    IngestReport report =
        IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);

    assertEquals(summary.totalFiles(), report.files().size());
    assertEquals(List.of(), report.skipped());
    assertEquals(Map.of(IngestStatus.INDEXED, summary.totalFiles()), report.countsByStatus());
    assertEquals(summary.items(), report.items(), summary.items() * 0.1);
    try (Archive archive = Archive.forCorpus(corpus, index)) {
      Coverage coverage = archive.coverage();
      Set<String> councils = expected(summary, 2026, true);
      Set<String> committees = expected(summary, 2026, false);
      long items = coverage.dateRange().dated() + coverage.dateRange().undated();
      assertTrue(share(coverage.councils(), councils) >= 0.95 * items, coverage.toString());
      assertTrue(share(coverage.committees(), committees) >= 0.95 * items, coverage.toString());
      assertTrue(coverage.dateRange().dated() >= 0.95 * items, coverage.toString());
      assertEquals(summary.firstMeeting().toString(), coverage.dateRange().from());
      assertEquals(summary.lastMeeting().toString(), coverage.dateRange().to());

      SearchResult all = archive.search(SearchRequest.of(""));
      Map<String, Long> themes =
          all.facets().get("theme").stream()
              .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
      for (String theme : List.of("recruitment", "front-door", "planning", "highways")) {
        assertTrue(themes.getOrDefault(theme, 0L) > 0, theme + " in " + themes);
      }
    }
  }

  /** The councils (or committees) the archive's meetings belong to, from its plan. */
  private static Set<String> expected(Summary summary, long seed, boolean councils) {
    return ArchivePlan.plan(summary.items(), seed, ALL).stream()
        .map(m -> councils ? m.council().name() : m.committee().facetName())
        .collect(Collectors.toSet());
  }

  /** How many items the facet gives one of the expected values. */
  private static long share(List<FacetValue> values, Set<String> expected) {
    return values.stream()
        .filter(v -> expected.contains(v.value()))
        .mapToLong(FacetValue::count)
        .sum();
  }

  private static String digest(Path root) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static long countFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
