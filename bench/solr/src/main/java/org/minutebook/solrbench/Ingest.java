package org.minutebook.solrbench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;

/**
 * One timed ingest into a loaded core: per source file, extract it with Tika (when there is a
 * corpus) and add its items, on a pool of threads; then one commit and no force-merge, as
 * Minutebook does. A file Tika cannot read is counted and its items are indexed all the same, so
 * both systems index the same items; a failed add or commit is a real error and ends the run.
 */
final class Ingest {
  /**
   * What one ingest did.
   *
   * @param items items added
   * @param files distinct source files
   * @param bytes size of the files read (0 without a corpus)
   * @param failures files missing or unreadable
   * @param millis wall time from the first file to the end of the commit
   */
  record Figures(int items, int files, long bytes, int failures, double millis) {}

  private Ingest() {}

  /** Runs the ingest; {@code corpus} null means index only, with no extraction. */
  static Figures run(
      SolrClient client,
      Map<String, List<Item>> bySource,
      Path corpus,
      int threads,
      PrintStream log)
      throws IOException, SolrServerException, InterruptedException {
    AtomicLong bytes = new AtomicLong();
    AtomicInteger failures = new AtomicInteger();
    long started = System.nanoTime();
    // Tika's parser registry is built inside the timing: every ingest run pays for it once.
    Extraction extraction = corpus == null ? null : new Extraction();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (Map.Entry<String, List<Item>> file : bySource.entrySet()) {
        tasks.add(
            pool.submit(
                () -> {
                  if (extraction != null) {
                    extract(extraction, corpus, file.getKey(), bytes, failures, log);
                  }
                  client.add(documents(file.getValue()));
                  return null;
                }));
      }
      await(tasks);
    } finally {
      pool.shutdownNow();
    }
    client.commit();
    double millis = (System.nanoTime() - started) / 1e6;
    int items = bySource.values().stream().mapToInt(List::size).sum();
    return new Figures(items, bySource.size(), bytes.get(), failures.get(), millis);
  }

  private static void extract(
      Extraction extraction,
      Path corpus,
      String source,
      AtomicLong bytes,
      AtomicInteger failures,
      PrintStream log) {
    Path file = corpus.resolve(source);
    try {
      bytes.addAndGet(Files.size(file));
      extraction.extract(file);
    } catch (Exception | StackOverflowError e) {
      // Tika's parsers fail in every way on hostile files; a bad file never stops the run.
      failures.incrementAndGet();
      log.println("extraction failed: " + source + ": " + e);
    }
  }

  private static List<SolrInputDocument> documents(List<Item> items) {
    List<SolrInputDocument> docs = new ArrayList<>(items.size());
    for (Item item : items) {
      docs.add(Items.document(item));
    }
    return docs;
  }

  private static void await(List<Future<?>> tasks)
      throws IOException, SolrServerException, InterruptedException {
    for (Future<?> task : tasks) {
      try {
        task.get();
      } catch (ExecutionException e) {
        switch (e.getCause()) {
          case IOException io -> throw io;
          case SolrServerException solr -> throw solr;
          case RuntimeException runtime -> throw runtime;
          case Error error -> throw error;
          default -> throw new IOException(e.getCause());
        }
      }
    }
  }
}
