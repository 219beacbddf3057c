package org.minutebook.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.minutebook.index.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one {@link SearcherManager} that every request shares, and the facet state that belongs
 * to its current reader (built once per reader, never per request). A newer commit, by this process
 * or another, is picked up by {@link #refresh} or periodically after {@link #refreshEvery}:
 * requests then switch to it all at once, and those in flight finish on the reader they started
 * with.
 */
public final class IndexReaders implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexReaders.class);

  private final Directory directory;
  private final SearcherManager manager;
  private volatile FacetStateHolder facets;
  private ScheduledExecutorService refresher;

  /** The last refresh failure logged, so that a lasting one is logged once, not every period. */
  private volatile String lastFailure = "";

  private record FacetStateHolder(IndexReader reader, SortedSetDocValuesReaderState state) {}

  /** Opens the index at {@code indexDir}, which must exist. */
  public IndexReaders(Path indexDir) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.manager = new SearcherManager(directory, null);
  }

  /** A snapshot for one request; close it when done. */
  public IndexSnapshot acquire() throws IOException {
    IndexSearcher searcher = manager.acquire();
    try {
      return new IndexSnapshot(manager, searcher, facetStateFor(searcher.getIndexReader()));
    } catch (IOException | RuntimeException e) {
      manager.release(searcher);
      throw e;
    }
  }

  /**
   * Picks up a newer commit, if there is one, waiting for a refresh another thread is doing; once
   * it returns, new requests see the latest commit. Requests in flight keep their snapshot.
   */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /**
   * From now on checks every {@code period} for a newer commit and switches to it: another
   * process's {@code index} run is then served shortly after it commits. A check costs a listing of
   * the index folder. A failed check (the folder gone, a commit unreadable) keeps the current
   * reader and is logged; the next check tries again.
   */
  public synchronized void refreshEvery(Duration period) {
    if (refresher != null) {
      return;
    }
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("minutebook-refresh").daemon(true).factory());
    refresher.scheduleWithFixedDelay(
        this::refreshQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void refreshQuietly() {
    try {
      // Not blocking: a refresh already under way (after a build in this process) does the job.
      if (manager.maybeRefresh()) {
        lastFailure = "";
      }
    } catch (IOException | RuntimeException e) {
      String failure = String.valueOf(e);
      if (!failure.equals(lastFailure)) {
        LOG.warn("could not open the newest commit of the index; still serving the last one", e);
        lastFailure = failure;
      }
    }
  }

  private SortedSetDocValuesReaderState facetStateFor(IndexReader reader) throws IOException {
    FacetStateHolder current = facets;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    SortedSetDocValuesReaderState state = null;
    FacetsConfig config = Schema.facetsConfig();
    if (hasFacetField(reader)) {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    }
    facets = new FacetStateHolder(reader, state);
    return state;
  }

  private static boolean hasFacetField(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(
            leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null);
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (refresher != null) {
        // Not shutdownNow: an interrupt would break a reader being opened; a check is quick.
        refresher.shutdown();
        awaitQuietly(refresher);
      }
    }
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }

  /** Waits for a refresh under way to end, so that the reader is not closed under it. */
  private static void awaitQuietly(ScheduledExecutorService refresher) {
    try {
      refresher.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
