package org.minutebook.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties.CoreProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;
import org.minutebook.bench.Minutes.Style;

/**
 * A Word document written with Apache POI: bold headings, a paragraph per paragraph, indented
 * resolution parts. The package's dates and its zip entries' times are fixed, so that the same
 * minutes always give the same bytes.
 */
final class DocxRenderer implements Renderer {
  /**
   * The zip entries' time: a fixed point rather than the time of writing, and local (DOS) time so
   * that the machine's zone does not change it.
   */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final int INDENT_TWIPS = 720;

  @Override
  public byte[] render(Minutes minutes, Meeting meeting) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
    try (XWPFDocument doc = new XWPFDocument()) {
      paragraph(doc, minutes.council(), true, 14, false);
      paragraph(doc, minutes.heading(), true, 12, false);
      for (Item item : minutes.items()) {
        paragraph(doc, item.heading(), true, 12, false);
        for (Block block : item.blocks()) {
          paragraph(
              doc, block.text(), block.style() == Style.LABEL, 11, block.style() == Style.LIST);
        }
      }
      paragraph(doc, minutes.notice(), false, 9, false);
      properties(doc.getProperties().getCoreProperties(), minutes, meeting);
      doc.write(bytes);
    }
    return fixedTimes(bytes.toByteArray());
  }

  private static void paragraph(
      XWPFDocument doc, String text, boolean bold, int size, boolean indent) {
    XWPFParagraph paragraph = doc.createParagraph();
    if (indent) {
      paragraph.setIndentationLeft(INDENT_TWIPS);
    }
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    run.setFontSize(size);
    run.setText(text);
  }

  private static void properties(CoreProperties properties, Minutes minutes, Meeting meeting) {
    Date written = Date.from(meeting.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    properties.setCreator("Minutebook benchmark (synthetic)");
    properties.setTitle(minutes.heading());
    properties.setDescription(minutes.notice());
    properties.setCreated(Optional.of(written));
    properties.setModified(Optional.of(written));
  }

  /** The same zip with every entry's time set to {@link #ENTRY_TIME}. */
  private static byte[] fixedTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(ENTRY_TIME);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
