package org.minutebook.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads when a visit took place from the words near its mention: "on 11/12 December 2017", "on 7 -
 * 8 July 2021", "in February and March 2024", "in June 2025", "in 2024", or a bare "in June"
 * resolved against the meeting date when the clause says whether the visit is past or to come.
 */
final class InspectionDates {
  /**
   * A date span and how exactly it is known.
   *
   * @param start first day
   * @param end last day, or null for a single day
   * @param precision "day", "month" or "year"
   * @param at where the words begin in the searched text
   */
  record Span(LocalDate start, LocalDate end, String precision, int at) {
    boolean overlaps(Span other) {
      return !start.isAfter(other.last()) && !other.start.isAfter(last());
    }

    /** The last day the span may cover: a month or year stated alone covers all of it. */
    LocalDate last() {
      if (end != null) {
        return end;
      }
      return switch (precision) {
        case "month" -> YearMonth.from(start).atEndOfMonth();
        case "year" -> start.withDayOfYear(start.lengthOfYear());
        default -> start;
      };
    }
  }

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern DAY_RANGE =
      Pattern.compile(
          DAY + "\\s*(?:/|-|–|—|to|and|&)\\s*" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?");
  private static final Pattern ONE_DAY =
      Pattern.compile(DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "\\b");
  private static final Pattern MONTH_RANGE =
      Pattern.compile(MONTH + "\\s+(?:and|to|-|–|—)\\s+" + MONTH + ",?\\s+" + YEAR);
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR);
  private static final Pattern BARE_MONTH =
      Pattern.compile(
          "\\b(?:in|during|by)\\s+"
              + MONTH
              + "\\b(?!,?\\s+(?:19|20)\\d{2}|\\s+(?:and|to|-|–)\\s+[A-Z])");
  private static final Pattern BARE_YEAR =
      Pattern.compile("\\b(?:in|during|of)\\s+" + YEAR + "\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private InspectionDates() {}

  /**
   * The first date {@code text} states, trying the most exact forms first.
   *
   * @param meeting the meeting date a bare month is resolved against, or null
   * @param future whether the clause speaks of a visit to come (true), past (false) or neither
   */
  static Optional<Span> find(String text, LocalDate meeting, Boolean future) {
    // The earliest date wins; where forms start together the more exact one, listed first, does.
    return Stream.of(
            dayRange(text, meeting, future),
            oneDay(text, meeting, future),
            numeric(text),
            monthRange(text),
            monthYear(text),
            bareMonth(text, meeting, future),
            bareYear(text))
        .flatMap(Optional::stream)
        .min(Comparator.comparingInt(Span::at));
  }

  private static Optional<Span> dayRange(String text, LocalDate meeting, Boolean future) {
    Matcher m = DAY_RANGE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = month(m.group(3));
    Integer year =
        m.group(4) != null ? Integer.valueOf(m.group(4)) : resolve(month, meeting, future);
    return year == null ? Optional.empty() : days(year, month, m.group(1), m.group(2), m.start());
  }

  private static Optional<Span> days(int year, int month, String from, String to, int at) {
    try {
      LocalDate start = LocalDate.of(year, month, Integer.parseInt(from));
      LocalDate end = to == null ? null : LocalDate.of(year, month, Integer.parseInt(to));
      if (end != null && end.isBefore(start)) {
        return Optional.empty();
      }
      return Optional.of(new Span(start, end, "day", at));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Span> oneDay(String text, LocalDate meeting, Boolean future) {
    Matcher m = ONE_DAY.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = month(m.group(2));
    Integer year =
        m.group(3) != null ? Integer.valueOf(m.group(3)) : resolve(month, meeting, future);
    return year == null ? Optional.empty() : days(year, month, m.group(1), null, m.start());
  }

  private static Optional<Span> numeric(String text) {
    Matcher m = NUMERIC.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    return days(Integer.parseInt(m.group(3)), month, m.group(1), null, m.start());
  }

  private static Optional<Span> monthRange(String text) {
    Matcher m = MONTH_RANGE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    YearMonth from = YearMonth.of(year, month(m.group(1)));
    YearMonth to = YearMonth.of(year, month(m.group(2)));
    if (to.isBefore(from)) {
      from = from.minusYears(1);
    }
    return Optional.of(new Span(from.atDay(1), to.atEndOfMonth(), "month", m.start()));
  }

  private static Optional<Span> monthYear(String text) {
    Matcher m = MONTH_YEAR.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1)));
    return Optional.of(new Span(ym.atDay(1), null, "month", m.start()));
  }

  private static Optional<Span> bareMonth(String text, LocalDate meeting, Boolean future) {
    Matcher m = BARE_MONTH.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = month(m.group(1));
    Integer year = resolve(month, meeting, future);
    if (year == null) {
      return Optional.empty();
    }
    return Optional.of(new Span(LocalDate.of(year, month, 1), null, "month", m.start(1)));
  }

  private static Optional<Span> bareYear(String text) {
    Matcher m = BARE_YEAR.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new Span(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), null, "year", m.start(1)));
  }

  /**
   * The year of a month named without one: the next such month from the meeting for a visit to
   * come, the last one before it for a past visit; unknown when the clause says neither.
   */
  static Integer resolve(int month, LocalDate meeting, Boolean future) {
    if (meeting == null || future == null) {
      return null;
    }
    int year = meeting.getYear();
    if (future) {
      return month >= meeting.getMonthValue() ? year : year + 1;
    }
    return month <= meeting.getMonthValue() ? year : year - 1;
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }
}
