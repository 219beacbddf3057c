package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path root;

  @Test
  void entriesWinOverDefaultsAndDefaultsReachSubfolders() throws IOException {
    Files.createDirectories(root.resolve("a/b"));
    Files.writeString(
        root.resolve("a/" + Manifest.FILE_NAME),
        """
        defaults:
          council: A Council
        files:
          one.txt:
            committee: Cabinet
            date: 2021-09-30
        """);
    Manifest manifest = Manifest.load(root);
    Manifest.Entry one = manifest.describe("a/one.txt").orElseThrow().entry();
    assertEquals("A Council", one.council());
    assertEquals("Cabinet", one.committee());
    assertEquals("A Council", manifest.describe("a/b/deeper.txt").orElseThrow().entry().council());
    assertTrue(manifest.describe("elsewhere.txt").isEmpty());
  }

  @Test
  void mistakesNameTheFileAndLine() throws IOException {
    Files.writeString(
        root.resolve(Manifest.FILE_NAME), "files:\n  one.txt:\n    comittee: Cabinet\n");
    Manifest.ManifestException e =
        assertThrows(Manifest.ManifestException.class, () -> Manifest.load(root));
    assertTrue(e.getMessage().startsWith(Manifest.FILE_NAME + " line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("comittee"), e.getMessage());
  }

  @Test
  void badDatesAndTypesAreRefused() throws IOException {
    Files.writeString(root.resolve(Manifest.FILE_NAME), "files:\n  one.txt:\n    date: soon\n");
    assertTrue(
        assertThrows(Manifest.ManifestException.class, () -> Manifest.load(root))
            .getMessage()
            .contains("'soon' is not a date"));
    Files.writeString(root.resolve(Manifest.FILE_NAME), "files:\n  one.txt:\n    type: memo\n");
    assertTrue(
        assertThrows(Manifest.ManifestException.class, () -> Manifest.load(root))
            .getMessage()
            .contains("type 'memo'"));
  }
}
