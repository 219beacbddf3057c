package org.minutebook.bench;

import java.time.LocalDate;
import java.util.Locale;

/** Dates as minutes write them: "Tuesday 5th March 2019", "March 2019". */
final class LongDates {
  private LongDates() {}

  /** "Tuesday 5th March 2019". */
  static String withWeekday(LocalDate date) {
    return weekday(date) + " " + dayMonthYear(date);
  }

  /** "5th March 2019". */
  static String dayMonthYear(LocalDate date) {
    return ordinal(date.getDayOfMonth()) + " " + monthYear(date);
  }

  /** "March 2019". */
  static String monthYear(LocalDate date) {
    return month(date) + " " + date.getYear();
  }

  /** "March": English names from the enum, whatever the machine's locale. */
  static String month(LocalDate date) {
    return capitalised(date.getMonth().name());
  }

  static String weekday(LocalDate date) {
    return capitalised(date.getDayOfWeek().name());
  }

  private static String capitalised(String constant) {
    return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
  }

  /** "1st", "2nd", "3rd", "4th", "11th", "21st". */
  static String ordinal(int day) {
    String suffix =
        day % 100 >= 11 && day % 100 <= 13
            ? "th"
            : switch (day % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return day + suffix;
  }

  /** The financial year a date falls in: "2019/20" from April 2019 to March 2020. */
  static String financialYear(LocalDate date, int offset) {
    int start = (date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1) + offset;
    return start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
  }
}
