package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Pure text clean-up applied to everything Tika extracts: from raw text to clean paragraphs that
 * know their page.
 */
public final class TextCleaner {
  /** More blank lines than any reflow reads as a soft break. */
  private static final int EMPHASIS_GAP = 2;

  private TextCleaner() {}

  /**
   * The paragraphs of a file's raw extracted text, without page furniture (page numbers, running
   * headers and footers, link addresses), web-page furniture (menus, skip links, file sizes) or
   * Markdown marks, with words hyphenated at line ends rejoined and wrapped lines reflowed.
   *
   * @param raw the text as Tika wrote it; paged formats end each page with '\f'
   * @param contentType the detected media type, for example {@code application/pdf}
   * @return paragraphs in reading order, each on one line; pages count from 1 for PDF and are 0 for
   *     formats without pages
   */
  public static List<Para> clean(String raw, String contentType) {
    TextFormat format = TextFormat.of(contentType);
    List<Line> lines = SourceLines.read(raw, format);
    if (format == TextFormat.PLAIN) {
      lines = markdown(lines);
    }
    lines = PageFurniture.strip(lines, format.hasPages());
    if (format == TextFormat.BLOCKS || format == TextFormat.PLAIN) {
      lines = WebFurniture.strip(lines);
    }
    if (format == TextFormat.BLOCKS) {
      lines = NavigationRuns.strip(lines);
    }
    return Reflow.paragraphs(lines, format);
  }

  /**
   * The lines without Markdown. A heading, or a block in italics (a motion's wording, a quotation),
   * stays a paragraph of its own: a wide gap is set before it and after it.
   */
  private static List<Line> markdown(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    boolean inEmphasis = false;
    boolean afterHeading = false;
    for (Line line : lines) {
      boolean emphasised = Markdown.isEmphasised(line.text());
      boolean heading = Markdown.isHeading(line.text());
      String text = Markdown.line(line.text());
      if (text.isEmpty()) {
        continue;
      }
      // A heading, like a block in italics, is a paragraph of its own.
      boolean apart = emphasised != inEmphasis || heading || afterHeading;
      out.add(new Line(text, line.page(), apart ? EMPHASIS_GAP : line.gap()));
      inEmphasis = emphasised;
      afterHeading = heading;
    }
    return out;
  }
}
