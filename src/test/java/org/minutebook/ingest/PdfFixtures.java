package org.minutebook.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PDFs made for the tests with PDFBox: pages of text, and scans (pages that are only images). */
public final class PdfFixtures {
  private PdfFixtures() {}

  /** A PDF with a text layer, one page per entry, each page's lines as given. */
  public static Path textPdf(Path file, List<List<String>> pages) throws IOException {
    Files.createDirectories(file.getParent());
    try (PDDocument doc = new PDDocument()) {
      for (List<String> lines : pages) {
        addTextPage(doc, lines, 12);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * A scanned paper: one page that is a picture of {@code lines} and has no text layer. The picture
   * is rendered by PDFBox from a text page, so no system fonts are needed.
   */
  public static Path scannedPdf(Path file, List<String> lines) throws IOException {
    BufferedImage picture;
    try (PDDocument text = new PDDocument()) {
      addTextPage(text, lines, 20);
      picture = new PDFRenderer(text).renderImageWithDPI(0, 200, ImageType.GRAY);
    }
    Files.createDirectories(file.getParent());
    try (PDDocument scan = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      scan.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(scan, picture);
      try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
        PDRectangle box = page.getMediaBox();
        content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
      }
      scan.save(file.toFile());
    }
    return file;
  }

  private static void addTextPage(PDDocument doc, List<String> lines, float size)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
      content.setLeading(size * 1.6f);
      content.newLineAtOffset(60, 720);
      for (String line : lines) {
        content.showText(line);
        content.newLine();
      }
      content.endText();
    }
  }
}
