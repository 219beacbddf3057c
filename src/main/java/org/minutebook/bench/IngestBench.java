package org.minutebook.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.minutebook.index.IndexBuilder;
import org.minutebook.index.RawIndexing;
import org.minutebook.index.ThemeTagger;
import org.minutebook.ingest.CorpusWalker;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.ingest.TikaAlone;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.IngestReport;
import org.minutebook.themes.ThemeCatalog;

/**
 * Measures the ingest of one archive in one run against two baselines: Minutebook's real indexing
 * ({@link IndexBuilder#build} with default options, so parsing in worker JVMs), raw Lucene indexing
 * of the same items ({@link RawIndexing}: same documents and writer settings, no Tika, no
 * splitting, no tagging or knowledge), and Tika's extraction alone in this JVM ({@link TikaAlone}).
 * It also times a second, unchanged run over the same index and measures the index on disk.
 *
 * <p>Ratios are only meaningful within one run (the machines are shared and noisy). Run an archive
 * of one format to read figures per format.
 */
public final class IngestBench {
  /** The folder, under the work folder, that holds the index the ingest built. */
  public static final String INDEX = "index";

  /** The folder, under the work folder, that holds the raw-Lucene baseline's index. */
  public static final String RAW_INDEX = "raw-index";

  /**
   * The figures of one archive.
   *
   * @param files files in the corpus
   * @param bytes their total size
   * @param items agenda items indexed (the same by the ingest and by raw Lucene)
   * @param oursMs the ingest's first, full run
   * @param rawLuceneMs raw Lucene indexing of the same items
   * @param tikaAloneMs Tika's extraction of the same files in this JVM
   * @param reindexUnchangedMs a second ingest run over the unchanged corpus and the same index
   * @param indexBytes the ingest's index on disk
   */
  public record Figures(
      int files,
      long bytes,
      int items,
      long oursMs,
      long rawLuceneMs,
      long tikaAloneMs,
      long reindexUnchangedMs,
      long indexBytes) {

    /** Items per second of the ingest's full run. */
    public double itemsPerSecond() {
      return perSecond(items, oursMs);
    }

    /** Megabytes (10^6 bytes) of files per second of the ingest's full run. */
    public double megabytesPerSecond() {
      return perSecond(bytes / 1e6, oursMs);
    }

    /** Items per second of raw Lucene indexing. */
    public double rawLuceneItemsPerSecond() {
      return perSecond(items, rawLuceneMs);
    }

    /** Megabytes per second of Tika's extraction alone. */
    public double tikaAloneMegabytesPerSecond() {
      return perSecond(bytes / 1e6, tikaAloneMs);
    }

    /** The ingest's throughput as a share of raw Lucene's (issue 8: TXT and HTML at least 0.70). */
    public double oursToRawLucene() {
      return (double) rawLuceneMs / Math.max(1, oursMs);
    }

    /** The ingest's throughput as a share of Tika's alone (issue 8: PDF at least 0.75). */
    public double oursToTikaAlone() {
      return (double) tikaAloneMs / Math.max(1, oursMs);
    }

    /** An unchanged re-run's time as a share of the full run's (issue 8: at most 0.03). */
    public double reindexShare() {
      return (double) reindexUnchangedMs / Math.max(1, oursMs);
    }

    /** One line for a report. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "%d files, %.1f MB, %d items: ingest %d ms (%.0f items/s, %.2f MB/s); raw Lucene %d ms"
              + " (ingest at %.0f %%); Tika alone %d ms (ingest at %.0f %%); unchanged re-run"
              + " %d ms (%.1f %% of full); index %.1f MB",
          files,
          bytes / 1e6,
          items,
          oursMs,
          itemsPerSecond(),
          megabytesPerSecond(),
          rawLuceneMs,
          100 * oursToRawLucene(),
          tikaAloneMs,
          100 * oursToTikaAlone(),
          reindexUnchangedMs,
          100 * reindexShare(),
          indexBytes / 1e6);
    }

    private static double perSecond(double amount, long millis) {
      return amount * 1000 / Math.max(1, millis);
    }
  }

  /**
   * One measurement.
   *
   * @param figures the times and sizes
   * @param items the items as indexed (tagged with their themes), in id order
   */
  public record Run(Figures figures, List<AgendaItem> items) {}

  private IngestBench() {}

  /**
   * Measures the ingest of {@code corpus} on {@code threads} threads. The index the ingest built is
   * left at {@code workDir/}{@value #INDEX} (up to date with the corpus, ready for query
   * benchmarks) and the raw-Lucene baseline's at {@code workDir/}{@value #RAW_INDEX}; both are
   * replaced if they exist.
   *
   * <p>Order: an untimed in-process pass reads, tags and prepares the items (which also warms this
   * JVM's code); then Tika alone, raw Lucene, the ingest's full run and its unchanged re-run.
   *
   * @param log where progress goes, one line per step
   * @throws IllegalStateException if the ingest and the untimed pass disagree on the items
   */
  public static Run measure(Path corpus, Path workDir, int threads, PrintWriter log)
      throws IOException {
    List<Path> files = CorpusWalker.files(corpus);
    long bytes = sizeOf(files);
    Path index = workDir.resolve(INDEX);
    Path rawIndex = workDir.resolve(RAW_INDEX);
    delete(index);
    delete(rawIndex);

    long started = System.nanoTime();
    List<AgendaItem> items = tagged(corpus, threads);
    List<RawIndexing.Prepared> prepared = RawIndexing.prepare(corpus, items);
    step(log, "items read, tagged and prepared (untimed)", since(started), items.size() + " items");

    TikaAlone.Result tika = TikaAlone.run(files, threads, IngestOptions.DEFAULT_MAX_CHARS);
    step(log, "Tika alone", tika.wallMs(), tika.failed() + " files failed");

    RawIndexing.Result raw = RawIndexing.index(prepared, rawIndex, threads);
    step(log, "raw Lucene", raw.wallMs(), raw.documents() + " documents");

    IngestOptions options = IngestOptions.defaults().withThreads(threads);
    started = System.nanoTime();
    IngestReport ours = IndexBuilder.build(corpus, index, options, IngestListener.NONE);
    long oursMs = since(started);
    step(log, "ingest, full run", oursMs, ours.items() + " items");
    if (ours.items() != items.size()) {
      throw new IllegalStateException(
          "the ingest indexed "
              + ours.items()
              + " items but the untimed pass read "
              + items.size());
    }

    started = System.nanoTime();
    IngestReport again = IndexBuilder.build(corpus, index, options, IngestListener.NONE);
    long reindexMs = since(started);
    step(log, "ingest, unchanged re-run", reindexMs, again.extracted() + " files read");

    Figures figures =
        new Figures(
            files.size(),
            bytes,
            ours.items(),
            oursMs,
            raw.wallMs(),
            tika.wallMs(),
            reindexMs,
            indexBytes(index));
    log.println(figures.summary());
    log.flush();
    return new Run(figures, items);
  }

  /** Every item of {@code corpus}, read in this JVM and tagged, in id order. */
  private static List<AgendaItem> tagged(Path corpus, int threads) throws IOException {
    ThemeTagger tagger = new ThemeTagger(ThemeCatalog.forCorpus(corpus));
    Queue<AgendaItem> read = new ConcurrentLinkedQueue<>();
    new Ingester(IngestOptions.defaults().withThreads(threads).inProcess())
        .run(corpus, item -> read.add(tagger.tag(item)), IngestListener.NONE);
    List<AgendaItem> items = new ArrayList<>(read);
    items.sort(Comparator.comparing(AgendaItem::id));
    return items;
  }

  /** The Lucene files of an index folder, without the report written beside them. */
  private static long indexBytes(Path index) throws IOException {
    Path report = index.resolve(IndexBuilder.REPORT_FILE);
    long reportBytes = Files.isRegularFile(report) ? Files.size(report) : 0;
    return RawIndexing.folderBytes(index) - reportBytes;
  }

  private static long sizeOf(List<Path> files) throws IOException {
    long total = 0;
    for (Path file : files) {
      total += Files.size(file);
    }
    return total;
  }

  private static long since(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }

  private static void step(PrintWriter log, String what, long millis, String detail) {
    log.printf(Locale.ROOT, "  %-44s %8d ms  (%s)%n", what, millis, detail);
    log.flush();
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
