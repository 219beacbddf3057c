package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph read as the heading of an agenda item: "1. Apologies", "18.01.1 Apologies", "246/18
 * Apologies for absence …", "Item 5 - Planning", "IV. REPORTS", "A. CALL TO ORDER", or a number on
 * its own ("54.") whose title is the next paragraph.
 *
 * @param number the number as written, without trailing punctuation
 * @param scheme how the number is formed; items of one agenda share a scheme
 * @param ordinal the number's place in its sequence, for checking that items count up
 * @param title the title, or null for a number on its own
 * @param onlyHeading whether the paragraph holds nothing but the number and title
 */
record ItemHeading(String number, Scheme scheme, int ordinal, String title, boolean onlyHeading) {
  /** How item numbers are formed. */
  enum Scheme {
    /** "1.", "1)", "1", "Item 1", "5a". */
    NUMBER,
    /** "18.01.1": year, month and item, as some parish councils number minutes. */
    DOTTED,
    /** "246/18": item and year. */
    SLASH,
    /** "IV.". */
    ROMAN,
    /** "A.", only with a title in capitals or title case: "A. Smith said" is no heading. */
    LETTER,
    /** No number, but a usual agenda heading: "Matters Arising:", "PLANNING". */
    LABEL
  }

  /** Headings that minutes use without numbers; each counts as the next item. */
  private static final Pattern LABEL =
      Pattern.compile(
          "^((?:apologies(?: for absence)?|minutes of (?:the )?(?:last|previous) meeting"
              + "|matters arising(?: from (?:the )?(?:last|previous) (?:meeting|minutes))?"
              + "|planning(?: applications| matters| decisions)?|payments(?: for approval)?"
              + "|accounts(?: for (?:payment|approval))?|finance|financial matters|correspondence"
              + "|any other business|a\\.?o\\.?b\\.?|declarations? of interests?"
              + "|election of (?:the )?[\\w-]+|public (?:forum|participation|questions|session)"
              + "|clerk'?’?s report|chairman'?’?s report|chair'?’?s report|highways(?: matters)?"
              + "|police (?:report|matters)|date of (?:the )?next meeting|next meeting"
              + "|urgent (?:items|business)|reports?|open forum|councillors'?’? reports"
              + "|(?<=^)minutes(?=\\s*[:–-]\\s*\\S)))(?:\\s*[:–-]\\s*|\\s*$)(.*)$",
          Pattern.CASE_INSENSITIVE);

  /** "54.", "1)", "Item 5": a bare "5" is more often a table's cell or a page number. */
  private static final Pattern NUMBER_ONLY =
      Pattern.compile(
          "^(?:(?:item\\s+)(\\d{1,3})([a-z]?)[.):]?|(\\d{1,3})([a-z]?)[.):])$",
          Pattern.CASE_INSENSITIVE);

  /** "1. Title", "1) Title", "1 - Title", "Item 1 Title", or a bare "1 TITLE" (group 4 empty). */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:(item)\\s+)?(\\d{1,3})([a-z]?)([.):]|\\s*[-–—](?=\\s)|(?=\\s))\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NUMBER_GLUED =
      Pattern.compile("^(\\d{1,3})\\.(?=\\p{Lu}\\p{Ll})(.+)$");

  /** The first four words, which show whether a title starts in capitals or title case. */
  private static final Pattern OPENING = Pattern.compile("(?:\\S+\\s+){0,3}\\S+");

  private static final Pattern STARTS_WITH_FIGURE = Pattern.compile("^\\d{3,}\\s+\\p{Lu}");
  private static final Pattern STARTS_WITH_NUMBER = Pattern.compile("^\\d+\\s+\\p{Lu}");

  private static final Pattern MARKS = Pattern.compile("^[*#•·]+\\s*");

  /** A date, not a heading: "15 Jan 2026". */
  private static final Pattern MONTH =
      Pattern.compile(
          "^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DOTTED =
      Pattern.compile("^(\\d{2}\\.\\d{2}\\.(\\d{1,2}))\\.?\\s+(\\S.*)$");
  private static final Pattern SLASH = Pattern.compile("^((\\d{1,4})/\\d{2})\\.?\\s+(\\S.*)$");
  private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\S.*)$");
  private static final Pattern LETTER = Pattern.compile("^([A-Z])\\.\\s+(\\S.*)$");
  private static final Pattern ROMAN_VALUE =
      Pattern.compile("^M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$");

  /** Every reading of the paragraph as a heading: "I." may be a roman one or a letter. */
  static List<ItemHeading> read(String text) {
    List<ItemHeading> readings = new ArrayList<>();
    Matcher m = NUMBER_ONLY.matcher(text);
    if (m.matches()) {
      String digits = m.group(1) != null ? m.group(1) : m.group(3);
      String letter = m.group(1) != null ? m.group(2) : m.group(4);
      readings.add(
          new ItemHeading(digits + letter, Scheme.NUMBER, Integer.parseInt(digits), null, true));
      return readings;
    }
    if ((m = DOTTED.matcher(text)).matches()) {
      add(readings, m.group(1), Scheme.DOTTED, Integer.parseInt(m.group(2)), m.group(3));
    } else if ((m = SLASH.matcher(text)).matches()) {
      add(readings, m.group(1), Scheme.SLASH, Integer.parseInt(m.group(2)), m.group(3));
    } else if ((m = NUMBERED.matcher(text)).matches()) {
      addNumbered(readings, m);
    } else if ((m = NUMBER_GLUED.matcher(text)).matches()) {
      add(readings, m.group(1), Scheme.NUMBER, Integer.parseInt(m.group(1)), m.group(2));
    }
    if ((m = ROMAN.matcher(text)).matches() && ROMAN_VALUE.matcher(m.group(1)).matches()) {
      add(readings, m.group(1), Scheme.ROMAN, roman(m.group(1)), m.group(2));
    }
    if ((m = LETTER.matcher(text)).matches()
        && (isCapitals(m.group(2)) || Titles.isTitleCase(m.group(2)))) {
      add(readings, m.group(1), Scheme.LETTER, m.group(1).charAt(0) - 'A' + 1, m.group(2));
    }
    if (readings.isEmpty() && (m = LABEL.matcher(text)).matches()) {
      String title = Titles.tidy(m.group(1));
      readings.add(new ItemHeading(null, Scheme.LABEL, 0, title, m.group(2).isBlank()));
    }
    return readings;
  }

  /** "1. Title", "Item 1 - Title", "1 TITLE"; not "3 members voted" nor "15 Jan 2026". */
  private static void addNumbered(List<ItemHeading> readings, Matcher m) {
    String rest = m.group(5);
    boolean item = m.group(1) != null;
    boolean bare = !item && m.group(4).isEmpty();
    if (!bare || (Character.isUpperCase(rest.codePointAt(0)) && !MONTH.matcher(rest).find())) {
      String number = m.group(2) + m.group(3);
      add(readings, number, Scheme.NUMBER, Integer.parseInt(m.group(2)), rest, item);
    }
  }

  private static void add(
      List<ItemHeading> readings, String number, Scheme scheme, int ordinal, String rest) {
    add(readings, number, scheme, ordinal, rest, false);
  }

  /**
   * Adds the reading if the rest starts like a title; after "Item N" a title in capitals may start
   * with a number ("ITEM 1: 3903 HAINES STREET").
   */
  private static void add(
      List<ItemHeading> readings,
      String number,
      Scheme scheme,
      int ordinal,
      String rest,
      boolean afterItem) {
    String cleaned = MARKS.matcher(WebFurniture.trimLink(rest)).replaceFirst("");
    if (cleaned.isEmpty()) {
      return;
    }
    int first = cleaned.codePointAt(0);
    // "3903 HAINES STREET", "2022 Meeting Schedule": an address or a year may start a title.
    Matcher words = OPENING.matcher(cleaned);
    String opening = words.lookingAt() ? words.group() : cleaned;
    boolean titled = isCapitals(opening) || Titles.isTitleCase(opening);
    boolean numbered =
        afterItem
            ? STARTS_WITH_NUMBER.matcher(cleaned).find() && titled
            : STARTS_WITH_FIGURE.matcher(cleaned).find() && titled;
    if (!Character.isUpperCase(first) && !numbered) {
      return;
    }
    Titles.Split split = Titles.split(cleaned);
    if (split != null) {
      readings.add(new ItemHeading(number, scheme, ordinal, split.title(), split.whole()));
    }
  }

  private static int roman(String numeral) {
    int value = 0;
    int previous = 0;
    for (int i = numeral.length() - 1; i >= 0; i--) {
      int digit =
          switch (numeral.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            default -> 1000;
          };
      value += digit < previous ? -digit : digit;
      previous = Math.max(previous, digit);
    }
    return value;
  }

  static boolean isCapitals(String text) {
    return !text.equals(text.toLowerCase(Locale.ROOT))
        && text.equals(text.toUpperCase(Locale.ROOT));
  }
}
