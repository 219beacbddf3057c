package org.minutebook.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Finds the meeting date a document states in its heading, among all the dates it mentions.
 *
 * <p>Each date in the head is scored by its words: "held on", "Date:", "Committee - " and a short
 * heading line count for it; "the minutes of the meeting held on", "approval of minutes from",
 * "revised", "signed into law on" and narrative sentences ("had taken place on") count against it.
 * The best date with enough in its favour is the stated meeting date; a date only mentioned in
 * passing never is.
 */
final class MeetingDates {
  /** The least score of a stated meeting date: one anchor, or a heading line near the top. */
  static final int ENOUGH = 3;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String WEEKDAY = "(?:" + DateWords.WEEKDAY + ",?\\s*)?";

  private static final Pattern HELD =
      Pattern.compile("\\b(?:held|tenue?|convened|was called to order)\\b", FLAGS);

  /** "held" anchors a meeting's date only when a meeting is what was held. */
  private static final Pattern MEETING_HELD =
      Pattern.compile(
          "\\b(?:meeting|minutes|séance|session|proceedings)\\b(?:[^.]|\\.(?=\\S)){0,200}\\b(?:held"
              + "|tenue?|convened|was called to order)\\b(?!.*\\b(?:held|tenue?)\\b)",
          FLAGS);

  /** Where the heading ends at the latest: a "held" further down is about something else. */
  private static final int HEADING_CHARS = 2_500;

  private static final Pattern LABEL =
      Pattern.compile(
          "(?:\\bdate\\s*:|\\bminutes\\s+from|\\bmeeting\\s*(?:date\\s*)?[:–—-]|\\bagenda\\s*[:–—-]"
              + "|\\bséance|\\b(?:committee|council|cabinet|board|commission|panel|meeting)"
              + "\\s*[-–—:,|])\\s*(?:on\\s+)?(?:the\\s+)?"
              + WEEKDAY
              + "$",
          FLAGS);

  /** Words that make a date someone else's: earlier minutes, the next meeting. */
  private static final Pattern OTHER_MEETING =
      Pattern.compile(
          "(?:\\b(?:the|approv\\w*|confirm\\w*|adopt\\w*|sign\\w*|receive\\w*|of)\\s+(?:the\\s+)?"
              + "(?:draft\\s+)?minutes?\\b|(?:^|\\n|\\s)\\d{1,3}(?:[./]\\d{1,2})*[.)]?\\s+minutes?\\b|\\b(?:last|previous|preceding)"
              + "\\s+(?:\\w+\\s+){0,2}meeting\\b)[^\\n]{0,110}$",
          FLAGS);

  private static final Pattern NEXT_MEETING =
      Pattern.compile("\\b(?:next|future)\\s+(?:\\w+\\s+){0,2}meetings?\\b.{0,60}$", FLAGS);

  private static final Pattern NOT_THE_MEETING =
      Pattern.compile(
          "(?:\\b(?:posted|revised|updated|dated|printed|published|issued)\\b[\\s:,-]*(?:on\\s+)?"
              + "|\\b(?:signed into law|since|until|between|deadline|no later than|site visit made"
              + "|received on)\\b[^\\n]{0,40})$",
          FLAGS);

  private static final Pattern SETTLED_AFTER =
      Pattern.compile(
          "^\\s*(?:meeting\\s+)?(?:were|was|be|had been|have been|are)?\\s*"
              + "(?:approved|circulated|signed|agreed|adopted|confirmed)\\b",
          FLAGS);

  private static final Pattern NARRATIVE =
      Pattern.compile(
          "\\b(?:had|has|have|was|were|is|are|took|taken|will|would|since|following|until"
              + "|received|made|dated|approved)\\b",
          FLAGS);

  /** "meeting. Due to…": a heading is not two sentences. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}\\.\\s+\\p{Lu}");

  private static final Pattern TIME_OR_WEEKDAY =
      Pattern.compile(
          "\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?|"
              + DateWords.WEEKDAY,
          FLAGS);

  private MeetingDates() {}

  /** The meeting date the head states, if any. */
  static Optional<Sourced<LocalDate>> stated(TextHead head, Dates.Order order) {
    return best(head, order, false)
        .map(f -> new Sourced<>(f.date(), Origin.TEXT, evidence(head, f.start(), f.end())));
  }

  /**
   * The heading date the text would state but for a weekday that contradicts it ("Wednesday 18
   * November 2025", a Tuesday), if any: not a stated date, but a basis for an estimate.
   */
  static Optional<Dates.Found> contradicted(TextHead head, Dates.Order order) {
    return best(head, order, true);
  }

  /** The best-scoring heading date whose weekday contradicts it, or does not. */
  private static Optional<Dates.Found> best(
      TextHead head, Dates.Order order, boolean contradicted) {
    Dates.Found best = null;
    int bestScore = ENOUGH - 1;
    for (Dates.Found found : Dates.all(head.text(), order)) {
      if (contradictsItsWeekday(head.text(), found) != contradicted) {
        continue;
      }
      int score = score(head, found.start(), found.end());
      if (score > bestScore) {
        best = found;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final Pattern WEEKDAY_BEFORE =
      Pattern.compile(DateWords.WEEKDAY + ",?\\s+(?:the\\s+)?$", FLAGS);

  /**
   * Whether the weekday written before a date is not that date's ("Tuesday, 7th May 2018" was a
   * Monday): the text contradicts itself, so neither the day nor the year can be trusted.
   */
  static boolean contradictsItsWeekday(String text, Dates.Found found) {
    Matcher m =
        WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, found.start() - 16), found.start()));
    return m.find() && DateWords.weekday(m.group(1)) != found.date().getDayOfWeek();
  }

  /** The date's words with the weekday written before it, if any: "Wednesday 18 November 2025". */
  static String withWeekday(String text, Dates.Found found) {
    Matcher m =
        WEEKDAY_BEFORE.matcher(text.substring(Math.max(0, found.start() - 16), found.start()));
    return Names.collapse((m.find() ? m.group() : "") + found.text());
  }

  /** A day and month the head states as the meeting's without a year, if any. */
  static Optional<DateMentions.Partial> statedWithoutYear(TextHead head) {
    for (DateMentions.Partial partial : DateMentions.withoutYear(head.text())) {
      if (score(head, partial.start(), partial.end()) >= ENOUGH + 1) {
        return Optional.of(partial);
      }
    }
    return Optional.empty();
  }

  /** How strongly the words around {@code text[start, end)} say it is this meeting's date. */
  static int score(TextHead head, int start, int end) {
    String text = head.text();
    String before = text.substring(Math.max(0, start - 220), start);
    String flatBefore = Names.collapse(before.replace('\n', ' ')) + " ";
    String near = tail(flatBefore, 160);
    TextHead.Line line = head.lineAt(start);
    int score = 0;
    if (MEETING_HELD.matcher(tail(flatBefore, 260)).find() && HELD.matcher(near).find()) {
      score += start < HEADING_CHARS ? 4 : 0;
    }
    if (LABEL.matcher(tail(before, 60).replace('\n', ' ').stripTrailing()).find()) {
      score += 3;
    }
    if (isHeadingLine(line, start, end)) {
      score += line.index() < 15 ? 3 : line.index() < 60 ? 2 : 0;
    }
    if (OTHER_MEETING.matcher(tail(flatBefore, 130)).find()
        || SETTLED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 50))).find()) {
      score -= 10;
    }
    if (line.index() >= 10 && NEXT_MEETING.matcher(tail(flatBefore, 80)).find()) {
      score -= 10;
    }
    if (NOT_THE_MEETING.matcher(tail(before, 60).stripTrailing()).find()) {
      score -= 6;
    }
    return score;
  }

  /** A short line that is mostly the date itself or a name and the date, not a sentence. */
  private static boolean isHeadingLine(TextHead.Line line, int start, int end) {
    String text = line.text();
    if (text.length() > 140
        || Character.isLowerCase(text.codePointAt(0))
        || SENTENCE_BREAK.matcher(text).find()) {
      return false;
    }
    int from = Math.max(0, start - line.start());
    int to = Math.min(text.length(), end - line.start());
    String rest = text.substring(0, from) + " " + text.substring(to);
    rest = TIME_OR_WEEKDAY.matcher(rest).replaceAll(" ");
    if (NARRATIVE.matcher(rest).find()) {
      return false;
    }
    return rest.strip().isEmpty() || rest.strip().split("\\s+").length <= 14;
  }

  /** The words that state the date: from its anchor ("held", line start) to its end. */
  static String evidence(TextHead head, int start, int end) {
    String text = head.text();
    TextHead.Line line = head.lineAt(start);
    int from = line.start();
    Matcher held = HELD.matcher(text.substring(Math.max(0, start - 160), start));
    int heldAt = -1;
    while (held.find()) {
      heldAt = Math.max(0, start - 160) + held.start();
    }
    if (heldAt >= 0 && heldAt < from) {
      from = headingStart(head, heldAt);
    }
    int to = Math.max(end, Math.min(line.end(), end + 40));
    String words = Names.collapse(text.substring(from, to));
    if (words.length() > 180) {
      words = "…" + words.substring(words.length() - 180);
    }
    return "\"" + words + "\"";
  }

  /** Where the sentence around {@code at} starts, for quoting a heading that spans lines. */
  private static int headingStart(TextHead head, int at) {
    int from = Math.max(0, at - 400);
    Matcher opening =
        Pattern.compile("(?i)\\b(?:minutes|a\\s+(?:\\w+\\s+)?meeting)\\b")
            .matcher(head.text().substring(from, at));
    int found = at;
    while (opening.find()) {
      found = from + opening.start();
    }
    return found;
  }

  private static String tail(String text, int chars) {
    return text.length() <= chars ? text : text.substring(text.length() - chars);
  }
}
