package org.minutebook.config;

import java.time.Duration;

/**
 * How the server listens, and how much work it takes on at once.
 *
 * @param host the address to bind; loopback unless told otherwise, so nothing is exposed by
 *     accident
 * @param port the port; 0 picks a free one
 * @param admission how many API requests run at once, wait, and for how long
 */
public record ServerSettings(String host, int port, Admission admission) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public ServerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 (was " + port + ")");
    }
    if (admission == null) {
      throw new IllegalArgumentException("admission limits are required");
    }
  }

  /** Listens on {@code host} and {@code port} with the default admission limits. */
  public ServerSettings(String host, int port) {
    this(host, port, Admission.defaults());
  }

  /** The address to print: "localhost" when bound to loopback. */
  public String displayHost() {
    return host.equals("127.0.0.1") || host.equals("::1") || host.equals("0.0.0.0")
        ? "localhost"
        : host;
  }

  /**
   * The server's overload limits. Beyond {@code maxActive} requests at once, requests wait in a
   * queue of at most {@code maxQueued}, each for at most {@code maxWait}; a request that finds the
   * queue full, or waits longer, is refused at once with 503 and {@code Retry-After}, so that an
   * overloaded server stays fast for the requests it does take rather than slow for everyone.
   *
   * @param maxActive requests handled at once (1 or more)
   * @param maxQueued requests waiting for a turn (0 or more; 0 refuses whatever cannot start now)
   * @param maxWait how long a request may wait for its turn (more than zero)
   */
  public record Admission(int maxActive, int maxQueued, Duration maxWait) {
    /**
     * Waiting requests by default: enough for 50 clients asking at once to be queued and served
     * with no error (the load test's burst), few enough that a flood is refused at once rather than
     * held for seconds.
     */
    public static final int DEFAULT_MAX_QUEUED = 200;

    /** The longest wait by default: a person still waits for a search this long. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(10);

    public Admission {
      if (maxActive < 1) {
        throw new IllegalArgumentException(
            "the active requests limit must be 1 or more (was " + maxActive + ")");
      }
      if (maxQueued < 0) {
        throw new IllegalArgumentException(
            "the queued requests limit must be 0 or more (was " + maxQueued + ")");
      }
      if (maxWait == null || maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException(
            "the longest wait must be more than zero (was " + maxWait + ")");
      }
    }

    /** The defaults on this machine: {@link #defaultMaxActive()}, 200 queued, 10 s. */
    public static Admission defaults() {
      return new Admission(defaultMaxActive(), DEFAULT_MAX_QUEUED, DEFAULT_MAX_WAIT);
    }

    /**
     * Active requests by default: twice the cores, at least 4. Searches are CPU-bound, so more at
     * once only share the same cores more thinly; twice covers requests that wait on the disk or on
     * a slow reader of a long answer.
     */
    public static int defaultMaxActive() {
      return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
  }
}
