package org.minutebook.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The words of dates in English and French: month and weekday names, ordinal suffixes. */
final class DateWords {
  /** Case-insensitive, including accented capitals ("DÉCEMBRE"). */
  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Map<String, Integer> MONTHS = months();
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

  /** One capturing group: a month name or abbreviation, followed by an optional full stop. */
  static final String MONTH = "(" + alternation(MONTHS.keySet()) + ")(?!\\p{L})\\.?";

  /**
   * No group: a lookahead for a letter a month name can start with. Put before {@link #MONTH} it
   * changes nothing the pattern matches, but lets a search reject most positions with one test
   * instead of comparing forty names, case-insensitively, at each: dates were a tenth of the
   * ingest's work.
   */
  static final String MONTH_START = "(?=[" + firstLetters(MONTHS.keySet()) + "])";

  /** One capturing group: a weekday name or abbreviation. */
  static final String WEEKDAY = "(" + alternation(WEEKDAYS.keySet()) + ")(?!\\p{L})\\.?";

  /**
   * No capturing group: an ordinal suffix, possibly spaced out by PDF extraction ("3 rd"), French
   * "1er", or the marks OCR leaves in its place ("15™", "7"", "21%").
   */
  static final String ORDINAL = "(?:\\s*(?:st|nd|rd|th|er)(?!\\p{L})|[™\"”%'’])?";

  private DateWords() {}

  /** The month (1–12) a name matched by {@link #MONTH} stands for. */
  static int month(String name) {
    Integer month = MONTHS.get(key(name));
    if (month == null) {
      throw new DateTimeException("not a month: " + name);
    }
    return month;
  }

  /** The day a name matched by {@link #WEEKDAY} stands for. */
  static DayOfWeek weekday(String name) {
    DayOfWeek day = WEEKDAYS.get(key(name));
    if (day == null) {
      throw new DateTimeException("not a weekday: " + name);
    }
    return day;
  }

  private static String key(String name) {
    return name.strip().replace(".", "").toLowerCase(Locale.ROOT);
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "janvier", "janv"},
      {"february", "feb", "février", "fevrier", "févr", "fevr"},
      {"march", "mar", "mars"},
      {"april", "apr", "avril", "avr"},
      {"may", "mai"},
      {"june", "jun", "juin"},
      {"july", "jul", "juillet", "juil"},
      {"august", "aug", "août", "aout"},
      {"september", "sept", "sep", "septembre"},
      {"october", "oct", "octobre"},
      {"november", "nov", "novembre"},
      {"december", "dec", "décembre", "decembre", "déc"},
    };
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        map.put(name, i + 1);
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, DayOfWeek> weekdays() {
    String[][] names = {
      {"monday", "mon", "lundi"},
      {"tuesday", "tues", "tue", "mardi"},
      {"wednesday", "wed", "mercredi"},
      {"thursday", "thurs", "thu", "jeudi"},
      {"friday", "fri", "vendredi"},
      {"saturday", "sat", "samedi"},
      {"sunday", "sun", "dimanche"},
    };
    Map<String, DayOfWeek> map = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        map.put(name, DayOfWeek.of(i + 1));
      }
    }
    return Map.copyOf(map);
  }

  /** The distinct first letters of {@code names}, in order (all plain letters). */
  private static String firstLetters(java.util.Set<String> names) {
    return names.stream()
        .map(n -> n.substring(0, 1))
        .distinct()
        .sorted()
        .collect(Collectors.joining());
  }

  /** Longest names first, so that "june" is tried before "jun"; accents also unaccented. */
  private static String alternation(java.util.Set<String> names) {
    return names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /** Removes accents, for comparing words: "Comité" and "COMITE" are the same word. */
  static String unaccented(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
