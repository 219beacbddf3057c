package org.minutebook.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.minutebook.index.Schema;

/**
 * Owns the one {@link SearcherManager} that every request shares, and the facet state that belongs
 * to its current reader (built once per reader, never per request).
 */
public final class IndexReaders implements Closeable {
  private final Directory directory;
  private final SearcherManager manager;
  private volatile FacetStateHolder facets;

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

  /** Picks up a newer commit, if there is one; requests in flight keep their snapshot. */
  public void refresh() throws IOException {
    manager.maybeRefresh();
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
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
