package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.IngestStatus;
import org.xml.sax.helpers.AttributesImpl;

/** What the in-process extractor gives: raw text, page breaks for PDFs, statuses for the rest. */
class TikaExtractorTest {
  private static final TikaExtractor TIKA =
      new TikaExtractor(IngestOptions.DEFAULT_MAX_CHARS, IngestOptions.DEFAULT_MAX_BYTES);

  @TempDir Path temp;

  @AfterAll
  static void close() {
    TIKA.close();
  }

  @Test
  void pdfPagesAreSeparatedByOneFormFeedEach() throws Exception {
    Path pdf =
        PdfFixtures.textPdf(
            temp.resolve("three-pages.pdf"),
            List.of(
                List.of("Page one: apologies for absence"),
                List.of("Page two: declarations of interest"),
                List.of("Page three: minutes of the last meeting")));
    Extracted extracted = TIKA.extract(pdf);
    String[] pages = extracted.text().split("\f", -1);
    assertEquals(3, pages.length, extracted.text());
    assertTrue(pages[0].contains("apologies"), pages[0]);
    assertTrue(pages[1].contains("declarations"), pages[1]);
    assertTrue(pages[2].contains("minutes of the last meeting"), pages[2]);
    assertEquals("application/pdf", extracted.contentType());
  }

  @Test
  void otherFormatsHaveNoFormFeeds() throws Exception {
    Path docx = temp.resolve("minutes.docx");
    TestCorpus.docx(docx, "First paragraph.", "Second paragraph.");
    Path html = write("minutes.html", "<html><body><div class=\"page\">One</div><p>Two</p>");
    for (Path file : List.of(docx, html)) {
      String text = TIKA.extract(file).text();
      assertFalse(text.contains("\f"), file + ": " + text);
    }
  }

  @Test
  void textIsRawNotCleaned() throws Exception {
    Path txt = write("odd-spaces.txt", "Item\u00A01.\tApologies\r\n\r\n\r\n\r\nMinutes");
    Extracted extracted = TIKA.extract(txt);
    assertTrue(extracted.text().contains("Item\u00A01.\tApologies"), extracted.text());
    assertEquals(
        List.of(new Para("Item 1. Apologies", 0), new Para("Minutes", 0)),
        TextCleaner.clean(extracted.text(), extracted.contentType()));
  }

  @Test
  void aDocumentNameOnPlainTextIsCorruptNotIndexedAsText() throws Exception {
    Path wrapped = write("minutes.pdf", "%PDF\n--boundary\nContent-Type: text/xml\n\n1 0 obj");
    ExtractionException e = assertThrows(ExtractionException.class, () -> TIKA.extract(wrapped));
    assertEquals(IngestStatus.CORRUPT, e.status());
    assertTrue(e.getMessage().contains("named .pdf but is not a PDF"), e.getMessage());
    // Plain text named as plain text is still read.
    Path txt = write("minutes.txt", "Minutes of the meeting");
    assertEquals("text/plain", TIKA.extract(txt).contentType());
  }

  @Test
  void archivesAreNotUnpacked() throws Exception {
    Path zip = temp.resolve("papers.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("minutes.txt"));
      out.write("Minutes of the Planning Committee".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    ExtractionException e = assertThrows(ExtractionException.class, () -> TIKA.extract(zip));
    assertEquals(IngestStatus.UNSUPPORTED, e.status());
    assertTrue(e.getMessage().startsWith("an archive (application/zip)"), e.getMessage());
  }

  @Test
  void blankAndControlOnlyFilesAreEmpty() throws Exception {
    Path blank = write("blank.txt", " \n\t\u00A0\u000C\u0001\uFEFF\n");
    ExtractionException e = assertThrows(ExtractionException.class, () -> TIKA.extract(blank));
    assertEquals(IngestStatus.EMPTY, e.status());
    assertEquals("the file contains no text", e.getMessage());
  }

  @Test
  void aFileThatCannotBeOpenedIsAnIoErrorNotAFileStatus() {
    assertThrows(IOException.class, () -> TIKA.extract(temp.resolve("missing.pdf")));
  }

  @Test
  void hasTextLooksForSomethingVisible() {
    assertFalse(TikaExtractor.hasText(""));
    assertFalse(TikaExtractor.hasText(" \f\n\u00A0\u2007\u200B\u0000\uFFFD"));
    assertTrue(TikaExtractor.hasText("\f1"));
    assertTrue(TikaExtractor.hasText("—"));
  }

  @Test
  void pageBreaksGoBetweenPagesOnlyAndIgnoreOtherDivs() throws Exception {
    ToTextContentHandler text = new ToTextContentHandler();
    PageBreakHandler handler = new PageBreakHandler(text);
    AttributesImpl page = new AttributesImpl();
    page.addAttribute("", "class", "class", "CDATA", "page");
    AttributesImpl other = new AttributesImpl();
    other.addAttribute("", "class", "class", "CDATA", "annotation");
    for (String content : List.of("one", "two")) {
      handler.startElement("", "div", "div", page);
      handler.startElement("", "div", "div", other);
      handler.characters(content.toCharArray(), 0, content.length());
      handler.endElement("", "div", "div");
      handler.endElement("", "div", "div");
      handler.startElement("", "div", "div", other);
      handler.endElement("", "div", "div");
    }
    assertEquals("one\ftwo", text.toString());
  }

  private Path write(String name, String content) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
