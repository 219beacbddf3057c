package org.minutebook.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.minutebook.config.Hashing;

/** Lists the files of a corpus in a stable order, leaving out hidden files and folders. */
public final class CorpusWalker {
  private CorpusWalker() {}

  /** Every regular, non-hidden file below {@code root}, sorted by relative path. */
  public static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("corpus folder not found: " + root.toAbsolutePath());
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(p -> !hidden(root, p))
          .sorted((a, b) -> relative(root, a).compareTo(relative(root, b)))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** {@code path} relative to {@code root}, with forward slashes on every platform. */
  public static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  /**
   * Whether a file is the corpus's own notes rather than a paper: a README, a provenance manifest,
   * or a Minutebook sidecar.
   */
  public static boolean isCorpusNotes(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals(Manifest.FILE_NAME)
        || name.startsWith("readme")
        || name.startsWith("manifest.")
        || name.equals("themes.yaml")
        || name.equals("thesaurus.yaml");
  }

  /**
   * A digest of every file's path, size and modification time: when it changes, the corpus has
   * changed and its index is stale.
   */
  public static String fingerprint(Path root) throws IOException {
    return digest(
        root,
        file -> true,
        file ->
            (relative(root, file)
                    + "\t"
                    + Files.size(file)
                    + "\t"
                    + Files.getLastModifiedTime(file).toMillis()
                    + "\n")
                .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A digest of the content of every sidecar manifest: when it changes, the metadata of the files
   * they describe may change, so the index is rebuilt.
   */
  public static String manifestsFingerprint(Path root) throws IOException {
    return digest(
        root,
        file -> file.getFileName().toString().equals(Manifest.FILE_NAME),
        file -> {
          byte[] name = (relative(root, file) + "\n").getBytes(StandardCharsets.UTF_8);
          byte[] content = Files.readAllBytes(file);
          byte[] both = Arrays.copyOf(name, name.length + content.length);
          System.arraycopy(content, 0, both, name.length, content.length);
          return both;
        });
  }

  /** What one file adds to a digest. */
  private interface Part {
    byte[] of(Path file) throws IOException;
  }

  private static String digest(Path root, Predicate<Path> which, Part part) throws IOException {
    MessageDigest digest = Hashing.sha256();
    for (Path file : files(root)) {
      if (which.test(file)) {
        digest.update(part.of(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static boolean hidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
