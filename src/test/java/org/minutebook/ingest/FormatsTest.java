package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.SectionKind;

/**
 * The same two-item minutes written in every format the tests can generate (PDF, DOCX, ODT, RTF,
 * HTML, Markdown, plain text; DOC in {@link DocFormatTest}) come out as the same items, in worker
 * JVMs as in production.
 */
class FormatsTest {
  static final List<String> LINES =
      List.of(
          "Minutes of the meeting of the Planning Committee held on Tuesday 3rd September 2019",
          "1. Apologies",
          "Apologies were received from Councillor Smith.",
          "2. Planning applications",
          "The committee considered the application for twelve homes at Mill Lane.",
          "RESOLVED: That planning permission be granted.");

  @TempDir static Path corpus;
  static Map<String, List<AgendaItem>> itemsBySource;
  static IngestReport report;

  @BeforeAll
  static void writeAndRead() throws IOException {
    TestCorpus.pdf(corpus.resolve("minutes.pdf"), LINES.toArray(String[]::new));
    TestCorpus.docx(corpus.resolve("minutes.docx"), LINES.toArray(String[]::new));
    odt(corpus.resolve("minutes.odt"));
    Files.writeString(corpus.resolve("minutes.rtf"), rtf(), StandardCharsets.US_ASCII);
    Files.writeString(corpus.resolve("minutes.html"), html(), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("minutes.md"), markdown(), StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("minutes.txt"), String.join("\n\n", LINES), StandardCharsets.UTF_8);
    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    report = new Ingester(IngestOptions.defaults()).run(corpus, items::add, IngestListener.NONE);
    itemsBySource = items.stream().collect(Collectors.groupingBy(AgendaItem::source));
  }

  @Test
  void everyFormatIsIndexed() {
    report
        .files()
        .forEach(
            f -> assertEquals(IngestStatus.INDEXED, f.status(), f.source() + ": " + f.reason()));
    assertEquals(7, report.files().size());
  }

  @Test
  void everyFormatGivesTheSameItemsSectionsAndMetadata() {
    itemsBySource.forEach(FormatsTest::assertTheMinutes);
  }

  /** The two items of {@link #LINES}, with their numbers, titles, metadata and sections. */
  static void assertTheMinutes(String source, List<AgendaItem> unordered) {
    List<AgendaItem> items = unordered.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    assertEquals(2, items.size(), source + ": " + items);
    assertEquals("Apologies", items.get(0).title(), source);
    assertEquals("1", items.get(0).itemNumber(), source);
    assertEquals("Planning applications", items.get(1).title(), source);
    assertEquals("Planning Committee", items.get(0).committee().orElseThrow().value(), source);
    assertEquals("2019-09-03", items.get(0).date().orElseThrow().value().toString(), source);
    assertTrue(
        items.get(1).paragraphs().stream()
            .anyMatch(p -> p.section() == SectionKind.RESOLVED && p.text().contains("be granted")),
        source + ": " + items.get(1).paragraphs());
  }

  @Test
  void onlyPdfParagraphsHavePages() {
    for (var entry : itemsBySource.entrySet()) {
      int expected = entry.getKey().endsWith(".pdf") ? 1 : 0;
      entry.getValue().stream()
          .flatMap(item -> item.paragraphs().stream())
          .forEach(p -> assertEquals(expected, p.page(), entry.getKey() + ": " + p));
    }
  }

  @Test
  void markdownMarksAreGone() {
    String body =
        itemsBySource.get("minutes.md").stream()
            .map(AgendaItem::body)
            .collect(Collectors.joining("\n"));
    assertTrue(!body.contains("**") && !body.contains("##"), body);
  }

  private static String rtf() {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\n");
    for (String line : LINES) {
      rtf.append("\\pard ").append(line).append("\\par\n");
    }
    return rtf.append('}').toString();
  }

  private static String html() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n");
    html.append("<h1>").append(LINES.get(0)).append("</h1>\n");
    for (String line : LINES.subList(1, LINES.size())) {
      html.append(line.matches("\\d\\..*") ? "<h2>" + line + "</h2>\n" : "<p>" + line + "</p>\n");
    }
    return html.append("</body></html>\n").toString();
  }

  private static String markdown() {
    StringBuilder md = new StringBuilder("# " + LINES.get(0) + "\n\n");
    for (String line : LINES.subList(1, LINES.size())) {
      md.append(
              line.matches("\\d\\..*") ? "## " + line : line.replace("RESOLVED:", "**RESOLVED:**"))
          .append("\n\n");
    }
    return md.toString();
  }

  /** A minimal OpenDocument text: the mimetype first and stored, then the content. */
  private static void odt(Path file) throws IOException {
    StringBuilder content =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " office:version=\"1.2\"><office:body><office:text>");
    for (String line : LINES) {
      content.append("<text:p>").append(line).append("</text:p>");
    }
    content.append("</office:text></office:body></office:document-content>");
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/></manifest:manifest>";
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype =
          "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }
}
