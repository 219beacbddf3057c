package org.minutebook.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.SectionKind;

/**
 * Reads one paragraph of a RESOLVED, RECOMMENDATIONS or ACTIONS section as a point: its number
 * ("1.", "a)", "(ii)", a bullet), its words, and whether it is a decision at all or only the line
 * that introduces the points ("RESOLVED:", "That the Committee", "It was resolved that:").
 */
final class DecisionPoints {
  /** A point's number (null for a bullet or none) and its words without it. */
  record Point(String number, String text) {}

  private static final Pattern MARKER =
      Pattern.compile(
          "^\\s*(?:\\(?([0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]|\\(([0-9]{1,2}|[a-zA-Z]|[ivx]{1,4})\\)"
              + "|[•·▪◦*–-])\\s+(?=\\S)");

  /** Lines that only open a list of points. */
  private static final Pattern INTRODUCER =
      Pattern.compile(
          "(?i)^[\"“]?(?:(?:it was |and |the committee )?(?:resolved|agreed|decided)(?: that)?"
              + "|decisions?(?: taken)?|recommendations?|actions?(?: agreed)?|resolutions?"
              + "|(?:the )?(?:committee|cabinet|council|board|panel|members) (?:resolved|agreed|recommended)(?: that)?)\\s*[:;,.–—-]*$");

  /** How an unnumbered decision opens: "That…", "Resolved…", or an imperative verb. */
  private static final Pattern DECISION_OPENING =
      Pattern.compile(
          "(?i)^[\"“]?(?:that\\b|resolved|agreed|it was (?:resolved|agreed)|(?:the )?(?:committee|cabinet|council|board|panel)\\b"
              + "|note\\b|approve|agree\\b|endorse|adopt|accept|authori[sz]e|recommend|refer\\b|defer"
              + "|request\\b|ask\\b|delegate|instruct|confirm|appoint|grant|refuse|reject"
              + "|(?:[0-9]+\\. )?the appeal)");

  private static final int LONG_WORDS = 60;

  private DecisionPoints() {}

  /** A person's initial, not a point's letter: "P. Norris proposed…". */
  private static final Pattern INITIAL =
      Pattern.compile("^\\s*[A-Z]\\.\\s?[A-Z][a-z’'-]+\\s+[a-z]");

  /** {@code text} split into its number and its words. */
  static Point point(String text) {
    Matcher m = MARKER.matcher(text);
    if (!m.find() || INITIAL.matcher(text).find()) {
      return new Point(null, text.strip());
    }
    String number = m.group(1) != null ? m.group(1) : m.group(2);
    return new Point(number, text.substring(m.end()).strip());
  }

  /**
   * Whether {@code point} in {@code section} records a decision: not an introducer, and either
   * numbered, or worded like one and not a long stretch of narrative that happens to sit under the
   * heading.
   */
  static boolean isDecision(Point point, SectionKind section) {
    String text = point.text();
    if (text.isEmpty() || isIntroducer(text, section)) {
      return false;
    }
    if (point.number() != null) {
      return true;
    }
    if (DECISION_OPENING.matcher(text).find()) {
      return true;
    }
    return words(text) <= LONG_WORDS
        && DecisionOutcomes.classify(text, SectionKind.DISCUSSION) != DecisionOutcome.OTHER;
  }

  /** Whether {@code text} only opens the points that follow it. */
  static boolean isIntroducer(String text, SectionKind section) {
    String t = text.strip();
    if (t.endsWith(":") || INTRODUCER.matcher(t).matches()) {
      return true;
    }
    return words(t) <= 8
        && !t.matches("(?is).*\\b(?:be|is|are|was|were|to)\\b.*")
        && DecisionOutcomes.classify(t, SectionKind.DISCUSSION) == DecisionOutcome.OTHER;
  }

  static int words(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
