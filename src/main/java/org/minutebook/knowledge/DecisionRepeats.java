package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/**
 * Drops a decision an item records twice. ModernGov pages print the decision in a "Decision:" panel
 * and again in the minutes, word for word or cut short ("it was RESOLVED that the decision on …
 * view the full minutes text"); the first place it stands is kept.
 */
final class DecisionRepeats {
  /** The words that only introduce a resolution, and the joints that end a point. */
  private static final Pattern LEAD_IN =
      Pattern.compile("^(?:therefore,?\\s+)?(?:it was\\s+)?resolved(?:\\s+that)?\\s*[:,–-]?\\s*");

  private static final Pattern TAIL = Pattern.compile("[\\s;:,.]*(?:\\band)?[\\s;:,.]*$");
  private static final Pattern CUT = Pattern.compile("\\s*(?:\\.\\.\\.|…).*$");
  private static final int MIN_CUT_WORDS = 6;

  /** A line that moves a motion: "Proposed by Councillor A;", "Moved: Cllr B". */
  private static final Pattern MOVED =
      Pattern.compile("(?i)^\\s*(?:proposed|moved|seconded)(?:\\s+by)?\\s*[:;,]?\\s+\\S");

  private DecisionRepeats() {}

  /**
   * {@code drafts} without the ones that repeat an earlier draft. The same words resolved again
   * after a new motion was moved ("Proposed by …" between two "That the draft Minutes … be
   * adopted") are a second resolution, not a repeat; {@code paragraphs} are the item's, in order.
   */
  static List<DecisionDraft> withoutRepeats(
      List<DecisionDraft> drafts, List<Paragraph> paragraphs) {
    List<DecisionDraft> kept = new ArrayList<>(drafts.size());
    List<String> keys = new ArrayList<>(drafts.size());
    for (DecisionDraft d : drafts) {
      String key = key(d.text());
      int earlier = repeats(d.text(), key, keys);
      if (earlier < 0 || newMotion(drafts.get(earlier), d, paragraphs)) {
        kept.add(d);
      }
      keys.add(key);
    }
    return kept;
  }

  /** The index of the earlier draft {@code text} repeats, or -1. */
  private static int repeats(String text, String key, List<String> earlier) {
    boolean cut = text.contains("...") || text.contains("…");
    String head = cut ? CUT.matcher(key).replaceFirst("") : key;
    if (cut && DecisionPoints.words(head) < MIN_CUT_WORDS) {
      return -1;
    }
    for (int i = 0; i < earlier.size(); i++) {
      String e = earlier.get(i);
      if (e.equals(key) || (cut && e.contains(head))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a motion was moved in its own line between formal points {@code a} and {@code b}. */
  private static boolean newMotion(DecisionDraft a, DecisionDraft b, List<Paragraph> paragraphs) {
    if (a.paragraph().section() == SectionKind.DISCUSSION
        || b.paragraph().section() == SectionKind.DISCUSSION
        || a.paragraph().section() == SectionKind.OTHER
        || b.paragraph().section() == SectionKind.OTHER) {
      return false;
    }
    int from = paragraphs.indexOf(a.paragraph());
    int to = paragraphs.indexOf(b.paragraph());
    for (int i = from + 1; i >= 1 && i < to; i++) {
      if (MOVED.matcher(paragraphs.get(i).text()).find()) {
        return true;
      }
    }
    return false;
  }

  private static String key(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    t = LEAD_IN.matcher(t).replaceFirst("");
    return TAIL.matcher(t).replaceFirst("");
  }
}
