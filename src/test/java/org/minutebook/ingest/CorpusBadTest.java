package org.minutebook.ingest;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.SharedData;
import org.minutebook.TestHttp;
import org.minutebook.index.IndexBuilder;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;
import org.minutebook.web.WebApp;

/**
 * The 27 hostile files of {@code ../shared/corpus-bad} (bombs, quines, encrypted and truncated
 * files, XXE): the run completes with a status and a reason for each, this JVM's heap stays bounded
 * because parsing happens in workers, and a server over the result answers. Skipped when the shared
 * data is absent.
 */
class CorpusBadTest {
  private static final IngestStatus INDEXED = IngestStatus.INDEXED;
  private static final IngestStatus UNSUPPORTED = IngestStatus.UNSUPPORTED;
  private static final IngestStatus ENCRYPTED = IngestStatus.ENCRYPTED;

  /**
   * What each file must end as. The indexed ones really hold readable text: a news article behind a
   * null header part, HTML with a broken script or an e-mail inside, a PDF with one bad page of
   * many, a PDF with only an owner password, RTF with a corrupt list table or bad escapes, a Word
   * file whose nested attachments once crashed Tika. The "PDF" that is really an HTTP multipart
   * envelope reads as plain text full of object syntax, so it is corrupt, not indexed.
   */
  private static final Map<String, IngestStatus> EXPECTED =
      Map.ofEntries(
          entry("MANIFEST.tsv", IngestStatus.CORPUS_NOTES),
          entry("tika_NullHeader.docx", INDEXED),
          entry("tika_droste_recursive.zip", UNSUPPORTED),
          entry("tika_quine.gz", UNSUPPORTED),
          entry("tika_testBrokenHTMLContainingRFC822.html", INDEXED),
          entry("tika_testHTMLBadScript.html", INDEXED),
          entry("tika_testLZMA_oom.lzma", UNSUPPORTED),
          entry("tika_testMicrosoftIRMServices.pdf", ENCRYPTED),
          entry("tika_testODTEncrypted.odt", ENCRYPTED),
          entry("tika_testPDF_bad_page_303226.pdf", INDEXED),
          entry("tika_testPDF_garbageBeforeHeader.pdf", IngestStatus.CORRUPT),
          entry("tika_testPDF_malformedXFA.pdf", IngestStatus.EMPTY),
          entry("tika_testPDF_no_extract_owner_user.pdf", ENCRYPTED),
          entry("tika_testPDF_protected.pdf", INDEXED),
          entry("tika_testPassword4Spaces.pdf", ENCRYPTED),
          entry("tika_testRTFCorruptListOverride.rtf", INDEXED),
          entry("tika_testRTFInvalidUnicode.rtf", INDEXED),
          entry("tika_testUnicodePassword.pdf", ENCRYPTED),
          entry("tika_testWORD_protected_drm.doc", ENCRYPTED),
          entry("tika_testWORD_protected_passtika.doc", ENCRYPTED),
          entry("tika_testWORD_protected_passtika.docx", ENCRYPTED),
          entry("tika_testWORD_truncated.docx", IngestStatus.CORRUPT),
          entry("tika_testXXE.xml", IngestStatus.EMPTY),
          entry("tika_testZIP_corrupted_oom.zip", UNSUPPORTED),
          entry("tika_testZ_oom.Z", UNSUPPORTED),
          entry("tika_testZipEncrypted.zip", UNSUPPORTED),
          entry("tika_test_recursive_embedded_npe.docx", INDEXED),
          entry("tika_undeclared_entity.xml", IngestStatus.CORRUPT));

  /** Far below what a zip bomb parsed in this JVM would take; far above an index of 28 files. */
  private static final long HEAP_GROWTH_LIMIT = 256L * 1024 * 1024;

  /** Holds the index and, should anything be restricted, the private index beside it. */
  @TempDir Path temp;

  @Test
  void everyHostileFileEndsWithAReasonAndTheServerStillAnswers() throws Exception {
    Path corpus = SharedData.require("corpus-bad");
    Path index = temp.resolve("index");
    long heapBefore = usedHeap();
    IngestReport report =
        IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    long heapAfter = usedHeap();

    Map<String, FileOutcome> bySource =
        report.files().stream()
            .collect(Collectors.toMap(FileOutcome::source, f -> f, (a, b) -> a, TreeMap::new));
    for (FileOutcome f : bySource.values()) {
      System.err.printf(
          Locale.ROOT, "[corpus-bad] %-12s %s: %s%n", f.status().label(), f.source(), f.reason());
    }
    System.err.printf(
        Locale.ROOT,
        "[corpus-bad] %d ms; used heap %d MB before, %d MB after%n",
        report.millis(),
        heapBefore >> 20,
        heapAfter >> 20);
    assertEquals(EXPECTED.keySet(), bySource.keySet());
    for (Map.Entry<String, IngestStatus> expected : EXPECTED.entrySet()) {
      FileOutcome outcome = bySource.get(expected.getKey());
      assertEquals(expected.getValue(), outcome.status(), outcome.toString());
      if (outcome.status() != INDEXED) {
        assertFalse(outcome.reason().isBlank(), outcome + " has no reason");
      }
    }
    assertTrue(
        heapAfter - heapBefore < HEAP_GROWTH_LIMIT,
        "heap grew by " + ((heapAfter - heapBefore) >> 20) + " MB");

    try (Archive archive = Archive.open(index, ThemeCatalog.forCorpus(corpus))) {
      Javalin app = WebApp.create(archive).start("127.0.0.1", 0);
      try {
        // Eight files hold text; one of them, a long report, splits into many items.
        JsonNode coverage = TestHttp.getJson(app, "/api/coverage");
        assertEquals(8, coverage.get("statuses").get("indexed").asInt(), coverage.toString());
        JsonNode apples = TestHttp.getJson(app, "/api/search?q=apples");
        assertTrue(apples.get("total").asInt() >= 1, apples.toString());
      } finally {
        app.stop();
      }
    }
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
