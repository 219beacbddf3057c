package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
  @Test
  void readsDurationsAsPeopleWriteThem() {
    assertEquals(Duration.ofMillis(500), DurationConverter.parse("500ms"));
    assertEquals(Duration.ofSeconds(10), DurationConverter.parse("10s"));
    assertEquals(Duration.ofSeconds(10), DurationConverter.parse("10"));
    assertEquals(Duration.ofMinutes(5), DurationConverter.parse(" 5m "));
    assertEquals(Duration.ofHours(1), DurationConverter.parse("1H"));
    assertEquals(Duration.ofSeconds(90), DurationConverter.parse("PT1M30S"));
    assertThrows(CommandLine.TypeConversionException.class, () -> DurationConverter.parse("5 min"));
    assertThrows(CommandLine.TypeConversionException.class, () -> DurationConverter.parse(""));
  }

  @Test
  void writesThemBackShort() {
    assertEquals("500ms", DurationConverter.format(Duration.ofMillis(500)));
    assertEquals("10s", DurationConverter.format(Duration.ofSeconds(10)));
    assertEquals("90s", DurationConverter.format(Duration.ofSeconds(90)));
    assertEquals("5m", DurationConverter.format(Duration.ofMinutes(5)));
    assertEquals("2h", DurationConverter.format(Duration.ofHours(2)));
    assertEquals("90m", DurationConverter.format(Duration.ofMinutes(90)));
  }
}
