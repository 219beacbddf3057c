package org.minutebook.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request may be before any handler works on it: how big, and which paths exist at all.
 *
 * <p>Jetty refuses a request line or header block over {@link #MAX_HEAD_BYTES} itself (414 for the
 * line, 431 for the headers), before the app sees it. Minutebook takes no uploads and reads no
 * body, so a declared body over {@link #MAX_BODY_BYTES} is refused with 413 at once, and one that
 * is not declared is never read (Jetty discards a little of it, then closes the connection).
 *
 * <p>Paths are checked as the client wrote them, before decoding: the static files, the webjars and
 * the API are all named with letters, digits, {@code . _ -} and single slashes, with no segment
 * starting with a dot, so anything else (escapes, backslashes, dot segments, {@code ;} parameters,
 * NULs) is a 404 before Jetty or Javalin resolves it against a folder. The one exception is the
 * item routes, whose id segment is checked by {@link ItemIds} instead.
 */
final class RequestGuards {
  /** The request line plus headers Jetty buffers; a longer one is refused, never read on. */
  static final int MAX_HEAD_BYTES = 8 * 1024;

  /** The largest body a request may declare (no endpoint reads one; a query fits in the line). */
  static final long MAX_BODY_BYTES = 64 * 1024;

  private static final Pattern PLAIN_PATH =
      Pattern.compile("(?:/[A-Za-z0-9_-][A-Za-z0-9._-]{0,200})*/?");

  /** {@code /api/documents/{id}} and {@code /api/documents/{id}/original}, as written. */
  private static final Pattern ITEM_PATH = Pattern.compile("/api/documents/([^/]*)(?:/original)?");

  private RequestGuards() {}

  /** Sets the limits on {@code config}'s server and checks every request before its handler. */
  static void register(JavalinConfig config) {
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setRequestHeaderSize(MAX_HEAD_BYTES);
          http.setSendServerVersion(false);
          http.setSendXPoweredBy(false);
        });
    config.routes.before(RequestGuards::check);
  }

  /** Refuses a request too big to take or for a path that cannot exist. */
  static void check(Context ctx) {
    if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
      throw new HttpResponseException(
          HttpStatus.CONTENT_TOO_LARGE.getCode(),
          "the request body is larger than " + MAX_BODY_BYTES + " bytes; no endpoint takes one");
    }
    String path = ctx.req().getRequestURI();
    Matcher item = ITEM_PATH.matcher(path);
    if (item.matches()) {
      String id = decoded(item.group(1));
      if (!ItemIds.wellFormed(id)) {
        throw new NotFoundResponse(ItemIds.unknown(id));
      }
    } else if (!PLAIN_PATH.matcher(path).matches()) {
      // The same words as the router's own 404 (a page address gets the page-not-found page).
      throw new NotFoundResponse("no such endpoint: " + ItemIds.shown(path));
    }
  }

  /** A path segment decoded as the router would; one that cannot be decoded is left as it is. */
  static String decoded(String segment) {
    try {
      // In a path "+" is a plus sign, not a space.
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}
