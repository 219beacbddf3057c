package org.minutebook.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionOutcome;

/**
 * Reads a vote recorded with its tally ("put to the vote: those in favour were two and those
 * against was six", "on a vote, 5 in favour and 3 against"): the side with more votes decides. Pure
 * and stateless.
 */
final class DecisionVotes {
  private static final int TALLY_WORDS = 12;

  /** A vote recorded without its motion: "All ayes.", "Carried unanimously.", "Ayes: 5". */
  private static final Pattern BARE_VOTE =
      Pattern.compile(
          "(?i)^(?:all (?:ayes|in favou?r|agreed|voted in favou?r)|ayes?\\b.{0,40}|unanimous(?:ly)?(?: agreed| carried)?"
              + "|carried(?: unanimously)?(?: [0-9]{1,2}\\s*[-–]\\s*[0-9]{1,2})?|agreed|passed|approved)\\s*[.!]?$");

  private static final String COUNT =
      "([0-9]{1,2}|zero|none|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

  private static final Pattern FOR_AFTER =
      Pattern.compile("(?i)\\bin favou?r\\b\\W{0,3}(?:(?:was|were|being)\\s+)?" + COUNT + "\\b");
  private static final Pattern FOR_BEFORE =
      Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:votes?\\s+|members?\\s+|were\\s+)?in favou?r\\b");
  private static final Pattern AGAINST_AFTER =
      Pattern.compile("(?i)\\bagainst\\b\\W{0,3}(?:(?:was|were|being)\\s+)?" + COUNT + "\\b");
  private static final Pattern AGAINST_BEFORE =
      Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:votes?\\s+|members?\\s+|were\\s+)?against\\b");

  /** A tally in columns: "For 5, Against 2", "Ayes: 4 Nays: 1". */
  private static final Pattern FOR_COLUMN =
      Pattern.compile("(?i)\\b(?:for|ayes?|yes)\\s*[:=-]?\\s*([0-9]{1,2})\\b");

  private static final Pattern AGAINST_COLUMN =
      Pattern.compile("(?i)\\b(?:against|nays?|noes)\\s*[:=-]?\\s*([0-9]{1,2})\\b");

  private static final List<String> WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve");

  private DecisionVotes() {}

  /**
   * The outcome the tally in {@code sentence} gives (approved when more voted for than against,
   * else rejected), or null when it records no vote with both counts.
   */
  static DecisionOutcome tally(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean favour = lower.contains("favo") && lower.contains("against");
    if (!favour && !lower.contains("nay") && !lower.contains("against")) {
      return null;
    }
    Integer yes = favour ? count(sentence, FOR_AFTER, FOR_BEFORE) : null;
    Integer no = favour ? count(sentence, AGAINST_AFTER, AGAINST_BEFORE) : null;
    if (yes == null || no == null) {
      yes = count(sentence, FOR_COLUMN, FOR_COLUMN);
      no = count(sentence, AGAINST_COLUMN, AGAINST_COLUMN);
    }
    if (yes == null || no == null) {
      return null;
    }
    return yes > no ? DecisionOutcome.APPROVED : DecisionOutcome.REJECTED;
  }

  private static Integer count(String sentence, Pattern after, Pattern before) {
    Matcher m = after.matcher(sentence);
    if (m.find()) {
      return number(m.group(1));
    }
    m = before.matcher(sentence);
    return m.find() ? number(m.group(1)) : null;
  }

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("none") || w.equals("no")) {
      return 0;
    }
    int at = WORDS.indexOf(w);
    return at >= 0 ? at : Integer.parseInt(w);
  }

  /** Whether {@code sentence} only reports the vote on the motion the previous sentence moved. */
  static boolean isBareOutcome(String sentence) {
    return sentence.matches(
            "(?i)^(?:(?:the )?(?:motion|amendment|proposal)|this|that)\\s+(?:was\\s+)?"
                + "(?:(?:duly\\s+)?seconded(?:\\s+by\\s+[^,.;]{1,60}?)?,?\\s+(?:and\\s+)?(?:was\\s+)?)?"
                + "(?:carried|passed|approved|adopted|agreed|failed|defeated|fell|lost)\\b.{0,40}$")
        || BARE_VOTE.matcher(sentence).matches()
        || isBareTally(sentence);
  }

  /** Whether {@code sentence} is a short tally and nothing else ("For 5, against 2."). */
  static boolean isBareTally(String sentence) {
    return DecisionPoints.words(sentence) <= TALLY_WORDS && tally(sentence) != null;
  }
}
