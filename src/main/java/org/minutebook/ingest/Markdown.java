package org.minutebook.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the Markdown that plain-text minutes often carry when a website or a PDF converter wrote
 * them: YAML front matter, headings, backslash escapes, bold marks and links. Only plain text gets
 * this.
 */
final class Markdown {
  /** A leading "---" block of "key: value" lines and " - value" list lines. */
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A\\s*---[ ]*\\n((?:[ ]*(?:[\\w-]+:.*|-[ ].*)?\\n){1,40}?)---[ ]*\\n");

  private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
  private static final Pattern BOLD = Pattern.compile("\\*\\*");
  private static final Pattern EMPHASISED_LINE = Pattern.compile("^[*_](?=\\S)(?![*_]).*\\S[*_]$");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![*\\w])");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:small|b|i|em|strong|u|sup|sub|br)\\s*/?>");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]+)]\\((?:https?://|www\\.)[^)\\s]*\\)");

  /** A whole line that is nothing but a link: converters put the source's address there. */
  private static final Pattern LINK_LINE =
      Pattern.compile("^\\[[^\\]]*]\\((?:https?://|www\\.)[^)\\s]*\\)$");

  /** An ATX heading: "## 2. Planning applications". */
  private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+(.*?)[ \\t#]*$");

  private Markdown() {}

  /** Whether the line is a heading, which stands as a paragraph of its own. */
  static boolean isHeading(String line) {
    return HEADING.matcher(line.strip()).matches();
  }

  /**
   * Replaces front matter with its title alone: the title names the minutes, while the date is the
   * posting date and the categories are the website's.
   */
  static String frontMatter(String text) {
    Matcher block = FRONT_MATTER.matcher(text);
    if (!block.find()) {
      return text;
    }
    Matcher title = TITLE.matcher(block.group(1));
    String kept = title.find() ? title.group(1) + "\n\n" : "";
    return kept + text.substring(block.end());
  }

  /** Whether the whole line is in italics: "*I will move at the next meeting that …*". */
  static boolean isEmphasised(String line) {
    return EMPHASISED_LINE.matcher(BOLD.matcher(line).replaceAll("")).matches();
  }

  /** One line without Markdown marks; empty when the line was only a source link. */
  static String line(String line) {
    if (LINK_LINE.matcher(line).matches()) {
      return "";
    }
    Matcher heading = HEADING.matcher(line.strip());
    String text = heading.matches() ? heading.group(1) : line;
    text = LINK.matcher(text).replaceAll("$1");
    text = BOLD.matcher(text).replaceAll("");
    text = ITALIC.matcher(text).replaceAll("$1");
    text = HTML_TAG.matcher(text).replaceAll("");
    text = ESCAPE.matcher(text).replaceAll("$1");
    return text.strip();
  }
}
