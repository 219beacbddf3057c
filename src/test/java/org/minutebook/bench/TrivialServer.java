package org.minutebook.bench;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;

/**
 * A Javalin endpoint that answers 200 bytes and does nothing else, run in its own JVM by {@link
 * HttpFloorTest}: what is left of a request's time is the load generator's and the HTTP stack's.
 */
public final class TrivialServer {
  private TrivialServer() {}

  /** Serves {@code GET /} on 127.0.0.1 at the port {@code args[0]} until killed. */
  public static void main(String[] args) {
    byte[] body = "x".repeat(200).getBytes(StandardCharsets.UTF_8);
    Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get("/", ctx -> ctx.contentType("application/json").result(body));
            })
        .start("127.0.0.1", Integer.parseInt(args[0]));
  }
}
