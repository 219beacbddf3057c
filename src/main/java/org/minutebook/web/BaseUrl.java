package org.minutebook.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheme, host and port a request was addressed to, for the absolute links of exports and
 * feeds. The Host header is the client's to write: anything but a plausible host name or address
 * with an optional port gives {@link #FALLBACK}, so that no header can put markup or another site's
 * address into our links.
 */
final class BaseUrl {
  static final String FALLBACK = "http://localhost";

  private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  private static final Pattern HOST =
      Pattern.compile(
          "(?:" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9a-f:.]{2,45}\\])(?::([0-9]{1,5}))?");
  private static final int MAX_HOST = 255;
  private static final int MAX_PORT = 65_535;

  private BaseUrl() {}

  /** The base of {@code ctx}'s request. */
  static String of(Context ctx) {
    return of(ctx.scheme(), ctx.header("Host"));
  }

  /** {@code scheme://host} when {@code host} is plausible, else {@link #FALLBACK}. */
  static String of(String scheme, String host) {
    if (host == null || host.length() > MAX_HOST) {
      return FALLBACK;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    Matcher m = HOST.matcher(lower);
    if (!m.matches()) {
      return FALLBACK;
    }
    if (m.group(1) != null) {
      int port = Integer.parseInt(m.group(1));
      if (port == 0 || port > MAX_PORT) {
        return FALLBACK;
      }
    }
    return ("https".equalsIgnoreCase(scheme) ? "https" : "http") + "://" + lower;
  }
}
