package org.minutebook.config;

/**
 * How the server listens.
 *
 * @param host the address to bind; loopback unless told otherwise, so nothing is exposed by
 *     accident
 * @param port the port; 0 picks a free one
 */
public record ServerSettings(String host, int port) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public ServerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 (was " + port + ")");
    }
  }

  /** The address to print: "localhost" when bound to loopback. */
  public String displayHost() {
    return host.equals("127.0.0.1") || host.equals("::1") || host.equals("0.0.0.0")
        ? "localhost"
        : host;
  }
}
