package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tika alone, the extraction baseline: every file read, its text counted, failures counted. */
class TikaAloneTest {
  private static final Path SAMPLE = Path.of("corpus/sample");

  @Test
  void readsEveryFileOfTheSampleCorpus() throws IOException {
    List<Path> files = CorpusWalker.files(SAMPLE);
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    TikaAlone.Result result = TikaAlone.run(SAMPLE, 2);
    assertEquals(files.size(), result.files());
    assertEquals(bytes, result.bytes());
    assertEquals(0, result.failed());
    // Plain text comes out as it went in, give or take line ends: about a character per byte.
    assertTrue(result.characters() > bytes / 2, result.toString());
    assertTrue(result.wallMs() >= 0);
  }

  @Test
  void aFileThatCannotBeParsedIsCountedNotFatal(@TempDir Path temp) throws IOException {
    Files.writeString(temp.resolve("minutes.txt"), "Item 1. Apologies\n", StandardCharsets.UTF_8);
    Files.write(temp.resolve("broken.pdf"), "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8));
    TikaAlone.Result result = TikaAlone.run(CorpusWalker.files(temp), 1, 1_000);
    assertEquals(2, result.files());
    assertEquals(1, result.failed());
    assertTrue(result.characters() >= "Item 1. Apologies".length(), result.toString());
  }
}
