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
    if (!Files.isDirectory(folder)) {
      String reason =
          "skipped: "
              + folder
              + " is absent (the workplace's shared data is not beside the project)";
      // Surefire's console counts skipped tests without their reasons: say it in the build log too.
      System.err.println("[minutebook] " + reason);
      Assumptions.abort(reason);
    }
    return folder;
  }
}
