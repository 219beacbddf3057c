package org.minutebook.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.EntityKind;

/**
 * Amounts of money, percentages and proportions, each with a normalised value: "£1.5 million" is
 * "1500000 GBP", "95 per cent" is "95%", "14 out of 90 targets" is "14/90".
 */
final class MoneyAmounts {
  /**
   * A figure found in a text.
   *
   * @param kind money, percentage or proportion
   * @param text the words as written
   * @param value the normalised value
   */
  record Figure(EntityKind kind, String text, String value) {}

  private static final Pattern MONEY =
      Pattern.compile(
          "([£$€])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
              + "(?:\\s?(million|billion|thousand|bn|m|k)\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPORTION =
      Pattern.compile(
          "\\b(\\d+)\\s+out\\s+of\\s+(?:a\\s+total\\s+of\\s+)?(\\d+)(\\s+[a-z][a-z-]+)?");
  private static final Set<String> NOT_A_NOUN =
      Set.of("and", "or", "of", "in", "on", "at", "were", "was", "are", "is", "had", "have", "for");

  private MoneyAmounts() {}

  /** The money, percentages and proportions in {@code text}, kind by kind, each in order. */
  static List<Figure> find(String text) {
    List<Figure> out = new ArrayList<>();
    Matcher m = MONEY.matcher(text);
    while (m.find()) {
      out.add(new Figure(EntityKind.MONEY, m.group().strip(), money(m)));
    }
    Matcher p = PERCENT.matcher(text);
    while (p.find()) {
      out.add(
          new Figure(EntityKind.PERCENTAGE, p.group(), plain(new BigDecimal(p.group(1))) + "%"));
    }
    Matcher q = PROPORTION.matcher(text);
    while (q.find()) {
      boolean noun = q.group(3) != null && !NOT_A_NOUN.contains(q.group(3).strip());
      String written = noun ? q.group() : text.substring(q.start(), q.end(2));
      out.add(new Figure(EntityKind.PROPORTION, written, q.group(1) + "/" + q.group(2)));
    }
    return out;
  }

  private static String money(Matcher m) {
    BigDecimal amount = new BigDecimal(m.group(2).replace(",", "") + nz(m.group(3)));
    String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
    BigDecimal scale =
        switch (unit) {
          case "million", "m" -> BigDecimal.valueOf(1_000_000);
          case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
          case "thousand", "k" -> BigDecimal.valueOf(1_000);
          default -> BigDecimal.ONE;
        };
    String currency =
        switch (m.group(1)) {
          case "$" -> "USD";
          case "€" -> "EUR";
          default -> "GBP";
        };
    return plain(amount.multiply(scale)) + " " + currency;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
