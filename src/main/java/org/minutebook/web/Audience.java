package org.minutebook.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import org.minutebook.config.Hashing;
import org.minutebook.search.Archive;

/**
 * Who is asking, and so which archive answers: the one place that decides. A request without an
 * {@code Authorization} header is the public's and gets the public archive, which holds no
 * restricted item. A request with {@code Authorization: Bearer <token>} and the configured staff
 * token gets the staff's archive, with restricted items; any other bearer token is refused (401),
 * never quietly answered as public, so that staff know their token did not work. Other schemes (a
 * proxy's Basic sign-in for the whole site) are the public's.
 */
public final class Audience {
  /** Shorter tokens are refused: a staff token must not be guessable. */
  public static final int MIN_TOKEN_LENGTH = 16;

  private static final String BEARER = "bearer ";

  private final Archive publicArchive;
  private final Optional<Archive> staffArchive;
  private final byte[] tokenDigest;

  private Audience(Archive publicArchive, Optional<Archive> staffArchive, byte[] tokenDigest) {
    this.publicArchive = publicArchive;
    this.staffArchive = staffArchive;
    this.tokenDigest = tokenDigest;
  }

  /** Everyone gets {@code archive}; a request with a token is refused. */
  public static Audience publicOnly(Archive archive) {
    return new Audience(archive, Optional.empty(), null);
  }

  /**
   * The public gets {@code publicArchive}; requests with {@code token} get {@code staffArchive}.
   *
   * @throws IllegalArgumentException when the token is shorter than {@link #MIN_TOKEN_LENGTH}
   */
  public static Audience withStaff(Archive publicArchive, Archive staffArchive, String token) {
    String checked = token == null ? "" : token.strip();
    if (checked.length() < MIN_TOKEN_LENGTH) {
      throw new IllegalArgumentException(
          "the staff token must be at least " + MIN_TOKEN_LENGTH + " characters long");
    }
    return new Audience(publicArchive, Optional.of(staffArchive), digest(checked));
  }

  /** Whether staff can sign in with a token. */
  public boolean hasStaff() {
    return staffArchive.isPresent();
  }

  /**
   * The archive that answers {@code ctx}.
   *
   * @throws UnauthorizedResponse when the request brings a token that is not the staff token
   */
  Archive archive(Context ctx) {
    // Answers differ by token: no cache may give one person's answer to another.
    ctx.header("Vary", "Authorization");
    String header = ctx.header("Authorization");
    // Other schemes (a proxy's Basic sign-in for the whole site) are not the staff's: public.
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
      return publicArchive;
    }
    ctx.header("Cache-Control", "private, no-store");
    if (staffArchive.isEmpty()) {
      throw refused(ctx, "this server has no staff access; send no staff token");
    }
    byte[] given = digest(header.substring(BEARER.length()).strip());
    // Digests of equal length, compared in constant time: the answer's timing says nothing of how
    // much of a guess was right.
    if (!MessageDigest.isEqual(given, tokenDigest)) {
      throw refused(ctx, "the staff token is wrong");
    }
    return staffArchive.get();
  }

  private static UnauthorizedResponse refused(Context ctx, String message) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"minutebook staff\"");
    return new UnauthorizedResponse(message);
  }

  private static byte[] digest(String token) {
    return Hashing.sha256().digest(token.getBytes(StandardCharsets.UTF_8));
  }
}
