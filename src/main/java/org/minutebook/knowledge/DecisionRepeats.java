package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

  private DecisionRepeats() {}

  /** {@code drafts} without the ones that repeat an earlier draft. */
  static List<DecisionDraft> withoutRepeats(List<DecisionDraft> drafts) {
    List<DecisionDraft> kept = new ArrayList<>(drafts.size());
    List<String> keys = new ArrayList<>(drafts.size());
    for (DecisionDraft d : drafts) {
      String key = key(d.text());
      if (!repeats(d.text(), key, keys)) {
        kept.add(d);
      }
      keys.add(key);
    }
    return kept;
  }

  private static boolean repeats(String text, String key, List<String> earlier) {
    boolean cut = text.contains("...") || text.contains("…");
    String head = cut ? CUT.matcher(key).replaceFirst("") : key;
    if (cut && DecisionPoints.words(head) < MIN_CUT_WORDS) {
      return false;
    }
    for (String e : earlier) {
      if (e.equals(key) || (cut && e.contains(head))) {
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
