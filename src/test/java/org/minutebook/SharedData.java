package org.minutebook;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The workplace's shared data beside the project ({@code ../shared}), which a fresh clone may lack.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The folder {@code ../shared/NAME}; the calling test is skipped, saying why, when it is absent.
   */
  public static Path require(String name) {
    Path shared = Path.of(System.getProperty("minutebook.shared", "../shared"));
    Path folder = shared.resolve(name).toAbsolutePath().normalize();
    Assumptions.assumeTrue(
        Files.isDirectory(folder),
        () ->
            "skipped: "
                + folder
                + " is absent (the shared data sits beside the project in CI only)");
    return folder;
  }
}
