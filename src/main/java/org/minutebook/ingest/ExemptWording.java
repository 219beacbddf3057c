package org.minutebook.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording by which councils mark business as exempt from publication (in England, the Local
 * Government Act 1972, Schedule 12A): "not for publication", "Part 2" headings, "exempt
 * information" under Schedule 12A, "confidential" item and appendix headings, and the resolution
 * that the press and public be excluded. Each test is pure and gives the words it matched, which
 * become the item's recorded reason. Negated wording ("there were no Part 2 items", "exempt items:
 * none") matches nothing.
 */
final class ExemptWording {
  /** Longer than this, a paragraph is text rather than a heading or a banner line. */
  static final int HEADING_MAX = 150;

  /** How much of a match's surroundings is read for a negation. */
  private static final int NEGATION_BEFORE = 40;

  private static final int NEGATION_AFTER = 30;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String PRESS_AND_PUBLIC =
      "(?:(?:the\\s+)?press\\s+(?:and|&)\\s+(?:the\\s+)?public|(?:the\\s+)?public\\s+(?:and|&)\\s+"
          + "(?:the\\s+)?press)";

  private static final Pattern NOT_FOR_PUBLICATION =
      Pattern.compile("\\bnot\\s+for\\s+publication\\b", FLAGS);

  private static final Pattern EXEMPT_INFORMATION =
      Pattern.compile("\\bexempt\\s+information\\b", FLAGS);

  private static final Pattern SCHEDULE_12A = Pattern.compile("\\bschedule\\s+12\\s?a\\b", FLAGS);

  /** A heading that starts by saying what the item is: "CONFIDENTIAL – Staffing", "Exempt:". */
  private static final Pattern HEADING_START =
      Pattern.compile(
          "^[\\W\\d]*(?:private\\s+(?:and|&)\\s+)?(?:confidential|exempt)\\b\\s*(?:[:\\-–—(\\[]|$"
              + "|appendix|appendices|annexe?|items?|reports?|minutes?|information|business"
              + "|session|matters?|papers?)",
          FLAGS);

  /** A confidential or exempt paper named anywhere in a heading: "Confidential appendix 2". */
  private static final Pattern HEADING_PAPER =
      Pattern.compile(
          "\\b(?:confidential|exempt)\\s+(?:appendix|appendices|annexe?|items?|reports?|minutes?"
              + "|business|session|papers?)\\b|\\bexempt\\s+information\\b"
              + "|\\(\\s*(?:confidential|exempt|not\\s+for\\s+publication)[^)]*\\)",
          FLAGS);

  /** An appendix's own heading that says it is exempt: "Appendix B - Confidential". */
  private static final Pattern HEADING_APPENDIX =
      Pattern.compile(
          "^[\\W\\d]*(?:appendix|annexe?)\\b[^:\\-–—(]{0,20}[:\\-–—(]\\s*(?:confidential|exempt"
              + "|not\\s+for\\s+publication)\\b",
          FLAGS);

  private static final Pattern PART_TWO =
      Pattern.compile("^[\\W\\d]*part\\s+(?:2|ii|two)\\b(?!\\s*(?:of|to|in)\\b)", FLAGS);

  /**
   * What makes a "Part 2" line the exempt part rather than the second part of a report ("Part 2:
   * Improving the network"): the marker alone, "Part 2 items", or words of exempt business.
   */
  private static final Pattern PART_TWO_EXEMPT =
      Pattern.compile(
          "^[\\W\\d]*part\\s+(?:2|ii|two)(?:\\W*$|\\s+items?\\b)|\\b(?:exempt|confidential|private"
              + "|closed|restricted|not\\s+for\\s+publication|not\\s+open|press\\s+(?:and|&)\\s+(?:the\\s+)?"
              + "public|public\\s+(?:be\\s+|are\\s+|were\\s+)?excluded|exclusion)\\b",
          FLAGS);

  private static final Pattern PART_ONE =
      Pattern.compile("^[\\W\\d]*part\\s+(?:1|i|one)\\b(?!\\s*(?:of|to|in)\\b)", FLAGS);

  private static final Pattern EXCLUSION =
      Pattern.compile(
          "\\b"
              + PRESS_AND_PUBLIC
              + "\\s+(?:be|are|were|was|being|is)\\s+(?:now\\s+|hereby\\s+)?excluded\\b"
              + "|\\bexclu(?:de|ding|sion\\s+of)\\s+"
              + PRESS_AND_PUBLIC
              + "\\b",
          FLAGS);

  private static final Pattern READMISSION =
      Pattern.compile(
          "\\b(?:"
              + PRESS_AND_PUBLIC
              + "|public)\\s+(?:were|was|are|be)\\s+(?:re-?admitted|invited\\s+(?:back|to\\s+return)"
              + "|allowed\\s+back)\\b|\\bre-?admi(?:ssion|tted)\\s+(?:of\\s+)?(?:the\\s+)?(?:press"
              + "|public)\\b",
          FLAGS);

  /** The paper this wording is about is an appendix, not the item itself. */
  private static final Pattern APPENDIX =
      Pattern.compile("\\b(?:appendix|appendices|annexe?|background\\s+papers?)\\b", FLAGS);

  private static final Pattern NEGATION_BEFORE_MATCH =
      Pattern.compile("\\b(?:no|none|nil|without|neither|nor)\\b", FLAGS);

  private static final Pattern NEGATION_AFTER_MATCH =
      Pattern.compile(
          "\\b(?:none|nil|not\\s+required|not\\s+needed|not\\s+applicable|n/a)\\b", FLAGS);

  private static final int QUOTED_MAX = 80;

  private ExemptWording() {}

  /**
   * A heading (an item's title, or a short line) that marks the paper as confidential, exempt or
   * not for publication: the words, or empty. A heading that excludes the press and public is the
   * procedural item's and is not one.
   */
  static Optional<String> exemptHeading(String line) {
    if (line == null || line.length() > HEADING_MAX || EXCLUSION.matcher(line).find()) {
      return Optional.empty();
    }
    for (Pattern p :
        new Pattern[] {HEADING_START, HEADING_APPENDIX, NOT_FOR_PUBLICATION, HEADING_PAPER}) {
      Optional<String> found = unnegated(p, line);
      if (found.isPresent()) {
        return Optional.of(quoted(line));
      }
    }
    return Optional.empty();
  }

  /** Whether a heading line is about an appendix (a list of papers may name a confidential one). */
  static boolean aboutAnAppendix(String line) {
    return APPENDIX.matcher(line).find();
  }

  /**
   * A statement in running text that the item itself is exempt: "not for publication", or "exempt
   * information" with "Schedule 12A". Not when it is about an appendix or background paper (the
   * item is public, its appendix is not), nor in the resolution that excludes the press and public
   * (that item is procedural and public).
   */
  static Optional<String> exemptStatement(String paragraph) {
    if (EXCLUSION.matcher(paragraph).find() || APPENDIX.matcher(paragraph).find()) {
      return Optional.empty();
    }
    Optional<String> notForPublication = unnegated(NOT_FOR_PUBLICATION, paragraph);
    if (notForPublication.isPresent()) {
      return notForPublication;
    }
    Optional<String> exempt = unnegated(EXEMPT_INFORMATION, paragraph);
    Matcher schedule = SCHEDULE_12A.matcher(paragraph);
    if (exempt.isPresent() && schedule.find()) {
      return Optional.of("exempt information … " + schedule.group());
    }
    return Optional.empty();
  }

  /**
   * A "Part 2" / "Part II" heading line of exempt business ("PART 2", "Part II – exempt items"):
   * the line, or empty.
   */
  static Optional<String> partTwoHeading(String line) {
    if (line == null || line.length() > HEADING_MAX || !PART_TWO_EXEMPT.matcher(line).find()) {
      return Optional.empty();
    }
    return unnegated(PART_TWO, line).map(m -> quoted(line));
  }

  /** A "Part 1" / "Part I" heading line: the public part of a meeting (again). */
  static boolean partOneHeading(String line) {
    return line != null && line.length() <= HEADING_MAX && PART_ONE.matcher(line).find();
  }

  /** The resolution (or heading) that excludes the press and public: the words, or empty. */
  static Optional<String> exclusion(String text) {
    return text == null ? Optional.empty() : unnegated(EXCLUSION, text);
  }

  /** Whether the press and public are let back in: the end of the exempt part. */
  static boolean readmission(String text) {
    return text != null && READMISSION.matcher(text).find();
  }

  /** The first match of {@code pattern} that no nearby word negates, or empty. */
  private static Optional<String> unnegated(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - NEGATION_BEFORE), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + NEGATION_AFTER));
      if (!NEGATION_BEFORE_MATCH.matcher(before).find()
          && !NEGATION_AFTER_MATCH.matcher(after).find()) {
        return Optional.of(m.group().strip().toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  /** A line as a reason quotes it: on one line, cut to a readable length. */
  static String quoted(String line) {
    String one = line.strip().replaceAll("\\s+", " ");
    return one.length() <= QUOTED_MAX ? one : one.substring(0, QUOTED_MAX - 1) + "…";
  }
}
