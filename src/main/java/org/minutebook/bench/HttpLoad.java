package org.minutebook.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator: {@code concurrency} workers, each with its own kept-alive
 * connection, send GETs one after another, each as soon as the last answer has been read to its
 * end. All workers warm up, wait for one another, then run the timed phase together, so that
 * requests per second is the timed requests over the timed phase's wall time.
 */
public final class HttpLoad {
  /** How the workers talk HTTP. */
  public enum Client {
    /**
     * A hand-written HTTP/1.1 client on a plain socket per worker: the cheapest on the cores it
     * shares with the server, and the default.
     */
    SOCKET,
    /** One {@link HttpClient} shared by every worker (its pool keeps a connection per worker). */
    JDK_SHARED,
    /** One {@link HttpClient} per worker. */
    JDK_PER_WORKER
  }

  /**
   * What one run measured.
   *
   * @param requests the timed requests sent
   * @param errors the timed requests that did not end in HTTP 200 (an other status, a timeout or a
   *     broken connection); they are left out of {@code latency}
   * @param seconds the timed phase's wall time
   * @param requestsPerSecond {@code requests / seconds}
   * @param latency from sending a request to the last byte of its answer, of the 200s
   */
  public record Result(
      int concurrency,
      int requests,
      int errors,
      double seconds,
      double requestsPerSecond,
      Latency.Figures latency) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "c=%d: %.1f req/s, %s, %d errors in %.2f s",
          concurrency,
          requestsPerSecond,
          latency,
          errors,
          seconds);
    }
  }

  private HttpLoad() {}

  /**
   * Runs the load with the default client ({@link Client#SOCKET}).
   *
   * @param paths the requests ("/api/search?q=housing"); each worker cycles through them, starting
   *     at its own offset
   * @param warmupRequests untimed requests in all, shared among the workers
   * @param timedRequests timed requests in all, shared among the workers
   * @param timeout the limit on connecting and on waiting for each answer
   */
  public static Result run(
      URI base,
      List<String> paths,
      int concurrency,
      int warmupRequests,
      int timedRequests,
      Duration timeout)
      throws InterruptedException {
    return run(base, paths, concurrency, warmupRequests, timedRequests, timeout, Client.SOCKET);
  }

  /** Runs the load with the given client; see {@link #run(URI, List, int, int, int, Duration)}. */
  public static Result run(
      URI base,
      List<String> paths,
      int concurrency,
      int warmupRequests,
      int timedRequests,
      Duration timeout,
      Client client)
      throws InterruptedException {
    if (concurrency < 1 || paths.isEmpty() || warmupRequests < 0 || timedRequests < 1) {
      throw new IllegalArgumentException(
          "needs a path, a concurrency of 1 or more and at least one timed request");
    }
    AtomicLong timedStart = new AtomicLong();
    CyclicBarrier together =
        new CyclicBarrier(concurrency, () -> timedStart.set(System.nanoTime()));
    HttpClient shared = client == Client.JDK_SHARED ? JdkExchange.client(timeout) : null;
    List<Worker> workers = new ArrayList<>();
    try {
      for (int w = 0; w < concurrency; w++) {
        Exchange exchange =
            switch (client) {
              case SOCKET -> new SocketExchange(base, paths, timeout);
              case JDK_SHARED -> new JdkExchange(shared, false, base, paths, timeout);
              case JDK_PER_WORKER ->
                  new JdkExchange(JdkExchange.client(timeout), true, base, paths, timeout);
            };
        workers.add(
            new Worker(
                exchange,
                w % paths.size(),
                paths.size(),
                share(warmupRequests, concurrency, w),
                share(timedRequests, concurrency, w),
                together));
      }
      return collect(workers, concurrency, timedStart);
    } finally {
      if (shared != null) {
        shared.close();
      }
    }
  }

  /**
   * Runs each of {@code tasks} on a daemon thread of its own, named {@code name} and its number,
   * and waits for all of them. Interrupted, it interrupts them too: a stopped benchmark leaves no
   * load running.
   */
  static void runAll(List<? extends Runnable> tasks, String name) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      Thread thread = new Thread(tasks.get(i), name + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    try {
      for (Thread thread : threads) {
        thread.join();
      }
    } catch (InterruptedException e) {
      threads.forEach(Thread::interrupt);
      throw e;
    }
  }

  /** Starts the workers, waits for them, and merges what they measured. */
  private static Result collect(List<Worker> workers, int concurrency, AtomicLong timedStart)
      throws InterruptedException {
    runAll(workers, "http-load-");
    long end = 0;
    int requests = 0;
    int errors = 0;
    int answered = 0;
    failIfAny(workers);
    for (Worker worker : workers) {
      end = Math.max(end, worker.end);
      requests += worker.nanos.length;
      errors += worker.errors;
      answered += worker.answered;
    }
    long[] nanos = new long[answered];
    int at = 0;
    for (Worker worker : workers) {
      System.arraycopy(worker.nanos, 0, nanos, at, worker.answered);
      at += worker.answered;
    }
    double seconds = (end - timedStart.get()) / 1e9;
    return new Result(
        concurrency, requests, errors, seconds, requests / seconds, Latency.figures(nanos));
  }

  /** Throws the first worker's failure that is a cause rather than another worker's echo of it. */
  private static void failIfAny(List<Worker> workers) {
    Throwable first = null;
    for (Worker worker : workers) {
      Throwable failure = worker.failure;
      if (failure != null
          && (first == null
              || first instanceof BrokenBarrierException
                  && !(failure instanceof BrokenBarrierException))) {
        first = failure;
      }
    }
    if (first != null) {
      throw new IllegalStateException("a load worker failed: " + first, first);
    }
  }

  /** Worker {@code w}'s part of {@code total}: equal shares, the remainder to the first ones. */
  static int share(int total, int workers, int w) {
    return total / workers + (w < total % workers ? 1 : 0);
  }

  /** One closed loop: warm-up, the barrier, then the timed requests. */
  private static final class Worker implements Runnable {
    private final Exchange exchange;
    private final int paths;
    private final int warmup;
    private final CyclicBarrier together;
    private final long[] nanos;
    private int next;
    private int answered;
    private int errors;
    private long end;
    private Throwable failure;

    Worker(
        Exchange exchange, int offset, int paths, int warmup, int timed, CyclicBarrier together) {
      this.exchange = exchange;
      this.next = offset;
      this.paths = paths;
      this.warmup = warmup;
      this.together = together;
      this.nanos = new long[timed];
    }

    @Override
    public void run() {
      try (exchange) {
        for (int i = 0; i < warmup; i++) {
          send();
        }
        together.await();
        for (int i = 0; i < nanos.length; i++) {
          long start = System.nanoTime();
          int status = send();
          long took = System.nanoTime() - start;
          if (status == 200) {
            nanos[answered++] = took;
          } else {
            errors++;
          }
        }
        end = System.nanoTime();
      } catch (InterruptedException | BrokenBarrierException | RuntimeException e) {
        failure = e;
        together.reset();
      }
    }

    /** One request; a broken connection or a timeout counts as status 0. */
    private int send() throws InterruptedException {
      int index = next;
      next = (next + 1) % paths;
      try {
        return exchange.get(index);
      } catch (IOException e) {
        return 0;
      }
    }
  }
}
