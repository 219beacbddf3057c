package org.minutebook.ingest;

import java.time.Duration;

/**
 * Limits for reading a corpus.
 *
 * @param threads how many files are parsed at once
 * @param timeout how long one file may take to parse
 * @param maxChars how much text one file may give before it is cut off
 * @param maxBytes the largest file that is parsed at all
 */
public record IngestOptions(int threads, Duration timeout, int maxChars, long maxBytes) {
  public static final int DEFAULT_MAX_CHARS = 5_000_000;
  public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** One thread per core and the default limits. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_CHARS,
        DEFAULT_MAX_BYTES);
  }
}
