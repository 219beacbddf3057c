package org.minutebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.minutebook.config.Hashing;

/**
 * What identifies one version of a file: its size and modification time (cheap to read) and the
 * hash of its content (read only when size or time changed). A file whose content hash is unchanged
 * is not extracted again.
 *
 * @param source path relative to the corpus root
 * @param size bytes
 * @param modified last modification, milliseconds since the epoch
 * @param sha256 hex digest of the content
 */
public record FileStamp(String source, long size, long modified, String sha256) {
  /** Reads size and time, and hashes the content. */
  public static FileStamp of(Path root, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return new FileStamp(
        CorpusWalker.relative(root, file),
        attributes.size(),
        attributes.lastModifiedTime().toMillis(),
        sha256(file));
  }

  /** Whether {@code file} still has this stamp's size and modification time. */
  public boolean sameSizeAndTime(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return attributes.size() == size && attributes.lastModifiedTime().toMillis() == modified;
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest = Hashing.sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
