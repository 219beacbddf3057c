package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A manifest's {@code inferred} block: a reader's conclusion, kept apart and explained. */
class ManifestInferenceTest {
  @TempDir Path root;

  @Test
  void anInferenceIsReadWithItsReasons() throws IOException {
    Files.writeString(
        root.resolve(Manifest.FILE_NAME),
        """
        files:
          one.txt:
            type: minutes
            inferred:
              committee: Children and Families Committee
              evidence: same series as two.txt
        """);
    Manifest.Entry one = Manifest.load(root).describe("one.txt").orElseThrow().entry();
    assertEquals(null, one.committee());
    assertEquals(
        new Manifest.Inference(null, "Children and Families Committee", "same series as two.txt"),
        one.inferred());
  }

  @Test
  void anInferenceWithoutReasonsIsRefused() throws IOException {
    Files.writeString(
        root.resolve(Manifest.FILE_NAME),
        "files:\n  one.txt:\n    inferred:\n      committee: Cabinet\n");
    String message =
        assertThrows(Manifest.ManifestException.class, () -> Manifest.load(root)).getMessage();
    assertTrue(message.contains("'inferred' needs an 'evidence'"), message);
  }

  @Test
  void theSampleManifestIsValid() throws IOException {
    Manifest manifest = Manifest.load(Path.of("corpus"));
    assertEquals(
        "Children and Families Committee",
        manifest
            .describe("sample/000_ad3b62f41aa6f4c1.txt")
            .orElseThrow()
            .entry()
            .inferred()
            .committee());
  }
}
