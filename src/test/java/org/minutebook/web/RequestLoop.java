package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Threads that ask a running server how many items it has ({@code /api/search} with no query), over
 * and over, and keep every answer: what a reader sees while the index is rebuilt under them.
 */
public final class RequestLoop implements AutoCloseable {
  /** One answer: which thread asked, the HTTP status (-1: no answer), the total it gave. */
  public record Answer(int thread, int status, long total, String body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A pause between requests, so that the loop does not starve the indexer of the two cores. */
  private static final Duration PAUSE = Duration.ofMillis(20);

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;
  private final List<Answer> answers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;

  private RequestLoop(URI uri) {
    this.uri = uri;
  }

  /** Starts {@code threads} threads asking the server at {@code baseUrl} (ending in a slash). */
  public static RequestLoop start(String baseUrl, int threads) {
    RequestLoop loop = new RequestLoop(URI.create(baseUrl + "api/search?size=1"));
    for (int i = 0; i < threads; i++) {
      int thread = i;
      loop.threads.add(
          Thread.ofPlatform().name("request-loop-" + i).daemon(true).start(() -> loop.ask(thread)));
    }
    return loop;
  }

  private void ask(int thread) {
    while (!stopped) {
      Answer answer;
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long total =
            response.statusCode() == 200
                ? JSON.readTree(response.body()).get("total").asLong()
                : -1;
        answer = new Answer(thread, response.statusCode(), total, response.body());
      } catch (IOException e) {
        answer = new Answer(thread, -1, -1, String.valueOf(e));
      } catch (InterruptedException e) {
        return;
      }
      synchronized (answers) {
        answers.add(answer);
        answers.notifyAll();
      }
      try {
        Thread.sleep(PAUSE);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Waits until some answer gives {@code total}; says whether one did within {@code timeout}. */
  public boolean awaitTotal(long total, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (answers) {
      while (answers.stream().noneMatch(a -> a.total() == total)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        answers.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /** Stops asking; gives every answer, in the order they came. */
  public List<Answer> stop() throws InterruptedException {
    stopped = true;
    for (Thread thread : threads) {
      thread.join(10_000);
    }
    synchronized (answers) {
      return List.copyOf(answers);
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /**
   * Every answer is a 200 whose total is {@code before} or {@code after}, and no thread that has
   * seen {@code after} sees {@code before} again: the switch is atomic and never goes back.
   */
  public static void assertOldOrNew(List<Answer> answers, long before, long after) {
    assertFalse(answers.isEmpty(), "no request was answered");
    for (Answer a : answers) {
      assertEquals(200, a.status(), a.body());
      assertTrue(List.of(before, after).contains(a.total()), "a total of " + a.total());
    }
    Set<Integer> switched = new HashSet<>();
    for (Answer a : answers) {
      if (a.total() == after) {
        switched.add(a.thread());
      } else {
        assertFalse(
            switched.contains(a.thread()), "thread " + a.thread() + " saw the old index again");
      }
    }
  }
}
