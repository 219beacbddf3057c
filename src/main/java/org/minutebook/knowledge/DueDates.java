package org.minutebook.knowledge;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when an undertaking is due ("by November", "in early November", "by the end of March 2022",
 * "at the next meeting", "within a month", "each month", "on 4th November 2018") and works out the
 * date it names from the meeting's date. A month without a year is the first end of that month on
 * or after the meeting; "the next meeting" and recurring hints are left unresolved.
 */
final class DueDates {
  /** A hint as written and the date it resolves to, with how (both null when unresolved). */
  record Due(String hint, String due, String basis) {}

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final String DAY = "(?<day>[0-9]{1,2})(?:st|nd|rd|th)?";

  private static final Pattern DATE =
      Pattern.compile(
          "\\b(?:by|on|before|for)\\s+(?:the\\s+)?"
              + DAY
              + "\\s+(?:of\\s+)?(?<month>"
              + MONTH
              + "),?\\s+(?<year>[0-9]{4})\\b");
  private static final Pattern MONTH_HINT =
      Pattern.compile(
          "\\b(?:(?:by|before)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?|in\\s+(?:(?:early|mid|late)[\\s-]+)?|during\\s+|until\\s+)"
              + "(?<month>"
              + MONTH
              + ")(?:\\s+(?<year>[0-9]{4}))?\\b");
  private static final Pattern NEXT_MEETING =
      Pattern.compile(
          "(?i)\\b(?:(?:at|to|for|before|by|after)\\s+)?(?:the|its|their)\\s+next\\s+(?:[a-z-]+\\s+){0,3}?meetings?\\b");

  /** "at the March meeting", "on the March agenda": due by the end of that month. */
  private static final Pattern MONTH_MEETING =
      Pattern.compile(
          "\\b(?:at|to|for|before|by|on)\\s+the\\s+(?<month>"
              + MONTH
              + ")\\s+(?:[a-z]+\\s+)?(?:meeting|agenda)\\b(?:\\s+(?<year>[0-9]{4})\\b)?");

  /** "by end of 2024", "in 2024", "during the summer of 2024": due by the end of that year. */
  private static final Pattern YEAR =
      Pattern.compile(
          "(?i)\\b(?:by\\s+(?:the\\s+)?end\\s+of|in|during)\\s+(?:the\\s+(?:spring|summer|autumn|winter)\\s+of\\s+)?"
              + "(?<year>20[0-9]{2})\\b");

  private static final Pattern WITHIN =
      Pattern.compile(
          "(?i)\\bwithin\\s+(?<n>a|an|one|the|two|three|four|six|[0-9]+)\\s+(?<unit>days?|weeks?|months?)\\b");
  private static final Pattern RECURRING =
      Pattern.compile(
          "(?i)\\b(?:each|every)\\s+(?:month|week|quarter|year|meeting)\\b|\\b(?:monthly|quarterly|weekly|annually)\\b");
  private static final Pattern VAGUE =
      Pattern.compile(
          "(?i)\\bin\\s+the\\s+new\\s+year\\b|\\b(?:by\\s+)?the\\s+end\\s+of\\s+the\\s+(?:year|month)\\b");

  private DueDates() {}

  /** The due hint in {@code text}, resolved against {@code meeting} (null when unknown). */
  static Due find(String text, LocalDate meeting, boolean estimated) {
    Matcher m = DATE.matcher(text);
    if (m.find()) {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group("year")),
              month(m.group("month")),
              Integer.parseInt(m.group("day")));
      return new Due(m.group().strip(), d.toString(), "the date stated");
    }
    m = MONTH_HINT.matcher(text);
    if (!m.find()) {
      m = MONTH_MEETING.matcher(text);
    }
    if (m.find(0)) {
      return month(m, meeting, estimated);
    }
    m = YEAR.matcher(text);
    if (m.find()) {
      String year = m.group("year");
      return new Due(m.group().strip(), year + "-12-31", "end of " + year);
    }
    for (Pattern p : new Pattern[] {NEXT_MEETING, RECURRING, VAGUE}) {
      Matcher h = p.matcher(text);
      if (h.find()) {
        return new Due(h.group().strip(), null, null);
      }
    }
    m = WITHIN.matcher(text);
    if (m.find()) {
      return within(m, meeting, estimated);
    }
    return null;
  }

  private static Due month(Matcher m, LocalDate meeting, boolean estimated) {
    Month month = month(m.group("month"));
    String hint = m.group().strip();
    if (m.group("year") != null) {
      LocalDate d = YearMonth.of(Integer.parseInt(m.group("year")), month).atEndOfMonth();
      return new Due(hint, d.toString(), "end of " + name(month) + " " + m.group("year"));
    }
    if (meeting == null) {
      return new Due(hint, null, null);
    }
    YearMonth ym = YearMonth.of(meeting.getYear(), month);
    if (ym.atEndOfMonth().isBefore(meeting)) {
      ym = ym.plusYears(1);
    }
    return new Due(
        hint,
        ym.atEndOfMonth().toString(),
        "end of "
            + name(month)
            + " after the meeting of "
            + meeting
            + (estimated ? " (estimated)" : ""));
  }

  private static Due within(Matcher m, LocalDate meeting, boolean estimated) {
    String hint = m.group().strip();
    if (meeting == null) {
      return new Due(hint, null, null);
    }
    String n = m.group("n").toLowerCase(Locale.ROOT);
    int count =
        switch (n) {
          case "a", "an", "one", "the" -> 1;
          case "two" -> 2;
          case "three" -> 3;
          case "four" -> 4;
          case "six" -> 6;
          default -> Integer.parseInt(n);
        };
    String unit = m.group("unit").toLowerCase(Locale.ROOT);
    LocalDate d =
        unit.startsWith("day")
            ? meeting.plusDays(count)
            : unit.startsWith("week") ? meeting.plusWeeks(count) : meeting.plusMonths(count);
    return new Due(
        hint,
        d.toString(),
        hint + " of the meeting of " + meeting + (estimated ? " (estimated)" : ""));
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static String name(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
