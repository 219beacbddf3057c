package org.minutebook.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Absolute addresses of the page's views, for exports and feeds read away from the page. */
public final class DocumentLinks {
  private DocumentLinks() {}

  /**
   * The page that opens item {@code id} at paragraph {@code anchor} (none: at the top), with the
   * query that found it (blank: none).
   *
   * @param base scheme, host and port, without a trailing slash ("https://example.org")
   */
  public static String view(String base, String id, String query, String anchor) {
    StringBuilder link = new StringBuilder(base).append("/?view=document&id=").append(encode(id));
    if (query != null && !query.isBlank()) {
      link.append("&q=").append(encode(query));
    }
    if (anchor != null && !anchor.isBlank()) {
      link.append("&anchor=").append(encode(anchor));
    }
    return link.toString();
  }

  /** {@code value} encoded for a query string. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
