package org.minutebook.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minutebook.config.Paths;
import org.minutebook.search.Archive;
import org.minutebook.web.Audience;

/**
 * What {@code serve} answers whom: the public archive for everyone, and, when a staff token is
 * configured ({@code --staff-token-file}, else the {@value #ENV} environment variable), the staff's
 * archive with restricted items for requests that bring it.
 *
 * @param audience the web app's chooser of archives
 * @param staff the staff's archive, when staff access is on and something is restricted
 */
record StaffAccess(Audience audience, Optional<Archive> staff) implements Closeable {
  /** The environment variable that may hold the staff token. */
  static final String ENV = "MINUTEBOOK_STAFF_TOKEN";

  /** The permissions a token file should not have: readable by others than its owner. */
  private static final Set<PosixFilePermission> SHARED =
      Set.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_WRITE);

  /**
   * Staff access for the archive of {@code paths}, public only when no token is configured.
   *
   * @param tokenFile the file given with {@code --staff-token-file}, or null
   * @param answerCache the answers the staff's archive keeps (see {@link Archive#forCorpus})
   * @param env the environment
   * @param warnings where a token file that others can read is reported
   * @throws IllegalArgumentException when the token file cannot be read or the token is too short
   */
  static StaffAccess open(
      Archive publicArchive,
      Paths paths,
      Path tokenFile,
      int answerCache,
      Map<String, String> env,
      PrintWriter warnings)
      throws IOException {
    Optional<String> token = token(tokenFile, env, warnings);
    if (token.isEmpty()) {
      return new StaffAccess(Audience.publicOnly(publicArchive), Optional.empty());
    }
    // Without a private index nothing is restricted: staff see what the public sees.
    Optional<Archive> staff = Archive.staffForCorpus(paths.corpus(), paths.index(), answerCache);
    try {
      return new StaffAccess(
          Audience.withStaff(publicArchive, staff.orElse(publicArchive), token.get()), staff);
    } catch (IllegalArgumentException e) {
      if (staff.isPresent()) {
        staff.get().close();
      }
      throw e;
    }
  }

  /** The configured token: the file's content, else the environment's; empty when neither. */
  static Optional<String> token(Path tokenFile, Map<String, String> env, PrintWriter warnings)
      throws IOException {
    if (tokenFile != null) {
      if (!Files.isRegularFile(tokenFile)) {
        throw new IllegalArgumentException("no staff token file at " + tokenFile);
      }
      warnIfShared(tokenFile, warnings);
      return Optional.of(Files.readString(tokenFile, StandardCharsets.UTF_8).strip());
    }
    String fromEnv = env.get(ENV);
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.strip());
  }

  private static void warnIfShared(Path tokenFile, PrintWriter warnings) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(tokenFile);
      if (permissions.stream().anyMatch(SHARED::contains)) {
        warnings.printf(
            "warning: %s can be read by other users; make it private with chmod 600%n", tokenFile);
      }
    } catch (UnsupportedOperationException | IOException e) {
      // No POSIX permissions here: nothing to check.
    }
  }

  /** Has the staff's archive, if any, pick up a newer commit every {@code period}. */
  void refreshEvery(Duration period) {
    staff.ifPresent(archive -> archive.refreshEvery(period));
  }

  @Override
  public void close() throws IOException {
    if (staff.isPresent()) {
      staff.get().close();
    }
  }
}
