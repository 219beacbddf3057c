package org.minutebook.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a text mentions less precisely than {@link Dates} reads them: a day and month with no year
 * ("Thursday 16th February"), a month and year ("in June 2025"), and the years it names. They are
 * the evidence for estimates, never stated meeting dates.
 */
final class DateMentions {
  /**
   * A day and month with no year.
   *
   * @param day the day and month
   * @param weekday the weekday written with it, if any
   * @param text the words
   * @param start where they start
   * @param end where they end
   */
  record Partial(MonthDay day, Optional<DayOfWeek> weekday, String text, int start, int end) {}

  /**
   * A dated event: a full date (the last day of a range) or a month and year (its first day).
   *
   * @param date the day, or the first of the month when only the month is known
   * @param monthOnly whether only the month and year are stated
   * @param text the words
   * @param start where they start
   */
  record Event(LocalDate date, boolean monthOnly, String text, int start) {}

  private static final String WEEKDAY_PREFIX = "(?:" + DateWords.WEEKDAY + ",?\\s+)?";
  private static final String DAY = "(\\d{1,2})(?!\\d)" + DateWords.ORDINAL;

  /** No year may follow: "16th FEBRUARY AT 3.00PM", "20 juin, à 16h00". */
  private static final String NO_YEAR = "(?![\\s,.-]*\\d{2,4}(?![:.h]\\d))";

  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d/.])"
              + WEEKDAY_PREFIX
              + "(?:the\\s+)?"
              + DAY
              + "(?:\\s+of)?\\s+"
              + DateWords.MONTH
              + NO_YEAR,
          DateWords.FLAGS);

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?<!\\p{L})" + WEEKDAY_PREFIX + DateWords.MONTH + "\\s+" + DAY + NO_YEAR,
          DateWords.FLAGS);

  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?<!\\p{L})" + DateWords.MONTH + ",?\\s+(\\d{4})(?!\\d)", DateWords.FLAGS);

  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.£$€-])(19[9]\\d|20\\d\\d)(?!\\d)");

  private DateMentions() {}

  /** Every day-and-month with no year in {@code text}, in order. */
  static List<Partial> withoutYear(String text) {
    List<Partial> found = new ArrayList<>();
    collect(DAY_MONTH.matcher(text), 2, 3, found);
    collect(MONTH_DAY.matcher(text), 3, 2, found);
    found.sort(Comparator.comparingInt(Partial::start));
    return found;
  }

  private static void collect(Matcher m, int dayGroup, int monthGroup, List<Partial> found) {
    while (m.find()) {
      try {
        MonthDay day =
            MonthDay.of(DateWords.month(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)));
        Optional<DayOfWeek> weekday = Optional.ofNullable(m.group(1)).map(DateWords::weekday);
        found.add(new Partial(day, weekday, m.group().strip(), m.start(), m.end()));
      } catch (DateTimeException | NumberFormatException e) {
        // "31 February" is not a day; skip it.
      }
    }
  }

  /** Every full date and every month-and-year {@code text} mentions, in order. */
  static List<Event> events(String text, Dates.Order order) {
    List<Event> events = new ArrayList<>();
    List<Dates.Found> full = Dates.all(text, order);
    for (Dates.Found f : full) {
      events.add(new Event(f.last(), false, f.text(), f.start()));
    }
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      int at = m.start();
      boolean partOfFullDate = full.stream().anyMatch(f -> f.start() <= at && at < f.end());
      if (!partOfFullDate) {
        try {
          LocalDate first = Dates.plausible(Integer.parseInt(m.group(2)), month(m), 1);
          events.add(new Event(first, true, m.group(), at));
        } catch (DateTimeException e) {
          // An implausible year: not an event.
        }
      }
    }
    events.sort(Comparator.comparingInt(Event::start));
    return events;
  }

  private static int month(Matcher m) {
    return DateWords.month(m.group(1));
  }

  /** How often each plausible year (1990–2099) is written in {@code text}. */
  static TreeMap<Integer, Integer> years(String text) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    return counts;
  }
}
