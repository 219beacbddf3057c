package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw extracted text into trimmed lines that know their page and the blank lines above them;
 * lines after a PDF's last page are on page 0. Odd spaces become plain ones, control and zero-width
 * characters go, and symbol-font bullets become "•".
 */
final class SourceLines {
  private static final Pattern ODD_SPACES =
      Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]");
  private static final Pattern INVISIBLE =
      Pattern.compile(
          "[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F\\u200B-\\u200D\\u2060\\uFEFF]");

  /** Bullets that PDFs drawn in the Symbol or Wingdings fonts give as private-use characters. */
  private static final Pattern SYMBOL_BULLET = Pattern.compile("[\\uF0A7\\uF0B7\\uF0D8\\uF076]");

  /** A soft hyphen where a line breaks is where the word was hyphenated. */
  private static final Pattern SOFT_HYPHEN_AT_END = Pattern.compile("\\u00AD[ ]*\\n");

  private static final Pattern SPACES = Pattern.compile(" {2,}");

  /** Markdown's thematic break, which text converted from PDF uses between pages. */
  private static final Pattern RULE = Pattern.compile("^-{3,}$", Pattern.MULTILINE);

  private SourceLines() {}

  static List<Line> read(String raw, TextFormat format) {
    String text = characters(raw);
    if (format == TextFormat.PLAIN) {
      text = Markdown.frontMatter(text);
    }
    List<String> pages = pages(text, format);
    // What Tika writes after a PDF's last page (its outline, form fields) is on page 0.
    String trailer = format == TextFormat.PAGED && pages.size() > 1 ? pages.removeLast() : "";
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      addLines(lines, pages.get(i), i + 1);
    }
    addLines(lines, trailer, 0);
    return lines;
  }

  /** Unifies line ends and spaces; keeps '\f', which marks the end of a page. */
  static String characters(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = SOFT_HYPHEN_AT_END.matcher(text).replaceAll("-\n").replace("\u00AD", "");
    text = INVISIBLE.matcher(text).replaceAll("");
    text = SYMBOL_BULLET.matcher(text).replaceAll("•");
    return ODD_SPACES.matcher(text).replaceAll(" ");
  }

  private static List<String> pages(String text, TextFormat format) {
    List<String> pages = new ArrayList<>();
    if (format == TextFormat.PAGED) {
      pages.addAll(List.of(text.split("\f", -1)));
    } else if (format == TextFormat.PLAIN) {
      pages.addAll(List.of(RULE.split(text.replace('\f', '\n'), -1)));
    } else {
      pages.add(text.replace('\f', '\n'));
    }
    return pages;
  }

  private static void addLines(List<Line> lines, String page, int number) {
    int gap = 0;
    boolean first = true;
    for (String raw : page.split("\n", -1)) {
      String line = SPACES.matcher(raw.strip()).replaceAll(" ");
      if (line.isEmpty()) {
        gap++;
        continue;
      }
      lines.add(new Line(line, number, first ? 0 : gap));
      first = false;
      gap = 0;
    }
  }
}
