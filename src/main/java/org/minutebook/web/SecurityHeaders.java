package org.minutebook.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, whatever answers it: the API, the page, static files and
 * webjars, the app's errors and 404s, and the errors Jetty writes itself before the app sees a
 * request (a request line or header too long). No {@code Access-Control-Allow-*} header is ever
 * sent: the API is for this page and for clients that are not browsers, so no other site's script
 * may read it.
 *
 * <p>The policy is the strictest the page works under (the browser tests listen for violations on
 * every page): nothing is allowed by default; scripts, styles, images and requests only from this
 * origin; no inline script or style, no {@code eval}, no plugins, no {@code <base>}; forms submit
 * only here; no site may frame it. Trusted Types are required, so the browser refuses any string
 * given to an HTML or script sink ({@code innerHTML} and the like) unless the page's one policy
 * made it, and that policy makes only the chart library's address. The page was written for it: its
 * scripts are files, it sets styles through the CSSOM only and never parses text as HTML, GOV.UK
 * Frontend and Chart.js need nothing more, and the server serves GOV.UK's stylesheet without its
 * font faces, so no font is fetched.
 */
final class SecurityHeaders {
  static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; "
          + "object-src 'none'; require-trusted-types-for 'script'; trusted-types minutebook";

  /**
   * What an original file other than a PDF gets instead of {@link #POLICY}: a stored page runs as a
   * unique origin with no script at all, so nothing it holds can act as this site.
   */
  static final String SANDBOX = "sandbox";

  static final String CSP = "Content-Security-Policy";

  /** The headers and their values; each one's comment says what it stops. */
  static final Map<String, String> HEADERS =
      Map.of(
          CSP,
          POLICY,
          // Browsers take a response as the type it says, never as the type its bytes look like.
          "X-Content-Type-Options",
          "nosniff",
          // Searches are in addresses: no other site learns them from a link followed.
          "Referrer-Policy",
          "no-referrer",
          // frame-ancestors for browsers that predate it.
          "X-Frame-Options",
          "DENY",
          // Another site's window cannot hold a reference to ours, nor embed our responses.
          "Cross-Origin-Opener-Policy",
          "same-origin",
          "Cross-Origin-Resource-Policy",
          "same-origin");

  private SecurityHeaders() {}

  /** Sends the headers on every response of {@code config}'s app. */
  static void register(JavalinConfig config) {
    config.routes.before(SecurityHeaders::apply);
    config.jetty.modifyServer(server -> server.setErrorHandler(new WithHeaders()));
  }

  /** Puts every header in {@code fields}: for responses Jetty writes before Javalin runs. */
  static void put(HttpFields.Mutable fields) {
    HEADERS.forEach(fields::put);
  }

  /** Sets every header on the response (before a handler runs, so errors keep them). */
  static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  /**
   * An original file's policy: {@link #SANDBOX}, except for a PDF, which gets none, because
   * Chromium's viewer refuses to show a PDF under a sandbox or {@code object-src 'none'}.
   */
  static void originalFile(Context ctx, boolean pdf) {
    HttpServletResponse response = ctx.res();
    if (pdf) {
      response.setHeader(CSP, null); // the servlet API's way to remove a header
    } else {
      response.setHeader(CSP, SANDBOX);
    }
  }

  /**
   * Jetty's own error pages (414, 431, a malformed request) with the same headers, written before
   * Javalin sees the request.
   */
  private static final class WithHeaders extends ErrorHandler {
    WithHeaders() {
      setShowStacks(false);
      setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      put(response.getHeaders());
      return super.handle(request, response, callback);
    }
  }
}
