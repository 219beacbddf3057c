package org.minutebook.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * GETs with {@link HttpClient} (HTTP/1.1, kept-alive connections), the body read to the end and
 * discarded. The requests are built once; the client is the caller's, shared or not.
 */
final class JdkExchange implements Exchange {
  private final HttpClient client;
  private final boolean owned;
  private final HttpRequest[] requests;

  JdkExchange(HttpClient client, boolean owned, URI base, List<String> paths, Duration timeout) {
    this.client = client;
    this.owned = owned;
    this.requests =
        paths.stream()
            .map(
                path ->
                    HttpRequest.newBuilder(RequestTargets.uri(base, path)).timeout(timeout).build())
            .toArray(HttpRequest[]::new);
  }

  /** An HTTP/1.1 client that keeps connections alive (the JDK's default for 1.1). */
  static HttpClient client(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .build();
  }

  @Override
  public int get(int index) throws IOException, InterruptedException {
    return client.send(requests[index], HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Override
  public void close() {
    if (owned) {
      client.close();
    }
  }
}
