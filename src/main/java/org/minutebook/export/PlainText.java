package org.minutebook.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the API's HTML snippets, for places that are not HTML (CSV cells, feed
 * summaries): the {@code <mark>} tags dropped and character references decoded, in one pass so that
 * an escaped reference in the text ("&amp;lt;") stays as written ("&lt;").
 */
public final class PlainText {
  private static final Pattern MARK = Pattern.compile("</?mark>");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));");

  private PlainText() {}

  /** {@code html}, a snippet with matches in {@code <mark>}, as plain text; null gives "". */
  public static String fromSnippet(String html) {
    if (html == null) {
      return "";
    }
    String unmarked = MARK.matcher(html).replaceAll("");
    Matcher m = REFERENCE.matcher(unmarked);
    StringBuilder out = new StringBuilder(unmarked.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String decode(Matcher m) {
    if (m.group(3) != null) {
      return switch (m.group(3)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        default -> "'";
      };
    }
    int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
    return Character.isValidCodePoint(code) ? Character.toString(code) : m.group();
  }

  /**
   * {@code text} without the characters XML 1.0 cannot hold (controls other than tab and line ends,
   * lone surrogates, U+FFFE and U+FFFF): a feed must stay well-formed whatever a document or a
   * query contains.
   */
  public static String forXml(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(PlainText::allowedInXml).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
