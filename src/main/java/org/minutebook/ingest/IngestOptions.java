package org.minutebook.ingest;

import java.time.Duration;

/**
 * Limits for reading a corpus.
 *
 * @param threads how many files are parsed at once
 * @param timeout how long one file may take to parse
 * @param maxChars how much text one file may give before it is cut off
 * @param maxBytes the largest file that is parsed at all
 * @param isolated whether files are parsed in worker JVMs (the default), so that a parser that
 *     hangs, runs out of memory or crashes costs one file and never the run; {@code false} parses
 *     in this JVM, which is faster to start and easier to debug but cannot stop a runaway parser
 * @param ocr whether scanned PDF pages are read with Tesseract OCR, when it is installed
 * @param workerHeapMb the heap of each worker JVM: a file that needs more ends as too large
 */
public record IngestOptions(
    int threads,
    Duration timeout,
    int maxChars,
    long maxBytes,
    boolean isolated,
    boolean ocr,
    int workerHeapMb) {
  public static final int DEFAULT_MAX_CHARS = 5_000_000;
  public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  /**
   * Enough for a 200 MB PDF of text and for rendering a page for OCR, while a pool of one worker
   * per core still fits beside the indexer on a small machine.
   */
  public static final int DEFAULT_WORKER_HEAP_MB = 768;

  public IngestOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive");
    }
    if (workerHeapMb < 64) {
      throw new IllegalArgumentException("a worker needs at least 64 MB of heap");
    }
  }

  /** Isolated parsing without OCR, with the default worker heap. */
  public IngestOptions(int threads, Duration timeout, int maxChars, long maxBytes) {
    this(threads, timeout, maxChars, maxBytes, true, false, DEFAULT_WORKER_HEAP_MB);
  }

  /** One thread per core, worker JVMs, no OCR, and the default limits. */
  public static IngestOptions defaults() {
    return new IngestOptions(
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_CHARS,
        DEFAULT_MAX_BYTES);
  }

  /** These options, parsing in this JVM instead of in workers. */
  public IngestOptions inProcess() {
    return new IngestOptions(threads, timeout, maxChars, maxBytes, false, ocr, workerHeapMb);
  }

  /** These options with OCR switched on or off. */
  public IngestOptions withOcr(boolean on) {
    return new IngestOptions(threads, timeout, maxChars, maxBytes, isolated, on, workerHeapMb);
  }

  /** These options with another time limit per file. */
  public IngestOptions withTimeout(Duration limit) {
    return new IngestOptions(threads, limit, maxChars, maxBytes, isolated, ocr, workerHeapMb);
  }

  /** These options with another number of threads (and so of workers). */
  public IngestOptions withThreads(int count) {
    return new IngestOptions(count, timeout, maxChars, maxBytes, isolated, ocr, workerHeapMb);
  }
}
