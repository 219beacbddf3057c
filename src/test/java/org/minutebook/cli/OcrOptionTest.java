package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.ingest.PdfFixtures;
import org.minutebook.ingest.Tesseract;

/** {@code index --ocr}: scanned PDFs are read when Tesseract is installed, and named otherwise. */
class OcrOptionTest {
  @TempDir Path temp;

  @Test
  void indexWithOcrReadsScansOrSaysWhatToInstall() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    PdfFixtures.scannedPdf(
        corpus.resolve("county/scanned-minutes.pdf"),
        List.of("Minutes of the Highways Committee", "Resurfacing was approved."));
    CliTest.Run run =
        CliTest.run(
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            temp.resolve("index").toString(),
            "--ocr");
    assertEquals(0, run.status(), run.err());
    if (Tesseract.installed()) {
      assertTrue(run.out().contains("county/scanned-minutes.pdf: 1 page read by OCR"), run.out());
    } else {
      assertTrue(run.err().contains("apt-get install tesseract-ocr"), run.err());
      assertTrue(run.out().contains("scanned pages need OCR"), run.out());
    }
  }

  @Test
  void withoutOcrAScanIsReportedAsNeedingIt() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    PdfFixtures.scannedPdf(
        corpus.resolve("county/scanned-minutes.pdf"), List.of("Minutes of the Cabinet"));
    CliTest.Run run =
        CliTest.run(
            "index", "--corpus", corpus.toString(), "--index", temp.resolve("index").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out()
            .contains(
                "empty        county/scanned-minutes.pdf\n"
                    + "               the PDF has no text layer (scanned pages need OCR)"),
        run.out());
  }
}
