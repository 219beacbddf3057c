package org.minutebook.ingest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Whether the Tesseract OCR program, which Tika runs for scanned pages, is installed. */
public final class Tesseract {
  /** What to tell a user who asked for OCR without Tesseract. */
  public static final String INSTALL_HINT =
      "install Tesseract to read scanned pages"
          + " (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-eng)";

  private Tesseract() {}

  /** Whether {@code tesseract} is an executable on the {@code PATH}. */
  public static boolean installed() {
    return find(System.getenv("PATH")).isPresent();
  }

  /** The {@code tesseract} executable in the folders of {@code path}, if any. */
  static Optional<Path> find(String path) {
    if (path == null || path.isBlank()) {
      return Optional.empty();
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (folder.isBlank()) {
        continue;
      }
      for (String name : new String[] {"tesseract", "tesseract.exe"}) {
        try {
          Path candidate = Path.of(folder, name);
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return Optional.of(candidate);
          }
        } catch (InvalidPathException e) {
          // A PATH entry that is no path at all cannot hold Tesseract.
        }
      }
    }
    return Optional.empty();
  }
}
