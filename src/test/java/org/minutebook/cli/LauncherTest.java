package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code ./minutebook} launcher's search for a JDK, run as a real process. */
class LauncherTest {
  /** What the launcher printed and returned. */
  record Result(int status, String output) {}

  static Result launcher(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = Path.of("minutebook").toAbsolutePath().toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("JAVA_HOME");
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  @Test
  void javaHomeIsUsedWhenItIsRecentEnough() throws Exception {
    String home = Path.of(System.getProperty("java.home")).toRealPath().toString();
    Result result = launcher(Map.of("JAVA_HOME", home), "jdk");
    assertEquals(0, result.status(), result.output());
    assertEquals(home, result.output().strip());
  }

  @Test
  void withoutASuitableJdkItSaysWhatToInstall() throws Exception {
    Result result =
        launcher(
            Map.of(
                "PATH",
                "/nonexistent",
                "JAVA_HOME",
                "/nonexistent",
                "MINUTEBOOK_JDK_DIRS",
                "/nonexistent/*"),
            "jdk");
    assertEquals(1, result.status());
    assertTrue(result.output().contains("no JDK 21 or newer was found"), result.output());
    assertTrue(result.output().contains("openjdk-21-jdk"), result.output());
    assertTrue(result.output().contains("Temurin"), result.output());
  }

  @Test
  void testHasHelpToo() throws Exception {
    Result result = launcher(Map.of(), "test", "--help");
    assertEquals(0, result.status(), result.output());
    assertTrue(result.output().startsWith("Usage: minutebook test"), result.output());
  }
}
