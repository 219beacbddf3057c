package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening of a document, cleaned for reading what its heading states: one non-empty line per
 * line, spaces collapsed, Markdown emphasis and escapes removed, spaced-out capitals joined.
 *
 * <p>Some archives are Markdown exports with YAML front matter. Its {@code title} is the heading
 * the archive gave the minutes and is kept as the first line; its {@code date} is when the page was
 * posted, not when the meeting was held, and is dropped.
 *
 * @param text the cleaned lines joined by newlines
 * @param lines the same lines with their positions in {@code text}
 */
record TextHead(String text, List<Line> lines) {
  /** How much of a document is read for its heading. */
  static final int HEAD_CHARS = 6_000;

  /** Longer lines are cut: a heading is short, and a 5 MB line would only slow every pattern. */
  private static final int MAX_LINE = 2_000;

  /** How much of a document is read for what it mentions (estimates, councils named in passing). */
  static final int BODY_CHARS = 200_000;

  /**
   * One line of the head.
   *
   * @param index its place among the non-empty lines, from 0
   * @param start where it starts in {@link TextHead#text()}
   * @param text the cleaned line
   */
  record Line(int index, int start, String text) {
    int end() {
      return start + text.length();
    }
  }

  private static final Pattern FRONT_MATTER_TITLE =
      Pattern.compile("(?m)(?:^|\\s)title:\\s*\"([^\"\\n]+)\"|^title:\\s*(\\S.*)$");
  private static final Pattern DROPPED_LINE =
      Pattern.compile(
          "^(?:\\[Original file]\\(.*\\)|-{3,}|\\*?<small>.*</small>\\*?|\\*{3,}|_{3,})$");
  private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\.\\-*_#\\[\\]()!+])");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");

  /** Reads the head of {@code text}. */
  static TextHead of(String text) {
    String body = text.replace("\r\n", "\n").replace('\r', '\n');
    String title = null;
    int frontMatterEnd = frontMatterEnd(body);
    if (frontMatterEnd > 0) {
      Matcher m = FRONT_MATTER_TITLE.matcher(body.substring(0, frontMatterEnd));
      if (m.find()) {
        title = m.group(1) != null ? m.group(1) : m.group(2);
      }
      body = body.substring(frontMatterEnd);
    }
    List<Line> lines = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    if (title != null) {
      add(title, lines, joined);
    }
    for (String raw : body.split("\n")) {
      if (joined.length() > HEAD_CHARS) {
        break;
      }
      String line = raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE).strip() : raw.strip();
      if (!DROPPED_LINE.matcher(line).matches()) {
        add(clean(line), lines, joined);
      }
    }
    return new TextHead(joined.toString(), List.copyOf(lines));
  }

  private static void add(String line, List<Line> lines, StringBuilder joined) {
    if (line.isEmpty()) {
      return;
    }
    if (!joined.isEmpty()) {
      joined.append('\n');
    }
    lines.add(new Line(lines.size(), joined.length(), line));
    joined.append(line);
  }

  private static String clean(String line) {
    String plain = line.replace("**", "").replace("__", "");
    plain = MARKDOWN_ESCAPE.matcher(plain).replaceAll("$1");
    plain = MARKDOWN_HEADING.matcher(plain).replaceFirst("");
    plain = Names.unspaced(plain);
    return plain.replaceAll("[ \\t\\u00a0]+", " ").strip();
  }

  /**
   * The first {@value #BODY_CHARS} characters of {@code text} without its YAML front matter, whose
   * dates are when a page was posted.
   */
  static String body(String text) {
    String start =
        text.length() > BODY_CHARS + 4_000 ? text.substring(0, BODY_CHARS + 4_000) : text;
    String body = start.replace("\r\n", "\n");
    body = body.substring(frontMatterEnd(body));
    return body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) : body;
  }

  /** Where YAML front matter ("---" … "---" at the very start) ends, or 0 when there is none. */
  private static int frontMatterEnd(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (!text.startsWith("---", start)) {
      return 0;
    }
    int firstLineEnd = text.indexOf('\n', start);
    if (firstLineEnd < 0) {
      return 0;
    }
    Matcher close = Pattern.compile("(?m)^---[ \\t]*$").matcher(text);
    if (close.find(firstLineEnd + 1) && close.start() < start + 4_000) {
      return close.end();
    }
    return 0;
  }

  /** The line that contains position {@code at} of {@link #text()}. */
  Line lineAt(int at) {
    Line found = lines.isEmpty() ? new Line(0, 0, "") : lines.get(0);
    for (Line line : lines) {
      if (line.start() > at) {
        break;
      }
      found = line;
    }
    return found;
  }
}
