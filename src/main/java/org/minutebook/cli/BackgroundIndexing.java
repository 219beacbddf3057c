package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.minutebook.config.Paths;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.IngestReport;
import org.minutebook.search.Archive;

/**
 * Brings a served index up to date in a thread of its own. The server answers from the last commit
 * meanwhile and switches to the new one the moment it lands; a run that fails (an exception,
 * another run holding the index) leaves the server on the last commit, and says so.
 */
final class BackgroundIndexing {
  private final Thread thread;

  private BackgroundIndexing(Thread thread) {
    this.thread = thread;
  }

  /** Starts bringing {@code paths.index()} up to date; {@code archive} serves it meanwhile. */
  static BackgroundIndexing start(
      Paths paths, IngestOptions options, Archive archive, PrintWriter out, PrintWriter err) {
    Runnable update = () -> update(paths, options, archive, out, err);
    return new BackgroundIndexing(
        Thread.ofPlatform().name("minutebook-background-index").daemon(true).start(update));
  }

  /**
   * Stops the update, if it is still running, and waits up to {@code wait} for it to end: the run
   * is rolled back and the last commit stays as it was.
   */
  void stop(Duration wait) {
    thread.interrupt();
    try {
      thread.join(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void update(
      Paths paths, IngestOptions options, Archive archive, PrintWriter out, PrintWriter err) {
    try {
      // Plain progress lines, not a bar: the server's own messages share the terminal.
      IngestReport report = Indexing.build(paths, options, err, false);
      archive.refresh();
      synchronized (out) {
        Indexing.printReport(report, out);
        out.printf(Locale.ROOT, "%nIndex up to date: now serving %d items.%n", archive.size());
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        return; // Stopped with the server: nothing to report.
      }
      synchronized (err) {
        err.println(
            "minutebook: indexing in the background failed ("
                + e.getMessage()
                + "); still serving the index as it was.");
        err.flush();
      }
    }
  }
}
