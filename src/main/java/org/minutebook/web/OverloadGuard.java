package org.minutebook.web;

import io.javalin.config.JettyConfig;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.minutebook.config.ServerSettings;

/**
 * Overload protection: Jetty's {@link QoSHandler} in front of the whole app, limiting the API
 * requests handled at once. Requests beyond the limit wait, without holding a thread, in a bounded
 * queue for a bounded time; a request that finds the queue full is refused at once, and one that
 * waits too long is refused when its time is up. Either way the answer is {@code 503 Service
 * Unavailable} with {@code Retry-After} and the API's {@code {"error": ...}} body.
 *
 * <p>503 rather than 429: the server as a whole is busy, whoever asks; 429 says that this client
 * sent too many requests, which a limit shared by all clients cannot know.
 *
 * <p>Only {@code /api/*} is limited, except {@code /api/health}: the page, its scripts and styles
 * are small files that cost next to nothing, and a health check must say "up" precisely when the
 * server is busy.
 */
public final class OverloadGuard extends QoSHandler {
  /** What a refused request's body says, in the API's error shape. */
  static final String BUSY = "the server is busy; try again in a moment";

  private static final byte[] BODY =
      ("{\"error\":\"" + BUSY + "\"}").getBytes(StandardCharsets.UTF_8);

  /** Seconds a client told "queue full" should wait: the queue turns over in well under that. */
  static final int RETRY_WHEN_FULL = 1;

  private final int retryWhenExpired;

  /** A guard with {@code limits}; not yet in front of anything. */
  OverloadGuard(ServerSettings.Admission limits) {
    setMaxRequestCount(limits.maxActive());
    setMaxSuspendedRequestCount(limits.maxQueued());
    setMaxSuspend(limits.maxWait());
    setRejectStatusCode(HttpStatus.SERVICE_UNAVAILABLE_503);
    includePath("/api/*");
    excludePath("/api/health");
    // A request that waited its whole time found the server saturated for that long: asking it
    // back sooner would only join the same queue.
    this.retryWhenExpired = retryAfterSeconds(limits.maxWait());
  }

  /**
   * Puts a guard with {@code limits} in front of the app that {@code jetty} configures: the one
   * line of registration in {@link WebApp}. Javalin attaches its servlet context inside the
   * server's handler when that is a wrapper, so every request passes the guard first.
   */
  static void register(JettyConfig jetty, ServerSettings.Admission limits) {
    jetty.modifyServer(server -> install(server, new OverloadGuard(limits)));
  }

  /** Makes {@code guard} the server's outermost handler, around whatever was there. */
  private static void install(Server server, OverloadGuard guard) {
    if (server.getHandler() != null) {
      guard.setHandler(server.getHandler());
    }
    server.setHandler(guard);
  }

  /** Whole seconds, rounded up, at least 1: what {@code Retry-After} can say. */
  static int retryAfterSeconds(Duration wait) {
    long millis = wait.toMillis();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (millis + 999) / 1000));
  }

  /** The queue was full: refused without waiting. */
  @Override
  protected void reject(Request request, Response response, Callback callback, int status) {
    refuse(response, callback, status, RETRY_WHEN_FULL);
  }

  /**
   * A waiting request's time ran out (a {@link TimeoutException}); other failures as Jetty does.
   */
  @Override
  protected void failSuspended(
      Request request, Response response, Callback callback, int status, Throwable failure) {
    if (failure instanceof TimeoutException && !response.isCommitted()) {
      refuse(response, callback, status, retryWhenExpired);
    } else {
      super.failSuspended(request, response, callback, status, failure);
    }
  }

  /** The 503 itself: small, never cached, and in the same JSON shape as every API error. */
  private static void refuse(Response response, Callback callback, int status, int retryAfter) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfter));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    SecurityHeaders.put(response.getHeaders());
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, BODY.length);
    response.write(true, ByteBuffer.wrap(BODY), callback);
  }
}
