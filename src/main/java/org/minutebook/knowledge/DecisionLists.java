package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.SectionKind;

/**
 * Reads the points of a list that a decision introduces ("it was agreed to allocate the following:
 * • €500 to … • €300 to …", "RESOLVED: 1. Note the report. 2. Approve the plan."), whether they run
 * on in one paragraph, as raw text often prints them, or stand one per paragraph. Points are split
 * only at markers that follow each other (1. then 2., a) then b), one bullet then the same bullet),
 * so that a sum or a section number inside a point does not cut it. Pure and stateless.
 */
final class DecisionLists {
  /** A point's marker standing after white space: a bullet, "1.", "a)", "(ii)". */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?<=^|\\s)(?:([•·▪◦])|\\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]|\\(([0-9]{1,2}|[a-z]|[ivx]{1,4})\\))\\s+(?=\\S)");

  /** The colon that ends an introducer, before the first point or at the end of the text. */
  private static final Pattern INTRO_END =
      Pattern.compile(":-?\\s*(?=$|[•·▪◦]\\s|\\(?(?:1|a|i)[.)]\\s|\\((?:1|a|i)\\)\\s)");

  /**
   * Words by which an introducer says its points were decided ("it was agreed to allocate the
   * following:", "The following were approved:"); work "carried out" is not a decision.
   */
  private static final Pattern DECIDED =
      Pattern.compile(
          "(?i)\\b(?:resolved|agreed|decided|carried(?!\\s+out)|approved|adopted|allocated|endorsed"
              + "|consented)\\b|\\bthe following\\b[^.]*\\b(?:were|was|be|been|being)\\s+noted\\b");

  private static final Pattern UNDECIDED =
      Pattern.compile(
          "(?i)\\b(?:may|might|could|would|if|whether|should)\\s+(?:be\\s+)?(?:resolved|agreed|approved)\\b|\\brequest"
              + "|\\b(?:points?|comments?|issues?|questions?|concerns?)\\b");

  private static final int MAX_INTRO_WORDS = 25;

  private static final String ROMAN = " i ii iii iv v vi vii viii ix x xi xii ";

  /** Where an introduced list starts in a text: the introducer and the points after it. */
  record Split(String head, String introducer, List<DecisionPoints.Point> points) {}

  private DecisionLists() {}

  /**
   * {@code text} cut at the first introducer of decided points it holds, or null when it holds
   * none. {@code head} is the text before the introducer's colon (the introducer's own sentence
   * included), {@code points} the points that follow it in the same text (empty when the list goes
   * on in the next paragraphs).
   */
  static Split split(String text) {
    if (text.indexOf(':') < 0) {
      return null;
    }
    Matcher m = INTRO_END.matcher(text);
    while (m.find()) {
      String head = text.substring(0, m.start());
      List<String> sentences = Sentences.texts(head);
      if (sentences.isEmpty()) {
        continue;
      }
      String introducer = sentences.getLast();
      if (introduces(introducer)) {
        return new Split(head, introducer, points(text.substring(m.end())));
      }
    }
    return null;
  }

  /** Whether {@code sentence}, without its colon, says that the points after it were decided. */
  static boolean introduces(String sentence) {
    String s = sentence.strip();
    return !UNDECIDED.matcher(s).find() && DECIDED.matcher(s).find();
  }

  /**
   * The outcome of a point of a list: the introducer's when it says more than that the points were
   * agreed ("the following were noted:", "… recommended:"), else the point's own words, else
   * approval.
   */
  static DecisionOutcome outcome(String point, String introducer, SectionKind section) {
    DecisionOutcome intro = DecisionOutcomes.classify(introducer, section);
    if (intro != DecisionOutcome.APPROVED && intro != DecisionOutcome.OTHER) {
      return intro;
    }
    DecisionOutcome own = DecisionOutcomes.classify(point, section);
    return own != DecisionOutcome.OTHER ? own : DecisionOutcome.APPROVED;
  }

  /**
   * The points of a paragraph of a RESOLVED, RECOMMENDATIONS or ACTIONS section that holds more
   * than one ("1. Note the report. 2. Approve the plan.", "RESOLVED that: (a) … (b) …"), its
   * introducer (empty when there is none) apart; null when it holds one point or none.
   */
  static Split formalPoints(String text) {
    List<DecisionPoints.Point> direct = points(text);
    if (direct.size() > 1) {
      return new Split("", "", direct);
    }
    Matcher m = INTRO_END.matcher(text);
    while (m.find()) {
      String head = text.substring(0, m.start());
      if (m.end() < text.length() && DecisionPoints.words(head) <= MAX_INTRO_WORDS) {
        List<DecisionPoints.Point> after = points(text.substring(m.end()));
        if (after.size() > 1) {
          return new Split(head, head, after);
        }
      }
    }
    return null;
  }

  /** Whether {@code text} opens with a point's marker. */
  static boolean isPoint(String text) {
    Matcher m = MARKER.matcher(text);
    return m.find() && m.start() == leading(text);
  }

  /**
   * The points of {@code text}, which starts with a marker: split at each marker that follows the
   * one before. Empty when {@code text} does not start with a marker; one point when no second
   * marker follows.
   */
  static List<DecisionPoints.Point> points(String text) {
    Matcher m = MARKER.matcher(text);
    if (!m.find() || m.start() != leading(text)) {
      return List.of();
    }
    List<DecisionPoints.Point> out = new ArrayList<>();
    String marker = marker(m);
    String number = m.group(1) != null ? null : marker;
    int from = m.end();
    while (m.find()) {
      String next = marker(m);
      if (follows(marker, next)) {
        out.add(new DecisionPoints.Point(number, clean(text.substring(from, m.start()))));
        marker = next;
        number = m.group(1) != null ? null : next;
        from = m.end();
      }
    }
    out.add(new DecisionPoints.Point(number, clean(text.substring(from))));
    out.removeIf(p -> p.text().isEmpty());
    return out;
  }

  private static int leading(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String marker(Matcher m) {
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  /** Whether marker {@code next} is the one that comes after {@code previous}. */
  static boolean follows(String previous, String next) {
    if (previous.length() == 1 && "•·▪◦".contains(previous)) {
      return previous.equals(next);
    }
    if (previous.chars().allMatch(Character::isDigit)
        && next.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(next) == Integer.parseInt(previous) + 1;
    }
    String p = previous.toLowerCase(Locale.ROOT);
    String n = next.toLowerCase(Locale.ROOT);
    int at = ROMAN.indexOf(" " + p + " ");
    if (at >= 0 && ROMAN.startsWith(" " + n + " ", at + p.length() + 1)) {
      return true;
    }
    return p.length() == 1 && n.length() == 1 && n.charAt(0) == p.charAt(0) + 1;
  }

  private static String clean(String point) {
    return point.strip().replaceAll("[;,]?\\s*(?:\\band|\\bor)?\\s*$", "").strip();
  }
}
