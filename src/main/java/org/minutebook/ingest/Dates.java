package org.minutebook.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in the forms minutes use: "3rd September 2019", "Tuesday 3 September 2019",
 * "September 3, 2019" (US), "30/09/2021" (UK day first), "2021-09-30" and "11/12 December 2017" (a
 * two-day range, read as its first day). Pure functions; no platform locale is consulted.
 */
public final class Dates {
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** "3rd September 2019", "11/12 December 2017", "7 - 8 July 2021" (first day of a range). */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d/.])(\\d{1,2})"
              + ORDINAL
              + "(?:\\s*(?:/|-|–|and|&)\\s*\\d{1,2}"
              + ORDINAL
              + ")?(?:\\s+of)?[\\s-]+"
              + MONTH
              + ",?[\\s-]+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** "September 3, 2019" and "September 3rd 2019". */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);

  /** "30/09/2021" or "30.09.2021", day first as in the UK and Ireland. */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/])");

  /** "2021-09-30". */
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private Dates() {}

  /** A date found in text, with the exact words that stated it. */
  public record Found(LocalDate date, String text, int start) {}

  /** The earliest date stated anywhere in {@code text}, in any supported form. */
  public static Optional<Found> first(String text) {
    Found best = null;
    for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, ISO}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Optional<LocalDate> date = toDate(pattern, m);
        if (date.isPresent()) {
          if (best == null || m.start() < best.start()) {
            best = new Found(date.get(), m.group(), m.start());
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Reads {@code text} as exactly one date, for example a manifest value or a path segment. */
  public static Optional<LocalDate> parse(String text) {
    return first(text.trim()).map(Found::date);
  }

  private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
    try {
      if (pattern == DAY_MONTH_YEAR) {
        return plausible(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      } else if (pattern == MONTH_DAY_YEAR) {
        return plausible(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      } else if (pattern == NUMERIC) {
        return plausible(
            year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      } else {
        return plausible(
            year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  private static int month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month.getValue();
      }
    }
    throw new DateTimeException("not a month: " + name);
  }

  /**
   * Minutes are written between 1900 and a few years ahead; other numbers are not meeting dates.
   */
  private static Optional<LocalDate> plausible(int year, int month, int day) {
    if (year < 1900 || year > 2100) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }
}
