package org.minutebook.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** Many GETs sent at once, each on a connection of its own, each timed to its whole answer. */
final class Burst {
  /**
   * One answer.
   *
   * @param millis from sending the request to the last byte of the answer
   * @param retryAfter the {@code Retry-After} header, or null
   * @param contentSecurityPolicy the {@code Content-Security-Policy} header, or null
   */
  record Answer(
      int status, double millis, String retryAfter, String contentSecurityPolicy, String body) {
    /** Short enough for a failure message: a served export is hundreds of kilobytes. */
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d in %.1f ms%s",
          status,
          millis,
          retryAfter == null ? "" : " (Retry-After " + retryAfter + ")");
    }
  }

  private Burst() {}

  /**
   * Sends {@code count} GETs of {@code path} to {@code port} at once and waits for every answer.
   */
  static List<Answer> send(int port, String path, int count) {
    try (HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build()) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(60))
              .build();
      List<CompletableFuture<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        long start = System.nanoTime();
        answers.add(
            client
                .sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(
                    response ->
                        new Answer(
                            response.statusCode(),
                            (System.nanoTime() - start) / 1e6,
                            response.headers().firstValue("Retry-After").orElse(null),
                            response.headers().firstValue("Content-Security-Policy").orElse(null),
                            response.body())));
      }
      return answers.stream().map(CompletableFuture::join).toList();
    }
  }

  /** The answers that {@code which} picks. */
  static List<Answer> only(List<Answer> answers, Predicate<Answer> which) {
    return answers.stream().filter(which).toList();
  }

  /** The answers with {@code status}. */
  static List<Answer> withStatus(List<Answer> answers, int status) {
    return only(answers, a -> a.status() == status);
  }

  /** The median time of {@code answers}, in milliseconds. */
  static double median(List<Answer> answers) {
    double[] millis = answers.stream().mapToDouble(Answer::millis).sorted().toArray();
    return millis[(millis.length - 1) / 2];
  }

  /** The fastest of {@code answers}, in milliseconds. */
  static double fastest(List<Answer> answers) {
    return answers.stream().mapToDouble(Answer::millis).min().orElseThrow();
  }

  /** The slowest of {@code answers}, in milliseconds. */
  static double slowest(List<Answer> answers) {
    return answers.stream().mapToDouble(Answer::millis).max().orElseThrow();
  }
}
