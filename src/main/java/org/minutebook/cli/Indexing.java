package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.lucene.store.LockObtainFailedException;
import org.minutebook.config.Paths;
import org.minutebook.index.IndexBuilder;
import org.minutebook.index.IndexState;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Tesseract;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/** Runs an indexing pass with progress on the terminal, and prints its report. */
final class Indexing {
  private Indexing() {}

  /** Rebuilds the index, with the default options, if it is missing or stale. */
  static void ensureFresh(Paths paths, PrintWriter out, PrintWriter err) throws IOException {
    ensureFresh(paths, IngestOptions.defaults(), out, err);
  }

  /** Rebuilds the index if it is missing or stale; says which, and why, on {@code out}. */
  static void ensureFresh(Paths paths, IngestOptions options, PrintWriter out, PrintWriter err)
      throws IOException {
    IndexState.Verdict verdict = IndexBuilder.check(paths.corpus(), paths.index(), options);
    if (verdict.fresh()) {
      out.println("Index: " + verdict.reason() + ".");
      return;
    }
    out.println("Indexing " + paths.corpus() + " because " + verdict.reason() + ".");
    printReport(build(paths, options, err), out);
  }

  /**
   * Makes sure {@code serve} has an index to open at once. One written under this schema is served
   * as it is, even when stale, and the caller brings it up to date in the background; with none, or
   * one of another schema, the corpus is indexed now.
   *
   * @return why the index is stale when it is to be served stale; empty when it is up to date
   */
  static Optional<String> prepareToServe(
      Paths paths, IngestOptions options, PrintWriter out, PrintWriter err) throws IOException {
    IndexState.Verdict verdict = IndexBuilder.check(paths.corpus(), paths.index(), options);
    if (verdict.fresh()) {
      out.println("Index: " + verdict.reason() + ".");
      return Optional.empty();
    }
    if (IndexState.servable(paths.index())) {
      out.println(
          "Serving the index as it is and bringing it up to date in the background, because "
              + verdict.reason()
              + ".");
      out.flush();
      return Optional.of(verdict.reason());
    }
    out.println("Indexing " + paths.corpus() + " because " + verdict.reason() + ".");
    printReport(build(paths, options, err), out);
    return Optional.empty();
  }

  /** Indexes {@code paths.corpus()} into {@code paths.index()}, with progress on {@code err}. */
  static IngestReport build(Paths paths, IngestOptions options, PrintWriter err)
      throws IOException {
    return build(paths, options, err, System.console() != null);
  }

  /**
   * Indexes with progress on {@code err}: a bar when {@code bar}, else a line every tenth of the
   * way.
   */
  static IngestReport build(Paths paths, IngestOptions options, PrintWriter err, boolean bar)
      throws IOException {
    try (Progress progress = bar ? new BarProgress() : new LineProgress(err)) {
      return IndexBuilder.build(paths.corpus(), paths.index(), options, progress);
    } catch (LockObtainFailedException e) {
      throw new IOException(
          "another run is indexing into "
              + paths.index()
              + " now; wait for it to finish (a server using that index switches to the new"
              + " commit by itself)",
          e);
    }
  }

  /**
   * The default options, with OCR if {@code ocr}; says on {@code err} when OCR was asked for but
   * Tesseract is missing (indexing goes on, and scanned PDFs are reported as needing OCR).
   */
  static IngestOptions options(boolean ocr, PrintWriter err) {
    if (ocr && !Tesseract.installed()) {
      err.println(
          "--ocr: Tesseract is not installed, so scanned PDFs will be reported as needing OCR"
              + " instead of being read; "
              + Tesseract.INSTALL_HINT
              + ".");
      err.flush();
    }
    return IngestOptions.defaults().withOcr(ocr);
  }

  /** The summary table, then every skipped file with its reason. */
  static void printReport(IngestReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nIndexed %d items from %d files in %.1f s: %d file%s read, %d unchanged, %d removed.%n%n",
        report.items(),
        report.files().size(),
        report.millis() / 1000.0,
        report.extracted(),
        report.extracted() == 1 ? "" : "s",
        report.files().size() - report.extracted(),
        report.removed().size());
    out.printf(Locale.ROOT, "  %-14s %6s%n", "status", "files");
    for (Map.Entry<IngestStatus, Integer> e : report.countsByStatus().entrySet()) {
      out.printf(Locale.ROOT, "  %-14s %6d%n", e.getKey().label(), e.getValue());
    }
    if (!report.skipped().isEmpty()) {
      out.printf(Locale.ROOT, "%nNot indexed:%n");
      for (FileOutcome f : report.skipped()) {
        out.printf(
            Locale.ROOT, "  %-12s %s%n  %12s %s%n", f.status().label(), f.source(), "", f.reason());
      }
    }
    long notes =
        report.files().stream()
            .filter(f -> !f.reason().isEmpty() && f.status() == IngestStatus.INDEXED)
            .count();
    if (notes > 0) {
      out.printf(Locale.ROOT, "%nIndexed with notes:%n");
      report.files().stream()
          .filter(f -> f.status() == IngestStatus.INDEXED && !f.reason().isEmpty())
          .forEach(f -> out.printf(Locale.ROOT, "  %s: %s%n", f.source(), f.reason()));
    }
    out.flush();
  }

  private interface Progress extends IngestListener, AutoCloseable {
    @Override
    void close();
  }

  /** A progress bar with counts and ETA, for a person at a terminal. */
  private static final class BarProgress implements Progress {
    private ProgressBar bar;

    @Override
    public void started(int files) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Indexing")
              .setInitialMax(files)
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUnit(" files", 1)
              .showSpeed()
              .build();
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      bar.step();
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Plain lines every tenth of the way, for logs and CI. */
  private static final class LineProgress implements Progress {
    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private final long started = System.nanoTime();

    LineProgress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(int files) {
      total = files;
      err.printf(Locale.ROOT, "Indexing %d files%n", files);
      err.flush();
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      int n = done.incrementAndGet();
      int step = Math.max(1, total / 10);
      if (n % step == 0 || n == total) {
        synchronized (err) {
          err.printf(
              Locale.ROOT,
              "  %d/%d files (%.0f s)%n",
              n,
              total,
              (System.nanoTime() - started) / 1e9);
          err.flush();
        }
      }
    }

    @Override
    public void close() {
      err.flush();
    }
  }
}
