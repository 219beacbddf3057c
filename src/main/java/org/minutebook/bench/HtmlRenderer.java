package org.minutebook.bench;

import java.nio.charset.StandardCharsets;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;

/**
 * A simple page in the manner of ModernGov's printed minutes: the council in {@code <h1>}, the
 * meeting's heading, an {@code <h2>} per agenda item and a {@code <p>} per paragraph.
 */
final class HtmlRenderer implements Renderer {
  @Override
  public byte[] render(Minutes minutes, Meeting meeting) {
    StringBuilder out = new StringBuilder(12_288);
    out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(
            escape(
                meeting.committee().facetName() + " - " + LongDates.dayMonthYear(meeting.date())))
        .append("</title>\n<meta name=\"description\" content=\"")
        .append(escape(minutes.notice()))
        .append("\">\n</head>\n<body>\n<div id=\"modgov\">\n");
    element(out, "h1", minutes.council());
    out.append("<p class=\"mgSubTitle\">").append(escape(minutes.heading())).append("</p>\n");
    for (Item item : minutes.items()) {
      element(out, "h2", item.heading());
      for (Block block : item.blocks()) {
        block(out, block);
      }
    }
    out.append("<p class=\"mgNotice\"><em>").append(escape(minutes.notice())).append("</em></p>\n");
    out.append("</div>\n</body>\n</html>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void block(StringBuilder out, Block block) {
    switch (block.style()) {
      case LABEL ->
          out.append("<p><strong>").append(escape(block.text())).append("</strong></p>\n");
      case LIST ->
          out.append("<p class=\"mgIndent\">").append(escape(block.text())).append("</p>\n");
      default -> element(out, "p", block.text());
    }
  }

  private static void element(StringBuilder out, String tag, String text) {
    out.append('<')
        .append(tag)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(tag)
        .append(">\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
