package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins lines into paragraphs. Wrapped prose (PDF, typed text) is joined where a line runs on;
 * formats with a block per line keep their lines apart unless the next plainly continues the
 * sentence. List items and headings always start a paragraph of their own. A paragraph that runs
 * over a page break is joined and keeps the page it starts on.
 */
final class Reflow {
  /** A line that starts a list item: "1.", "2)", "a)", "(b)", "(iv)", "•", "-", "·", "o ". */
  private static final Pattern LIST_ITEM =
      Pattern.compile(
          "^(?:\\(?[0-9]{1,3}[.)](?:\\s|$)|\\(?[a-zA-Z][.)]\\s|\\([ivxIVX]+\\)\\s?|[IVX]{1,4}\\.\\s"
              + "|[•·▪◦●■*–-]\\s?|o\\s+(?=[A-Z0-9$£€])|\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.?\\s"
              + "|\\d{1,4}/\\d{2}\\s|item\\s+\\d)",
          Pattern.CASE_INSENSITIVE);

  /** A bullet on a line of its own, its text on the next. */
  private static final Pattern LONE_BULLET = Pattern.compile("^[•·▪◦●■*–-]$");

  private static final Pattern TERMINAL = Pattern.compile("[.:;!?][\"'”’)]*$");
  private static final Pattern LAST_WORD = Pattern.compile("(?<!\\p{L})(\\p{L}++)$");

  /** Words a sentence does not end on: a line that ends on one runs on. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "a", "an", "the", "of", "to", "and", "or", "for", "with", "by", "on", "in", "at", "from",
          "as", "that", "is", "was", "be", "were", "are", "been", "which", "who", "its", "their",
          "his", "her", "into", "upon", "than", "but", "nor", "if", "this", "these", "those");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int TITLE_SHARE_TENTHS = 8;
  private static final int LONG_LINE = 160;
  private static final int VERY_LONG_LINE = 400;
  private static final double TYPICAL_SHARE = 0.8;
  private static final double WRAP_SHARE = 0.6;
  private static final double SHORT_OF_WIDTH = 0.8;
  private static final int MIN_WRAP = 30;
  private static final double DOUBLE_SPACED_SHARE = 0.6;

  private enum Mode {
    /** Lines are the page's: join what runs on. */
    WRAPPED,
    /** Lines are blocks: join only plain continuations. */
    BLOCKS,
    /**
     * Lines are blocks, but the page's source broke them too (Tika keeps the line breaks inside an
     * HTML paragraph): also join sentence lines that stop without punctuation.
     */
    SOURCE_WRAPPED,
    /** Every line is a paragraph. */
    LINES
  }

  private final Mode mode;
  private final int width;
  private final int wrapAt;
  private final int blankLines;
  private final boolean pages;
  private final Hyphenation hyphenation;

  private Reflow(List<Line> lines, TextFormat format) {
    this.mode = mode(lines, format);
    this.width = typicalWidth(lines);
    this.wrapAt = Math.max(MIN_WRAP, (int) (width * WRAP_SHARE));
    this.blankLines = doubleSpaced(lines) ? 1 : 0;
    this.pages = format.hasPages();
    this.hyphenation = Hyphenation.of(lines);
  }

  static List<Para> paragraphs(List<Line> lines, TextFormat format) {
    return new Reflow(lines, format).run(lines);
  }

  private List<Para> run(List<Line> lines) {
    List<Para> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Line first = null;
    Line previous = null;
    for (Line line : lines) {
      if (previous != null
          && !hardBreak(previous, line)
          && Hyphenation.splitsAWord(previous.text(), line.text())) {
        // Only the last line is looked at: a paragraph may be long.
        if (!hyphenation.keepsHyphen(previous.text(), line.text())) {
          text.setLength(text.length() - 1);
        }
        text.append(line.text());
      } else if (previous != null && !breaksBefore(previous, line)) {
        text.append(' ').append(line.text());
      } else {
        flush(out, text, first);
        text.append(line.text());
        first = line;
      }
      previous = line;
    }
    flush(out, text, first);
    return out;
  }

  private void flush(List<Para> out, StringBuilder text, Line first) {
    if (!text.isEmpty()) {
      out.add(new Para(text.toString(), pages ? first.page() : 0));
    }
    text.setLength(0);
  }

  /** A break that no continuation overrides: a wide gap, a list item, a block-per-line format. */
  private boolean hardBreak(Line previous, Line next) {
    boolean samePage = next.page() == previous.page();
    return mode == Mode.LINES || (samePage && next.gap() > blankLines) || isListItem(next.text());
  }

  private boolean breaksBefore(Line previous, Line next) {
    if (hardBreak(previous, next)) {
      return true;
    }
    String text = next.text();
    if (LONE_BULLET.matcher(previous.text()).matches()
        || Character.isLowerCase(text.codePointAt(0))) {
      return false;
    }
    String before = previous.text();
    if (endsOnConnector(before)) {
      return false;
    }
    if (mode == Mode.BLOCKS || TERMINAL.matcher(before).find()) {
      return true;
    }
    if (mode == Mode.SOURCE_WRAPPED) {
      return isCapitals(text) || before.length() < MIN_WRAP || isTitle(before);
    }
    if (before.endsWith(",")) {
      return false;
    }
    if (isCapitals(text) && !(isCapitals(before) && before.length() >= wrapAt)) {
      return true;
    }
    // A short line in title case is a heading, even when it is long enough to have wrapped.
    if (before.length() < width * SHORT_OF_WIDTH && isTitle(before)) {
      return true;
    }
    return isCapitals(before) || before.length() < wrapAt;
  }

  static boolean isListItem(String text) {
    return LIST_ITEM.matcher(text).find();
  }

  private static boolean endsOnConnector(String line) {
    var last = LAST_WORD.matcher(line);
    return last.find() && CONNECTORS.contains(last.group(1).toLowerCase(Locale.ROOT));
  }

  /** A heading in capitals: "PLANNING APPLICATIONS", "RESOLVED:". */
  private static boolean isCapitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  /** Whether most of a line's longer words are capitalised, as in a heading. */
  private static boolean isTitle(String text) {
    int words = 0;
    int capitalised = 0;
    for (String word : SPACES.split(text)) {
      if (word.length() > 3 && Character.isLetter(word.codePointAt(0))) {
        words++;
        capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
      }
    }
    return capitalised * 10 >= words * TITLE_SHARE_TENTHS;
  }

  private static Mode mode(List<Line> lines, TextFormat format) {
    return switch (format) {
      case PAGED -> Mode.WRAPPED;
      case BLOCKS -> sourceWrapped(lines) ? Mode.SOURCE_WRAPPED : Mode.BLOCKS;
      case LINES -> Mode.LINES;
      case PLAIN -> hasParagraphLines(lines) ? Mode.BLOCKS : Mode.WRAPPED;
    };
  }

  /**
   * Whether plain text keeps one paragraph per line rather than wrapping prose at a fixed width:
   * web pages saved as text do; typed or converted minutes wrap at 70 to 160 characters. Wrapped
   * text has hardly any line longer than that, and none very long.
   */
  private static boolean hasParagraphLines(List<Line> lines) {
    int longLines = 0;
    for (Line line : lines) {
      int length = line.text().length();
      if (length > VERY_LONG_LINE) {
        return true;
      }
      longLines += length > LONG_LINE ? 1 : 0;
    }
    return !lines.isEmpty() && longLines * 20 >= lines.size();
  }

  /** Whether enough lines start in lower case, as the rest of a broken sentence, to show it. */
  private static boolean sourceWrapped(List<Line> lines) {
    long continuing =
        lines.stream()
            .map(Line::text)
            .filter(text -> Character.isLowerCase(text.codePointAt(0)) && !isListItem(text))
            .count();
    return continuing * 20 >= lines.size();
  }

  /** The length of a full line: most lines of wrapped prose are about as long. */
  private static int typicalWidth(List<Line> lines) {
    int[] lengths = lines.stream().mapToInt(line -> line.text().length()).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[(int) (lengths.length * TYPICAL_SHARE)];
  }

  /**
   * Whether a blank line stands between nearly all lines, as when Tika gives every line of a PDF
   * its own paragraph: then only a wider gap separates paragraphs.
   */
  private static boolean doubleSpaced(List<Line> lines) {
    long gapped = lines.stream().filter(line -> line.gap() > 0).count();
    return lines.size() > 4 && gapped >= lines.size() * DOUBLE_SPACED_SHARE;
  }
}
