package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/**
 * Scanned PDFs (pages that are pictures) are reported as needing OCR, and read by Tesseract when
 * OCR is switched on and Tesseract is installed.
 */
class OcrTest {
  private static final List<String> SCANNED_LINES =
      List.of(
          "Minutes of the Planning Committee",
          "The committee approved the budget",
          "for the library extension.");

  @TempDir Path temp;

  @Test
  void withoutOcrAScanIsEmptyAndSaysItNeedsOcr() throws Exception {
    Path scan = PdfFixtures.scannedPdf(temp.resolve("scan.pdf"), SCANNED_LINES);
    // Even with Tesseract installed: OCR only runs when asked for.
    TikaExtractor tika =
        new TikaExtractor(IngestOptions.DEFAULT_MAX_CHARS, IngestOptions.DEFAULT_MAX_BYTES);
    ExtractionException e = assertThrows(ExtractionException.class, () -> tika.extract(scan));
    assertEquals(IngestStatus.EMPTY, e.status());
    assertEquals("the PDF has no text layer (scanned pages need OCR)", e.getMessage());
    assertEquals("application/pdf", e.contentType());
  }

  @Test
  void ocrAskedForWithoutTesseractSaysWhatIsMissing() throws Exception {
    Path scan = PdfFixtures.scannedPdf(temp.resolve("scan.pdf"), SCANNED_LINES);
    TikaExtractor tika =
        new TikaExtractor(
            IngestOptions.DEFAULT_MAX_CHARS, IngestOptions.DEFAULT_MAX_BYTES, true, false);
    ExtractionException e = assertThrows(ExtractionException.class, () -> tika.extract(scan));
    assertEquals(IngestStatus.EMPTY, e.status());
    assertTrue(e.getMessage().contains("Tesseract is not installed"), e.getMessage());
  }

  @Test
  void withOcrTheWorkerReadsTheScan() throws Exception {
    if (!Tesseract.installed()) {
      String reason =
          "skipped: tesseract is not on the PATH (apt-get install tesseract-ocr tesseract-ocr-eng)";
      // Surefire's console counts skipped tests without their reasons: say it in the build log.
      System.err.println("[minutebook] OcrTest " + reason);
      Assumptions.abort(reason);
    }
    Path corpus = temp.resolve("corpus");
    PdfFixtures.scannedPdf(corpus.resolve("scan.pdf"), SCANNED_LINES);
    PdfFixtures.textPdf(corpus.resolve("typed.pdf"), List.of(List.of("Typed minutes")));
    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    IngestReport report =
        new Ingester(IngestOptions.defaults().withOcr(true))
            .run(corpus, items::add, IngestListener.NONE);

    FileOutcome scan = outcome(report, "scan.pdf");
    assertEquals(IngestStatus.INDEXED, scan.status(), scan.toString());
    assertEquals("1 page read by OCR", scan.reason());
    assertEquals("", outcome(report, "typed.pdf").reason(), "a page with text is not OCRed");
    String text =
        items.stream()
            .filter(item -> item.source().equals("scan.pdf"))
            .findFirst()
            .orElseThrow()
            .body()
            .toLowerCase(Locale.ROOT);
    for (String word : List.of("planning", "committee", "budget", "library")) {
      assertTrue(text.contains(word), word + " not in " + text);
    }
  }

  @Test
  void tesseractIsLookedForOnThePath() throws Exception {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path other = Files.createDirectories(temp.resolve("other"));
    String path = other + java.io.File.pathSeparator + bin;
    assertEquals(Optional.empty(), Tesseract.find(path));
    assertEquals(Optional.empty(), Tesseract.find(""));
    assertEquals(Optional.empty(), Tesseract.find(null));
    Path tesseract = Files.createFile(bin.resolve("tesseract"));
    Files.setPosixFilePermissions(tesseract, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(Optional.of(tesseract), Tesseract.find(path));
  }

  private static FileOutcome outcome(IngestReport report, String source) {
    return report.files().stream().filter(f -> f.source().equals(source)).findFirst().orElseThrow();
  }
}
