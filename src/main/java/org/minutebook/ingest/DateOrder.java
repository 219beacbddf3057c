package org.minutebook.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a document writes all-numeric dates (is 04/05/2020 the 4th of May or April the 5th?)
 * from evidence in the same document: numeric dates whose first or second number can only be a day
 * (30/09/2021, 4/23/19), how it writes dates with month names ("September 3, 2019" against "3
 * September 2019"), and where it is from (a US state and ZIP code, a UK postcode, "Parish Council",
 * "Cllr"). Without evidence either way, day first.
 */
final class DateOrder {
  private static final int READ_CHARS = 20_000;

  /** The most mentions of a place that count as evidence: one country's names must not swamp. */
  private static final int PLACE_EVIDENCE = 3;

  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?![\\d/])");

  private static final Pattern US_PLACE =
      Pattern.compile(
          "\\b(?:A[LKZR]|C[AOT]|DE|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI"
              + "|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\\s+\\d{5}(?:-\\d{4})?\\b|\\b(?:California|Illinois"
              + "|Oregon|Ohio|Michigan|Texas|Florida|Washington, D\\.?C\\.?|Pennsylvania|Arizona"
              + "|Massachusetts|Minnesota|Colorado|Georgia|Virginia)\\b|\\bCity Clerk\\b"
              + "|\\bCouncilmember\\b");

  private static final Pattern UK_OR_IRISH =
      Pattern.compile(
          "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b|\\bParish Council\\b|\\bBorough\\b|\\bCllrs?\\b"
              + "|\\bCo\\. [A-Z][a-z]+|\\bIreland\\b|\\bCathaoirleach\\b|\\bMunicipal District\\b"
              + "|\\bUnited Kingdom\\b|\\bEngland\\b");

  /**
   * Words without which {@link #US_PLACE} cannot match but for a ZIP code. The pattern tries a
   * dozen alternatives at every position, which made it a tenth of the ingest's work on text with
   * no US place in it; plain searches for these words rule that out at a fraction of the cost.
   */
  private static final List<String> US_WORDS =
      List.of(
          "California",
          "Illinois",
          "Oregon",
          "Ohio",
          "Michigan",
          "Texas",
          "Florida",
          "Washington",
          "Pennsylvania",
          "Arizona",
          "Massachusetts",
          "Minnesota",
          "Colorado",
          "Georgia",
          "Virginia",
          "City Clerk",
          "Councilmember");

  private DateOrder() {}

  /** Whether {@code text} has one of {@link #US_WORDS} or five digits in a row (a ZIP code). */
  static boolean mayNameAUsPlace(String text) {
    for (String word : US_WORDS) {
      if (text.contains(word)) {
        return true;
      }
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      digits = Character.isDigit(text.charAt(i)) ? digits + 1 : 0;
      if (digits == 5) {
        return true;
      }
    }
    return false;
  }

  /** How {@code text} writes numeric dates, by the evidence it gives. */
  static Dates.Order of(String text) {
    String read = text.length() > READ_CHARS ? text.substring(0, READ_CHARS) : text;
    int monthFirst = 0;
    int dayFirst = 0;
    Matcher numeric = NUMERIC.matcher(read);
    while (numeric.find()) {
      int first = Integer.parseInt(numeric.group(1));
      int second = Integer.parseInt(numeric.group(2));
      if (first > 12 && second <= 12) {
        dayFirst += 3;
      } else if (second > 12 && first <= 12) {
        monthFirst += 3;
      }
    }
    for (Dates.Found found : Dates.all(read, Dates.Order.DAY_FIRST)) {
      char lead = found.text().charAt(0);
      if (Character.isLetter(lead)) {
        monthFirst++;
      } else if (found.text().chars().anyMatch(Character::isLetter)) {
        dayFirst++;
      }
    }
    monthFirst += mayNameAUsPlace(read) ? 3 * count(US_PLACE, read, PLACE_EVIDENCE) : 0;
    dayFirst += 3 * count(UK_OR_IRISH, read, PLACE_EVIDENCE);
    return monthFirst > dayFirst ? Dates.Order.MONTH_FIRST : Dates.Order.DAY_FIRST;
  }

  /** Matches of {@code pattern} in {@code text}, up to {@code most}: beyond it they add nothing. */
  private static int count(Pattern pattern, String text, int most) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (n < most && m.find()) {
      n++;
    }
    return n;
  }
}
