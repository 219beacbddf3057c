package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pure text clean-up applied to everything Tika extracts: from raw text to clean paragraphs that
 * know their page.
 */
public final class TextCleaner {
  private static final Pattern ODD_SPACES =
      Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\t]+");
  private static final Pattern TRAILING = Pattern.compile("[ ]+\\n");
  private static final Pattern LEADING = Pattern.compile("\\n[ ]+");
  private static final Pattern MANY_BLANKS = Pattern.compile("\\n{3,}");
  private static final Pattern CONTROL =
      Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFEFF]");

  /** A line that starts a list item: "1.", "2)", "a)", "(b)", "•", "-", "·", "–". */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:\\(?[0-9]{1,3}[.)]|\\(?[a-zA-Z][.)]|\\([ivx]+\\)|[•·▪◦*–-])\\s");

  /** Lines shorter than this are headings or list entries rather than wrapped prose. */
  private static final int WRAPPED_LINE_MIN = 50;

  private static final int LONG_LINE = 160;
  private static final int VERY_LONG_LINE = 400;

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
   * The lines without Markdown. A block in italics (a motion's wording, a quotation) stays a
   * paragraph of its own: a wide gap is set before it and after it.
   */
  private static List<Line> markdown(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    boolean inEmphasis = false;
    for (Line line : lines) {
      boolean emphasised = Markdown.isEmphasised(line.text());
      String text = Markdown.line(line.text());
      if (text.isEmpty()) {
        continue;
      }
      int gap = emphasised == inEmphasis ? line.gap() : EMPHASIS_GAP;
      out.add(new Line(text, line.page(), gap));
      inEmphasis = emphasised;
    }
    return out;
  }

  /**
   * Whether plain text keeps one paragraph per line rather than wrapping prose at a fixed width:
   * web pages saved as text do; typed or converted minutes wrap at 70 to 160 characters. Wrapped
   * text has hardly any line longer than that, and none very long.
   */
  public static boolean hasParagraphLines(String text) {
    int lines = 0;
    int longLines = 0;
    for (String line : text.split("\n")) {
      int length = line.strip().length();
      if (length == 0) {
        continue;
      }
      if (length > VERY_LONG_LINE) {
        return true;
      }
      lines++;
      if (length > LONG_LINE) {
        longLines++;
      }
    }
    return lines > 0 && longLines * 20 >= lines;
  }

  /**
   * Rewrites normalised text as paragraphs, one per line, separated by a blank line.
   *
   * @param linesAreParagraphs true for formats whose every line is a block of its own (HTML, Word,
   *     ODT, RTF); false for plain text and PDF, whose long lines are wrapped prose to be joined
   */
  public static String paragraphs(String text, boolean linesAreParagraphs) {
    StringBuilder out = new StringBuilder(text.length());
    for (String block : text.split("\n\\s*\n")) {
      StringBuilder paragraph = new StringBuilder();
      String previous = null;
      for (String raw : block.split("\n")) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        if (previous != null && (linesAreParagraphs || !continues(previous, line))) {
          append(out, paragraph);
          paragraph.setLength(0);
        }
        if (!paragraph.isEmpty()) {
          paragraph.append(' ');
        }
        paragraph.append(line);
        previous = line;
      }
      append(out, paragraph);
    }
    return out.toString();
  }

  /** Whether {@code next} carries on the paragraph that {@code previous} wrapped. */
  private static boolean continues(String previous, String next) {
    if (LIST_ITEM.matcher(next).find()) {
      return false;
    }
    if (Character.isLowerCase(next.codePointAt(0))) {
      return true;
    }
    char last = previous.charAt(previous.length() - 1);
    boolean ended = ".:;!?".indexOf(last) >= 0;
    return !ended && previous.length() >= WRAPPED_LINE_MIN;
  }

  private static void append(StringBuilder out, CharSequence paragraph) {
    if (paragraph.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      out.append("\n\n");
    }
    out.append(paragraph);
  }

  /**
   * Unifies line ends and odd spaces, drops control characters, trims lines and leaves at most one
   * blank line between paragraphs.
   */
  public static String normalise(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = CONTROL.matcher(text).replaceAll("");
    text = ODD_SPACES.matcher(text).replaceAll(" ");
    text = TRAILING.matcher(text).replaceAll("\n");
    text = LEADING.matcher(text).replaceAll("\n");
    text = MANY_BLANKS.matcher(text).replaceAll("\n\n");
    return text.strip();
  }
}
