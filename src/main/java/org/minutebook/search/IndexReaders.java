package org.minutebook.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.minutebook.index.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one searcher manager that every request shares, and the facet state that belongs to its
 * current reader (built once per reader, never per request). The public archive reads the public
 * index alone; the staff's archive reads it together with the private index of restricted items. A
 * newer commit, by this process or another, is picked up by {@link #refresh} or periodically after
 * {@link #refreshEvery}: requests then switch to it all at once, and those in flight finish on the
 * reader they started with.
 */
public final class IndexReaders implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexReaders.class);

  private final List<Directory> directories;
  private final ReferenceManager<IndexSearcher> manager;
  private volatile FacetStateHolder facets;
  private ScheduledExecutorService refresher;

  /** The last refresh failure logged, so that a lasting one is logged once, not every period. */
  private volatile String lastFailure = "";

  private record FacetStateHolder(IndexReader reader, SortedSetDocValuesReaderState state) {}

  /** Opens the (public) index at {@code indexDir}, which must exist. */
  public IndexReaders(Path indexDir) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    try {
      this.manager = new SearcherManager(directory, null);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.directories = List.of(directory);
  }

  private IndexReaders(List<Directory> directories, ReferenceManager<IndexSearcher> manager) {
    this.directories = directories;
    this.manager = manager;
  }

  /**
   * The staff's readers: the public index at {@code indexDir} and the private index at {@code
   * privateDir} as one, both of which must exist.
   */
  public static IndexReaders staff(Path indexDir, Path privateDir) throws IOException {
    Directory open = FSDirectory.open(indexDir);
    Directory closed = null;
    try {
      closed = FSDirectory.open(privateDir);
      return new IndexReaders(List.of(open, closed), new StaffSearcherManager(open, closed));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(open, closed);
      throw e;
    }
  }

  /**
   * The commit data of the index {@code reader} reads: for the staff's view, the private index's,
   * which records every file of the last run; for the public view, the public index's.
   */
  static Map<String, String> commitData(IndexReader reader) throws IOException {
    DirectoryReader directory =
        reader instanceof StaffSearcherManager.StaffReader staff
            ? staff.privatePart()
            : (DirectoryReader) reader;
    return directory.getIndexCommit().getUserData();
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
      IOUtils.close(directories);
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
