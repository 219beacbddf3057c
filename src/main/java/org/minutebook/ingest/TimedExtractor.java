package org.minutebook.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.minutebook.model.IngestStatus;

/**
 * Parses in this JVM with a time limit per file. A parse that overruns is reported as timed out and
 * abandoned on its thread, but it cannot be stopped (Tika's parsers ignore interruption), and it
 * shares this JVM's memory: use {@link IsolatedExtractor} for corpora you do not trust. It is the
 * faster choice for small trusted corpora, tests and debugging.
 */
public final class TimedExtractor implements Extractor {
  private final TikaExtractor tika;
  private final Duration timeout;

  // Parsing runs on its own threads so that a parse which ignores interruption can be abandoned.
  private final ExecutorService parsers =
      Executors.newCachedThreadPool(
          Thread.ofPlatform().name("minutebook-tika-", 1).daemon(true).factory());

  public TimedExtractor(IngestOptions options) {
    this.tika = new TikaExtractor(options.maxChars(), options.maxBytes(), options.ocr());
    this.timeout = options.timeout();
  }

  @Override
  public Extracted extract(Path file) throws ExtractionException, IOException {
    CompletableFuture<Extracted> parse = new CompletableFuture<>();
    Future<?> task =
        parsers.submit(
            () -> {
              try {
                parse.complete(tika.extract(file));
              } catch (Exception | StackOverflowError e) {
                parse.completeExceptionally(e);
              }
            });
    try {
      return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ExtractionException(
          IngestStatus.TIMED_OUT, "parsing took longer than " + timeout.toSeconds() + " s", "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while parsing " + file, e);
    } catch (ExecutionException e) {
      return rethrow(e.getCause());
    }
  }

  @Override
  public void close() {
    parsers.shutdownNow();
  }

  private static Extracted rethrow(Throwable cause) throws ExtractionException, IOException {
    if (cause instanceof ExtractionException extraction) {
      throw extraction;
    }
    if (cause instanceof IOException io) {
      throw io;
    }
    throw new ExtractionException(
        IngestStatus.CORRUPT, "the parser failed: " + TikaExtractor.rootMessage(cause), "");
  }
}
