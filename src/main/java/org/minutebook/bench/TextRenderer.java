package org.minutebook.bench;

import java.nio.charset.StandardCharsets;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;

/** Plain text, UTF-8: a paragraph per line, paragraphs separated by blank lines. */
final class TextRenderer implements Renderer {
  @Override
  public byte[] render(Minutes minutes, Meeting meeting) {
    StringBuilder out = new StringBuilder(8_192);
    paragraph(out, minutes.council());
    paragraph(out, minutes.heading());
    for (Item item : minutes.items()) {
      paragraph(out, item.heading());
      for (Block block : item.blocks()) {
        paragraph(out, block.text());
      }
    }
    out.append(minutes.notice()).append('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void paragraph(StringBuilder out, String text) {
    out.append(text).append("\n\n");
  }
}
