package org.minutebook.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the Markdown that plain-text minutes often carry when a website or a PDF converter wrote
 * them: YAML front matter, backslash escapes, bold marks and links. Only plain text gets this.
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

  private Markdown() {}

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
    String text = LINK.matcher(line).replaceAll("$1");
    text = BOLD.matcher(text).replaceAll("");
    text = ITALIC.matcher(text).replaceAll("$1");
    text = HTML_TAG.matcher(text).replaceAll("");
    text = ESCAPE.matcher(text).replaceAll("$1");
    return text.strip();
  }
}
