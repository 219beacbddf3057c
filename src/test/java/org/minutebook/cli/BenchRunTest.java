package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunTest {
  @Test
  void aRunIsAppendedOnceThenReplaced(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("RESULTS.md");
    Files.writeString(file, "# Results\n\nNotes.\n", StandardCharsets.UTF_8);
    BenchRun.write(file, "first run");
    BenchRun.write(file, "second run");
    Files.writeString(
        file,
        Files.readString(file, StandardCharsets.UTF_8) + "\nMore notes.\n",
        StandardCharsets.UTF_8);
    BenchRun.write(file, "third run");
    assertEquals(
        "# Results\n\nNotes.\n\n"
            + BenchRun.START
            + "\nthird run\n"
            + BenchRun.END
            + "\n\nMore notes.\n",
        Files.readString(file, StandardCharsets.UTF_8));
  }
}
