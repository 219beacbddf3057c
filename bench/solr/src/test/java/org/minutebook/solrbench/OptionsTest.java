package org.minutebook.solrbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {
  @Test
  void readsTheContract() {
    Options options =
        Options.parse(
            new String[] {
              "--items",
              "i.jsonl",
              "--queries",
              "q.json",
              "--home",
              "h",
              "--threads",
              "4",
              "--warmup",
              "0",
              "--runs",
              "50",
              "--out",
              "r.json",
              "--no-caches"
            });
    assertEquals(Path.of("i.jsonl"), options.items());
    assertEquals(4, options.threads());
    assertEquals(0, options.warmup());
    assertEquals(50, options.runs());
    assertTrue(options.noCaches());
    assertNull(options.corpus());
  }

  @Test
  void refusesWhatIsMissingOrWrong() {
    assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--items"}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--items", "i", "--queries", "q", "--home", "h"}));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Options.parse(
                new String[] {
                  "--items", "i", "--queries", "q", "--home", "h", "--out", "o", "--threads", "0"
                }));
  }
}
