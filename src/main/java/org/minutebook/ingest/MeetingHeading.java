package org.minutebook.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body whose meeting a heading records: "Minutes of the Meeting of the Planning Committee held
 * on…", "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD…",
 * "Minutes of Stoke Ferry Parish Council Meeting held…", "A meeting of the Audit Committee will be
 * held". Such a heading is one sentence even when a PDF breaks it into many lines, so it is read
 * with line breaks as spaces.
 *
 * @param body the body as written, tidied ("Metropolitan District of Limerick")
 * @param words the heading's words, for evidence
 */
record MeetingHeading(String body, String words) {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String WEEKDAY = DateWords.WEEKDAY;
  private static final String END =
      "\\s*,?\\s+(?:held|which\\s+was\\s+held|will\\s+be\\s+held|to\\s+be\\s+held|was\\s+held"
          + "|on\\s+"
          + WEEKDAY
          + "|on\\s+the\\s+\\d|at\\s+\\d)\\b";

  private static final List<Pattern> PATTERNS =
      List.of(
          // Minutes of [proceedings at] [the] [special] meeting of [the] BODY held …
          Pattern.compile(
              "\\bminutes\\s+of\\s+(?:proceedings\\s+(?:at|of)\\s+)?(?:the\\s+|an?\\s+)?"
                  + "(?:[\\p{L}-]+\\s+){0,4}?meeting\\s+of\\s+(?:the\\s+)?(.{3,140}?)"
                  + END,
              FLAGS),
          // Minutes of [the] BODY [annual] meeting held …
          Pattern.compile("\\bminutes\\s+of\\s+(?:the\\s+)?(.{3,80}?)\\s+meeting" + END, FLAGS),
          // A [regular] meeting of [the] BODY will be held / was held
          Pattern.compile(
              "\\ban?\\s+(?:regular\\s+|special\\s+|ordinary\\s+)?meeting\\s+of\\s+(?:the\\s+)?"
                  + "(.{3,90}?)\\s+(?:will\\s+be\\s+|was\\s+|to\\s+be\\s+)?held\\b",
              FLAGS));

  private static final Pattern NOT_A_BODY =
      Pattern.compile("\\b(?:minutes|held|meeting of|agenda)\\b", FLAGS);

  /** "the minutes of the last meeting", "approval of the minutes of": other meetings' minutes. */
  private static final Pattern OTHER_MINUTES =
      Pattern.compile(
          "\\b(?:the|approv\\w*|confirm\\w*|adopt\\w*|sign\\w*|receiv\\w*|circulated|copy|of)"
              + "\\s+(?:draft\\s+)?$",
          FLAGS);

  /**
   * A meeting's kind, not its body: "Minutes of the Ordinary Meeting", "… Council Annual Meeting".
   */
  private static final Pattern KIND_OF_MEETING =
      Pattern.compile(
          "(?:^|\\s+)(?:annual|ordinary|special|extraordinary|monthly|adjourned|general|last|previous"
              + "|next|regular|public|parish|january|february|march|april|may|june|july|august"
              + "|september|october|november|december|\\d{4})$",
          FLAGS);

  /** The first meeting heading in {@code head}, if any. */
  static Optional<MeetingHeading> find(TextHead head) {
    String flat = head.text().replace('\n', ' ');
    MeetingHeading best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(flat);
      int from = 0;
      while (from < flat.length() && m.find(from)) {
        String body = body(m.group(1));
        boolean otherMinutes =
            OTHER_MINUTES.matcher(flat.substring(Math.max(0, m.start() - 30), m.start())).find();
        if (!otherMinutes && isBody(body)) {
          if (m.start() < bestAt) {
            best = new MeetingHeading(body, Names.quote(m.group(), 200));
            bestAt = m.start();
          }
          break;
        }
        from = m.start() + 1;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The body without the meeting's kind after it ("Wretton Parish Council Annual"). */
  private static String body(String written) {
    String body = Names.tidy(written);
    String shorter = KIND_OF_MEETING.matcher(body).replaceFirst("");
    while (!shorter.equals(body)) {
      body = shorter;
      shorter = KIND_OF_MEETING.matcher(body).replaceFirst("");
    }
    return body;
  }

  /** A name: begins with a capital, and is not only words such as "the" or "last". */
  private static boolean isBody(String body) {
    return !body.isEmpty()
        && Character.isUpperCase(body.codePointAt(0))
        && !NOT_A_BODY.matcher(body).find()
        && !body.matches("(?i)(?:the|a|an|this|that|said|our|its)");
  }
}
