package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's {@code restricted}: for a file, for a folder, and down through subfolders. */
class ManifestRestrictedTest {
  @TempDir Path root;

  private void write(String path, String yaml) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
  }

  @Test
  void aFileAFolderAndTheFoldersBelowItCanBeRestricted() throws IOException {
    write(
        "open/" + Manifest.FILE_NAME,
        """
        files:
          land-deal.txt:
            restricted: true
          reviewed.txt:
            restricted: false
        """);
    write(
        "closed/" + Manifest.FILE_NAME,
        """
        defaults:
          council: Example Council
          restricted: true
        files:
          cleared.txt:
            restricted: false
        """);
    // A subfolder's manifest that says nothing of restriction does not lift its parent's.
    write(
        "closed/hr/" + Manifest.FILE_NAME,
        """
        defaults:
          committee: Appointments Panel
        """);
    Manifest manifest = Manifest.load(root);
    assertEquals(Optional.of(true), manifest.restricted("open/land-deal.txt"));
    assertEquals(Optional.of(false), manifest.restricted("open/reviewed.txt"));
    assertEquals(Optional.empty(), manifest.restricted("open/other.txt"));
    assertEquals(Optional.of(true), manifest.restricted("closed/any.txt"));
    assertEquals(Optional.of(false), manifest.restricted("closed/cleared.txt"));
    assertEquals(Optional.of(true), manifest.restricted("closed/hr/grievance.txt"));
    assertEquals(
        "Appointments Panel",
        manifest.describe("closed/hr/grievance.txt").orElseThrow().entry().committee());
    assertEquals(Optional.empty(), manifest.restricted("elsewhere.txt"));
  }

  @Test
  void restrictedMustBeTrueOrFalse() throws IOException {
    write(Manifest.FILE_NAME, "files:\n  one.txt:\n    restricted: perhaps\n");
    org.junit.jupiter.api.Assertions.assertThrows(
        Manifest.ManifestException.class, () -> Manifest.load(root));
  }
}
