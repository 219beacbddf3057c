package org.minutebook.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Estimates the meeting date of a document that states none, from what it does say. Every estimate
 * has {@link Origin#ESTIMATE} and evidence that begins "estimated:" and says what it rests on.
 *
 * <ol>
 *   <li>A heading date whose written weekday contradicts it ("Wednesday 18 November 2025", a
 *       Tuesday): the text is wrong about the day or the date, so the date is only an estimate.
 *   <li>A heading that gives the day but not the year ("held on Thursday 16th February"): the year
 *       is the one the text mentions most in which that day fell on that weekday (or, with no
 *       weekday, the year it mentions most).
 *   <li>Otherwise, for minutes, the latest dated event the text mentions as past ("the monitoring
 *       visit of 11/12 December 2017", "in August 2025"): the meeting was on or after it. Events in
 *       a future context ("the next visit would take place in June 2026") are not counted.
 *   <li>Minutes that mention no year at all but speak of the COVID-19 pandemic: on or after March
 *       2020, and after the latest day and month they mention ("on 28 October").
 * </ol>
 *
 * Any other text that mentions no year (only "in May of this year", "on 28 October") gets no
 * estimate: any year would be a guess. An estimate is kept apart from stated dates and never
 * sorted, filtered or counted as one.
 */
final class DateEstimator {
  /**
   * Words before a date that put it in the future ("the next visit would take place in June"). "by"
   * counts only right before the date ("by 28 October"), as a deadline: further back it names who
   * did something ("endorsed by Cabinet on 28 October").
   */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:next|will|would|shall|due|scheduled|planned|proposed|until|deadline|forthcoming"
              + "|expected|upcoming|to be held|before|ahead of)\\b[^.\\n]{0,50}$"
              + "|\\bby\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** Words that place a text in or after the COVID-19 pandemic. */
  private static final Pattern PANDEMIC =
      Pattern.compile(
          "\\b(?:the pandemic|covid(?:-19)?|coronavirus|lockdowns?)\\b", Pattern.CASE_INSENSITIVE);

  /** When the WHO declared COVID-19 a pandemic. */
  private static final LocalDate PANDEMIC_START = LocalDate.of(2020, 3, 11);

  private DateEstimator() {}

  /**
   * An estimate for a document whose text states no meeting date, if it allows one. Only minutes
   * are estimated from the events they mention: they report what has happened, while agendas and
   * reports look ahead ("the scheme will be built in July 2026").
   */
  static Optional<Sourced<LocalDate>> estimate(
      TextHead head,
      String text,
      Dates.Order order,
      Optional<LocalDate> pathDate,
      DocumentType type) {
    return MeetingDates.contradicted(head, order)
        .map(found -> despiteWeekday(head, found))
        .or(() -> MeetingDates.statedWithoutYear(head).flatMap(p -> withYear(p, text, pathDate)))
        .or(() -> type == DocumentType.MINUTES ? afterLatestEvent(text, order) : Optional.empty())
        .or(() -> type == DocumentType.MINUTES ? sinceThePandemic(text) : Optional.empty());
  }

  /**
   * Minutes that state no year anywhere but speak of the COVID-19 pandemic were written on or after
   * March 2020, and on or after the latest day and month they mention as past ("endorsed by Cabinet
   * on 28 October"), read as the first such day from then. A lower bound, like the other estimates,
   * and labelled with what it rests on.
   */
  private static Optional<Sourced<LocalDate>> sinceThePandemic(String document) {
    String text = TextHead.body(document);
    Matcher pandemic = PANDEMIC.matcher(text);
    if (!pandemic.find() || !DateMentions.years(text).isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = PANDEMIC_START;
    String after =
        "the pandemic it speaks of (\"" + pandemic.group() + "\"; COVID-19 began in 2020)";
    for (DateMentions.Partial partial : DateMentions.withoutYear(text)) {
      String before = text.substring(Math.max(0, partial.start() - 60), partial.start());
      if (FUTURE.matcher(before).find()) {
        continue;
      }
      LocalDate day = partial.day().atYear(PANDEMIC_START.getYear());
      day = day.isBefore(PANDEMIC_START) ? day.plusYears(1) : day;
      if (day.isAfter(date)) {
        date = day;
        after =
            "\""
                + Names.collapse(partial.text())
                + "\", the latest day it mentions, first reached after the pandemic it speaks of"
                + " (\""
                + pandemic.group()
                + "\"; COVID-19 began in 2020); it states no year";
      }
    }
    return Optional.of(
        new Sourced<>(
            date, Origin.ESTIMATE, "estimated: on or after " + words(date) + ": " + after));
  }

  private static Sourced<LocalDate> despiteWeekday(TextHead head, Dates.Found found) {
    LocalDate date = found.date();
    String evidence =
        "estimated: the heading says \""
            + MeetingDates.withWeekday(head.text(), found)
            + "\", but "
            + words(date)
            + " was a "
            + name(date.getDayOfWeek().name());
    return new Sourced<>(date, Origin.ESTIMATE, evidence);
  }

  private static Optional<Sourced<LocalDate>> withYear(
      DateMentions.Partial partial, String text, Optional<LocalDate> pathDate) {
    TreeMap<Integer, Integer> years = DateMentions.years(TextHead.body(text));
    pathDate.ifPresent(d -> years.merge(d.getYear(), 1, Integer::sum));
    LocalDate best = null;
    int bestCount = 0;
    for (Map.Entry<Integer, Integer> year : years.entrySet()) {
      LocalDate date = partial.day().atYear(year.getKey());
      boolean exists = date.getDayOfMonth() == partial.day().getDayOfMonth(); // 29 February
      boolean weekdayFits = partial.weekday().map(w -> w == date.getDayOfWeek()).orElse(true);
      if (exists && weekdayFits && year.getValue() >= bestCount) {
        best = date;
        bestCount = year.getValue();
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Sourced<>(best, Origin.ESTIMATE, yearEvidence(partial, best, bestCount)));
  }

  private static String yearEvidence(DateMentions.Partial partial, LocalDate date, int count) {
    String why =
        partial.weekday().isPresent()
            ? date.getDayOfMonth()
                + " "
                + name(date.getMonth().name())
                + " fell on a "
                + name(date.getDayOfWeek().name())
                + " in "
                + date.getYear()
                + ", a year the text mentions "
                + times(count)
            : date.getYear() + " is the year the text mentions most (" + times(count) + ")";
    return "estimated: \"" + Names.collapse(partial.text()) + "\" states no year; " + why;
  }

  private static Optional<Sourced<LocalDate>> afterLatestEvent(String document, Dates.Order order) {
    String text = TextHead.body(document);
    DateMentions.Event latest = null;
    for (DateMentions.Event event : DateMentions.events(text, order)) {
      String before = text.substring(Math.max(0, event.start() - 60), event.start());
      if (FUTURE.matcher(before).find() || isDateline(text, event)) {
        continue;
      }
      if (latest == null || !event.date().isBefore(latest.date())) {
        latest = event;
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    LocalDate date = latest.date();
    String when =
        latest.monthOnly() ? name(date.getMonth().name()) + " " + date.getYear() : words(date);
    String evidence =
        "estimated: on or after "
            + when
            + ", the latest date it mentions (\""
            + Names.collapse(latest.text())
            + "\")";
    return Optional.of(new Sourced<>(date, Origin.ESTIMATE, evidence));
  }

  /**
   * Whether the event is a line of its own ("October 2012" under a web page's title): a dateline
   * says when a page was posted or printed, not what happened before the meeting.
   */
  private static boolean isDateline(String text, DateMentions.Event event) {
    int lineStart = text.lastIndexOf('\n', event.start()) + 1;
    int lineEnd = text.indexOf('\n', event.start());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return line.strip().length() <= event.text().strip().length() + 2;
  }

  private static String times(int count) {
    return count == 1 ? "once" : count + " times";
  }

  /** "11 December 2017", without consulting a locale. */
  static String words(LocalDate date) {
    Month month = date.getMonth();
    return date.getDayOfMonth() + " " + name(month.name()) + " " + date.getYear();
  }

  private static String name(String constant) {
    return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
  }
}
