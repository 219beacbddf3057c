package org.minutebook.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a duration as people type it: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, a bare
 * number of seconds, or ISO-8601 ({@code PT1M30S}).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * The duration {@code text} says.
   *
   * @throws CommandLine.TypeConversionException saying what is accepted, for anything else
   */
  static Duration parse(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(trimmed);
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
    try {
      return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a duration (write it like 500ms, 10s, 5m or 1h)");
    }
  }

  /** {@code d} as a person would write it back: {@code 500ms}, {@code 10s}, {@code 5m}. */
  static String format(Duration d) {
    if (d.toMillisPart() != 0 || d.isZero()) {
      return d.toMillis() + "ms";
    }
    if (d.toSecondsPart() != 0) {
      return d.toSeconds() + "s";
    }
    return d.toMinutesPart() != 0 || d.toHours() == 0 ? d.toMinutes() + "m" : d.toHours() + "h";
  }
}
