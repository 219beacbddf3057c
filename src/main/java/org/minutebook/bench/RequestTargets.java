package org.minutebook.bench;

import java.net.URI;

/** Request paths against a server's base address. */
final class RequestTargets {
  private RequestTargets() {}

  /** {@code path} ("/api/search?q=x", with or without its first slash) under {@code base}. */
  static URI uri(URI base, String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** The request target of an HTTP/1.1 request line: the path and query, encoded. */
  static String requestTarget(URI base, String path) {
    URI uri = uri(base, path);
    String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? target : target + "?" + uri.getRawQuery();
  }
}
