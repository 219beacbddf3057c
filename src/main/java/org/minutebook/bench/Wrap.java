package org.minutebook.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Wraps a paragraph to a width. A line never starts with a figure, a bracket or a capital when it
 * can be avoided: lines that start so are read as list entries or headings when the text is taken
 * back out of the PDF, so the break goes before a word in lower case instead.
 */
final class Wrap {
  /** How many words a break may move back, so that lines stay nearly full. */
  private static final int LOOK_BACK = 8;

  private Wrap() {}

  static List<String> lines(String text, PDFont font, float size, float width) throws IOException {
    String[] words = text.split(" ");
    float space = font.getStringWidth(" ") * size / 1000;
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < words.length) {
      int end = fitting(words, start, font, size, space, width);
      if (end < words.length) {
        end = goodBreak(words, start, end);
      }
      lines.add(String.join(" ", Arrays.copyOfRange(words, start, end)));
      start = end;
    }
    return lines;
  }

  /** The end of the longest run of words from {@code start} that fits, at least one word. */
  private static int fitting(
      String[] words, int start, PDFont font, float size, float space, float width)
      throws IOException {
    float used = 0;
    int end = start;
    while (end < words.length) {
      float word = font.getStringWidth(words[end]) * size / 1000;
      if (end > start && used + space + word > width) {
        break;
      }
      used += (end > start ? space : 0) + word;
      end++;
    }
    return end;
  }

  /** The latest break at or before {@code end} that puts a lower-case word first on the line. */
  private static int goodBreak(String[] words, int start, int end) {
    for (int at = end; at > Math.max(start + 1, end - LOOK_BACK); at--) {
      String next = words[at];
      if (Character.isLowerCase(next.codePointAt(0)) && !next.equals("o")) {
        return at;
      }
    }
    return end;
  }
}
