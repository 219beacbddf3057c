package org.minutebook.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A load test for a fixed time: {@code clients} closed-loop clients, each with its own kept-alive
 * connection, send a fixed mix of requests one after another (each as soon as the last answer has
 * been read to its end), first for a warm-up, then for the timed duration. Unlike {@link HttpLoad},
 * which times a number of requests of one kind, it runs for a wall-clock time and counts every
 * answer that is not a 200, refusals included, as an error.
 */
public final class LoadTest {
  /** The status an exchange counts when no answer came: a timeout or a broken connection. */
  public static final int NO_ANSWER = 0;

  /**
   * One request of the mix.
   *
   * @param kind its name in the results
   * @param path its path and query ("/api/search?q=housing")
   */
  public record Request(String kind, String path) {}

  /**
   * How one kind fared in the timed phase.
   *
   * @param requests the kind's timed requests
   * @param errors those that did not end in 200
   * @param latency of the 200s, from sending the request to the last byte of the answer
   */
  public record KindResult(String kind, long requests, long errors, Latency.Figures latency) {}

  /**
   * What a run measured in its timed phase.
   *
   * @param clients the closed-loop clients
   * @param seconds from the end of the warm-up to the last timed answer
   * @param requests the timed requests sent (those sent at or after the end of the warm-up)
   * @param errors the timed requests that did not end in 200
   * @param failures the errors by status ({@link #NO_ANSWER} when none came)
   * @param latency of every timed 200
   * @param errorLatency of every timed error: how fast refusals come back
   * @param kinds the same by kind, in the mix's order
   */
  public record Result(
      int clients,
      double seconds,
      long requests,
      long errors,
      SortedMap<Integer, Long> failures,
      Latency.Figures latency,
      Latency.Figures errorLatency,
      List<KindResult> kinds) {
    /** Timed requests per second of the timed phase. */
    public double requestsPerSecond() {
      return seconds <= 0 ? 0 : requests / seconds;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d clients: %,d requests, %,d errors, %.1f req/s in %.1f s, %s",
          clients,
          requests,
          errors,
          requestsPerSecond(),
          seconds,
          latency);
    }
  }

  private LoadTest() {}

  /**
   * Runs the load and waits for it to end.
   *
   * @param mix the requests; each client goes round them, starting at its own offset
   * @param warmup untimed load first, with every client, so that the timed phase meets a warm JIT
   *     and a full page cache
   * @param duration the timed phase
   * @param timeout the limit on connecting and on waiting for each answer
   */
  public static Result run(
      URI base,
      List<Request> mix,
      int clients,
      Duration warmup,
      Duration duration,
      Duration timeout)
      throws InterruptedException {
    if (clients < 1 || mix.isEmpty() || warmup.isNegative() || duration.isNegative()) {
      throw new IllegalArgumentException(
          "needs a request, one client or more, and durations of zero or more");
    }
    List<String> paths = mix.stream().map(Request::path).toList();
    long started = System.nanoTime();
    long timedFrom = started + warmup.toNanos();
    long until = timedFrom + duration.toNanos();
    List<Client> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          new Client(
              new SocketExchange(base, paths, timeout),
              c % mix.size(),
              mix.size(),
              timedFrom,
              until));
    }
    runAll(workers);
    return merge(workers, mix, timedFrom);
  }

  /** Runs every client on a thread of its own and waits for all of them. */
  private static void runAll(List<Client> clients) throws InterruptedException {
    HttpLoad.runAll(clients, "load-client-");
    for (Client client : clients) {
      if (client.failure != null) {
        throw new IllegalStateException("a load client failed: " + client.failure, client.failure);
      }
    }
  }

  /** The clients' figures together, overall and by kind. */
  static Result merge(List<Client> clients, List<Request> mix, long timedFrom) {
    long end = timedFrom;
    SortedMap<Integer, Long> failures = new TreeMap<>();
    List<KindResult> kinds = new ArrayList<>();
    List<long[]> all = new ArrayList<>();
    long requests = 0;
    long errors = 0;
    for (int k = 0; k < mix.size(); k++) {
      long kindRequests = 0;
      long kindErrors = 0;
      List<long[]> kindNanos = new ArrayList<>();
      for (Client client : clients) {
        kindRequests += client.requests[k];
        kindErrors += client.errors[k];
        kindNanos.add(client.answered[k].toArray());
      }
      long[] nanos = concat(kindNanos);
      all.add(nanos);
      kinds.add(
          new KindResult(mix.get(k).kind(), kindRequests, kindErrors, Latency.figures(nanos)));
      requests += kindRequests;
      errors += kindErrors;
    }
    List<long[]> failed = new ArrayList<>();
    for (Client client : clients) {
      end = Math.max(end, client.lastAnswer);
      client.failures.forEach((status, count) -> failures.merge(status, count, Long::sum));
      failed.add(client.failed.toArray());
    }
    return new Result(
        clients.size(),
        (end - timedFrom) / 1e9,
        requests,
        errors,
        failures,
        Latency.figures(concat(all)),
        Latency.figures(concat(failed)),
        kinds);
  }

  private static long[] concat(List<long[]> parts) {
    long[] joined = new long[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }

  /** One closed-loop client: requests in turn until the end, timed from the end of the warm-up. */
  static final class Client implements Runnable {
    private final Exchange exchange;
    private final int kinds;
    private final long timedFrom;
    private final long until;
    private final long[] requests;
    private final long[] errors;
    private final Nanos[] answered;
    private final Nanos failed = new Nanos();
    private final Map<Integer, Long> failures = new TreeMap<>();
    private int next;
    private long lastAnswer;
    private Throwable failure;

    Client(Exchange exchange, int offset, int kinds, long timedFrom, long until) {
      this.exchange = exchange;
      this.next = offset;
      this.kinds = kinds;
      this.timedFrom = timedFrom;
      this.until = until;
      this.requests = new long[kinds];
      this.errors = new long[kinds];
      this.answered = new Nanos[kinds];
      for (int k = 0; k < kinds; k++) {
        answered[k] = new Nanos();
      }
    }

    @Override
    public void run() {
      try (exchange) {
        long start = System.nanoTime();
        while (start < until && !Thread.currentThread().isInterrupted()) {
          int kind = next;
          next = (next + 1) % kinds;
          int status = send(kind);
          long end = System.nanoTime();
          if (start >= timedFrom) {
            record(kind, status, end - start);
            lastAnswer = end;
          }
          start = end;
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }

    /** Records {@code status} of a timed request of {@code kind} that took {@code nanos}. */
    void record(int kind, int status, long nanos) {
      requests[kind]++;
      if (status == 200) {
        answered[kind].add(nanos);
      } else {
        errors[kind]++;
        failed.add(nanos);
        failures.merge(status, 1L, Long::sum);
      }
    }

    private int send(int kind) {
      try {
        return exchange.get(kind);
      } catch (IOException e) {
        return NO_ANSWER;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return NO_ANSWER;
      }
    }
  }

  /** A growing array of latencies: a five-minute run records hundreds of thousands. */
  private static final class Nanos {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
