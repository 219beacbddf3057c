package org.minutebook.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in the forms minutes use: "3rd September 2019", "Tuesday 3 September 2019",
 * "17TH JUNE, 2021", "the 12th day of January, 2011", "September 3, 2019" (US), "30/09/2021",
 * "2021-09-30", French "20 juin 2023", and two-day ranges such as "11/12 December 2017" or "January
 * 26-27, 2011". All-numeric dates are read day first (UK, Ireland) unless the caller says the
 * document is American, or one of the numbers can only be a day. Pure functions; no platform locale
 * is consulted.
 */
public final class Dates {
  /** How to read an all-numeric date such as 04/05/2020. */
  public enum Order {
    /** 04/05/2020 is 4 May 2020 (UK, Ireland, most of the world). */
    DAY_FIRST,
    /** 04/05/2020 is 5 April 2020 (United States). */
    MONTH_FIRST
  }

  /**
   * A date found in text, with the exact words that stated it.
   *
   * @param date the (first) day stated
   * @param last the last day of a stated range such as "11/12 December 2017", else {@code date}
   * @param text the words that state it
   * @param start where they start in the searched text
   * @param end where they end in the searched text
   */
  public record Found(LocalDate date, LocalDate last, String text, int start, int end) {}

  private static final String DAY = "(\\d{1,2})(?!\\d)" + DateWords.ORDINAL;
  private static final String RANGE_SEP = "\\s*(?:/|-|–|&|and|to)\\s*";

  /** "3rd September 2019", "11/12 December 2017", "12TH DAY OF JANUARY, 2011", "17th-June-2024". */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          // A day is a digit first: one test rejects most positions before the lookbehind.
          "(?=\\d)(?<![\\d/.])"
              + DAY
              + "(?:"
              + RANGE_SEP
              + DAY
              + ")?(?:\\s+day)?(?:\\s+of)?[\\s,-]+"
              + DateWords.MONTH
              + ",?[\\s-]+(\\d{4})(?!\\d)",
          DateWords.FLAGS);

  /** "September 3, 2019", "Sept. 3rd 2019", "January 26-27, 2011". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          DateWords.MONTH_START
              + "(?<!\\p{L})"
              + DateWords.MONTH
              + "\\s+"
              + DAY
              + "(?:"
              + RANGE_SEP
              + DAY
              + ")?,?\\s+"
              + "(\\d{4})(?!\\d)",
          DateWords.FLAGS);

  /** "30/09/2021" or "30.09.2021"; which number is the day depends on the {@link Order}. */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d/]|\\.\\d)");

  /** "4/23/19" or "12/05/08": slashes only, since dotted triples are minute numbers (15.11.1). */
  private static final Pattern NUMERIC_SHORT_YEAR =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])");

  /** "2021-09-30". */
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

  private static final List<Pattern> PATTERNS =
      List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, NUMERIC_SHORT_YEAR, ISO);

  private Dates() {}

  /** The earliest date stated anywhere in {@code text}, numeric dates read day first. */
  public static Optional<Found> first(String text) {
    return first(text, Order.DAY_FIRST);
  }

  /** The earliest date stated anywhere in {@code text}. */
  public static Optional<Found> first(String text, Order order) {
    List<Found> all = all(text, order);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every date stated in {@code text}, in order, none overlapping another. */
  public static List<Found> all(String text, Order order) {
    List<Found> found = new ArrayList<>();
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        toFound(pattern, m, order).ifPresent(found::add);
      }
    }
    found.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : found) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return List.copyOf(kept);
  }

  /** Reads {@code text} as exactly one date, for example a manifest value or a path segment. */
  public static Optional<LocalDate> parse(String text) {
    return first(text.strip()).map(Found::date);
  }

  private static Optional<Found> toFound(Pattern pattern, Matcher m, Order order) {
    try {
      LocalDate date;
      LocalDate last;
      if (pattern == DAY_MONTH_YEAR) {
        int year = Integer.parseInt(m.group(4));
        int month = DateWords.month(m.group(3));
        date = plausible(year, month, Integer.parseInt(m.group(1)));
        last = m.group(2) == null ? date : LocalDate.of(year, month, parseInt(m.group(2)));
      } else if (pattern == MONTH_DAY_YEAR) {
        int year = Integer.parseInt(m.group(4));
        int month = DateWords.month(m.group(1));
        date = plausible(year, month, Integer.parseInt(m.group(2)));
        last = m.group(3) == null ? date : LocalDate.of(year, month, parseInt(m.group(3)));
      } else if (pattern == ISO) {
        date = plausible(parseInt(m.group(1)), parseInt(m.group(2)), parseInt(m.group(3)));
        last = date;
      } else {
        boolean shortYear = pattern == NUMERIC_SHORT_YEAR;
        int year = shortYear ? centuryOf(parseInt(m.group(3))) : parseInt(m.group(4));
        date = numeric(parseInt(m.group(1)), parseInt(m.group(shortYear ? 2 : 3)), year, order);
        last = date;
      }
      if (last.isBefore(date)) {
        last = date;
      }
      return Optional.of(new Found(date, last, m.group(), m.start(), m.end()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Reads two numbers as day and month: a number above 12 can only be the day. */
  private static LocalDate numeric(int first, int second, int year, Order order) {
    boolean dayFirst =
        order == Order.DAY_FIRST ? !(second > 12 && first <= 12) : first > 12 && second <= 12;
    return dayFirst ? plausible(year, second, first) : plausible(year, first, second);
  }

  /** Two-digit years in minutes are recent: 08 is 2008, 95 is 1995. */
  private static int centuryOf(int twoDigits) {
    return twoDigits <= 50 ? 2000 + twoDigits : 1900 + twoDigits;
  }

  private static int parseInt(String digits) {
    return Integer.parseInt(digits);
  }

  /**
   * Minutes are written between 1900 and a few years ahead; other numbers are not meeting dates.
   */
  static LocalDate plausible(int year, int month, int day) {
    if (year < 1900 || year > 2100) {
      throw new DateTimeException("implausible year " + year);
    }
    return LocalDate.of(year, month, day);
  }
}
