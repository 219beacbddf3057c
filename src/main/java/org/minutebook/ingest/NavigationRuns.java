package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops a web page's menus: long runs of short link labels before the first sentence of the text or
 * after its last. Pages that are nothing but short lines (lists of meetings, committee directories)
 * keep everything: their links are their content.
 */
final class NavigationRuns {
  private static final int SHORT_CHARS = 40;
  private static final int SHORT_WORDS = 5;
  private static final int MIN_RUN = 8;
  private static final int SUBSTANTIAL_CHARS = 60;
  private static final int MIN_SUBSTANTIAL = 5;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]?$");
  private static final Pattern FOOTER_LABEL =
      Pattern.compile(
          "^(?:home|contact(?: us)?|privacy(?: policy| statement)?|terms(?: of use)?|sitemap"
              + "|site map|accessibility|cookies|disclaimer|quick links)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private NavigationRuns() {}

  static List<Line> strip(List<Line> lines) {
    int first = -1;
    int last = -1;
    int substantial = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (isSubstantial(lines.get(i).text())) {
        first = first < 0 ? i : first;
        last = i;
        substantial++;
      }
    }
    if (substantial < MIN_SUBSTANTIAL) {
      return lines;
    }
    boolean[] drop = new boolean[lines.size()];
    markRuns(lines, 0, first, false, drop);
    // After the text, a run of short lines may be a closing list (members, papers): only a run
    // with the labels of a site's footer is dropped there.
    markRuns(lines, last + 1, lines.size(), true, drop);
    List<Line> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!drop[i]) {
        kept.add(lines.get(i));
      }
    }
    return kept;
  }

  private static void markRuns(
      List<Line> lines, int from, int to, boolean needFooter, boolean[] drop) {
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i < to && isShort(lines.get(i).text())) {
        continue;
      }
      if (i - start >= MIN_RUN && (!needFooter || hasFooterLabel(lines, start, i))) {
        for (int j = start; j < i; j++) {
          drop[j] = true;
        }
      }
      start = i + 1;
    }
  }

  private static boolean hasFooterLabel(List<Line> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (FOOTER_LABEL.matcher(lines.get(i).text()).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isShort(String text) {
    return text.length() <= SHORT_CHARS
        && WORDS.split(text).length <= SHORT_WORDS
        && !SENTENCE_END.matcher(text).find();
  }

  private static boolean isSubstantial(String text) {
    return text.length() >= SUBSTANTIAL_CHARS
        || (SENTENCE_END.matcher(text).find() && WORDS.split(text).length >= SHORT_WORDS);
  }
}
