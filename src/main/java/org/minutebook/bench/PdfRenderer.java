package org.minutebook.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;
import org.minutebook.bench.Minutes.Style;

/**
 * A PDF written with PDFBox in the standard Helvetica fonts: A4 pages, lines wrapped to the page's
 * width, a blank line between paragraphs, headings kept with what follows, and "Page 2 of 5" at the
 * foot of each page. The document's dates and identifier are fixed, so that the same minutes always
 * give the same bytes.
 */
final class PdfRenderer implements Renderer {
  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 64;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float TOP = PAGE.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 24;
  private static final float INDENT = 24;
  private static final float LEADING = 1.4f;

  /** How a line is set. */
  private record Font(Standard14Fonts.FontName name, float size) {}

  private static final Font BODY = new Font(Standard14Fonts.FontName.HELVETICA, 10.5f);
  private static final Font BOLD = new Font(Standard14Fonts.FontName.HELVETICA_BOLD, 11);
  private static final Font TITLE = new Font(Standard14Fonts.FontName.HELVETICA_BOLD, 14);
  private static final Font SMALL = new Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE, 8.5f);

  /** A line placed on a page. */
  private record Line(String text, Font font, float x, float y) {}

  @Override
  public byte[] render(Minutes minutes, Meeting meeting) throws IOException {
    List<List<Line>> pages = new Layout().run(minutes);
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages.size(); i++) {
        page(doc, pages.get(i), "Page " + (i + 1) + " of " + pages.size());
      }
      information(doc, minutes, meeting);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(65_536);
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static void page(PDDocument doc, List<Line> lines, String footer) throws IOException {
    PDPage page = new PDPage(PAGE);
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      for (Line line : lines) {
        show(content, line);
      }
      show(content, new Line(footer, SMALL, PAGE.getWidth() / 2 - 24, MARGIN / 2));
    }
  }

  private static void show(PDPageContentStream content, Line line) throws IOException {
    content.beginText();
    content.setFont(font(line.font()), line.font().size());
    content.newLineAtOffset(line.x(), line.y());
    content.showText(line.text());
    content.endText();
  }

  private static PDType1Font font(Font font) {
    return new PDType1Font(font.name());
  }

  /** Fixed dates and identifier: PDFBox would otherwise derive the identifier from the clock. */
  private static void information(PDDocument doc, Minutes minutes, Meeting meeting) {
    PDDocumentInformation info = doc.getDocumentInformation();
    Calendar written = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    written.clear();
    written.set(
        meeting.date().getYear(),
        meeting.date().getMonthValue() - 1,
        meeting.date().getDayOfMonth());
    info.setCreationDate(written);
    info.setModificationDate(written);
    info.setCreator("Minutebook benchmark (synthetic)");
    info.setTitle(minutes.heading());
    info.setSubject(minutes.notice());
    byte[] id = Long.toHexString(meeting.seed()).getBytes(StandardCharsets.US_ASCII);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Places the minutes' lines on pages. */
  private static final class Layout {
    private final List<List<Line>> pages = new ArrayList<>();
    private List<Line> page;
    private float y;

    List<List<Line>> run(Minutes minutes) throws IOException {
      newPage();
      paragraph(minutes.council(), TITLE, 0, 0);
      paragraph(minutes.heading(), BOLD, 0, 0);
      for (Item item : minutes.items()) {
        paragraph(item.heading(), BOLD, 0, 3);
        for (Block block : item.blocks()) {
          Font font = block.style() == Style.LABEL ? BOLD : BODY;
          paragraph(block.text(), font, block.style() == Style.LIST ? INDENT : 0, 0);
        }
      }
      paragraph(minutes.notice(), SMALL, 0, 0);
      return pages;
    }

    private void newPage() {
      page = new ArrayList<>();
      pages.add(page);
      y = TOP;
    }

    /**
     * Sets a paragraph's lines and a blank line after it. A heading ({@code keep} lines of what
     * follows wanted with it) starts a new page when they would not fit.
     */
    private void paragraph(String text, Font font, float indent, int keep) throws IOException {
      float leading = font.size() * LEADING;
      List<String> lines = Wrap.lines(text, font(font), font.size(), WIDTH - indent);
      if (y - leading * (lines.size() + keep) < BOTTOM) {
        newPage();
      }
      for (String line : lines) {
        if (y - leading < BOTTOM) {
          newPage();
        }
        y -= leading;
        page.add(new Line(line, font, MARGIN + indent, y));
      }
      y -= leading;
    }
  }
}
