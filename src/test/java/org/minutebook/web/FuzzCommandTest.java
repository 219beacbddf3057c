package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The launcher's {@code fuzz} command, as far as it goes without fuzzing: help and checks. */
class FuzzCommandTest {
  @Test
  void fuzzHasHelp() throws Exception {
    String[] result = launcher("fuzz", "--help");
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].startsWith("Usage: minutebook fuzz [DURATION]"), result[1]);
    assertTrue(result[1].contains("SearchFuzzTestInputs"), result[1]);
  }

  @Test
  void aDurationWithoutAUnitIsRefused() throws Exception {
    String[] result = launcher("fuzz", "soon");
    assertEquals("2", result[0], result[1]);
    assertTrue(result[1].contains("such as 90s, 10m or 2h"), result[1]);
  }

  /** The exit status and the output of {@code ./minutebook args...}. */
  private static String[] launcher(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = Path.of("minutebook").toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {Integer.toString(process.waitFor()), output};
  }
}
