package org.minutebook.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * One point-in-time view of the index for one request: a searcher and the facet state of its
 * reader. Close it (try-with-resources) to release the searcher.
 */
public final class IndexSnapshot implements AutoCloseable {
  private final ReferenceManager<IndexSearcher> manager;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;

  IndexSnapshot(
      ReferenceManager<IndexSearcher> manager,
      IndexSearcher searcher,
      SortedSetDocValuesReaderState facetState) {
    this.manager = manager;
    this.searcher = searcher;
    this.facetState = facetState;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /**
   * What the commit this snapshot reads records: the last run's files and where the corpus is (the
   * private index's record for the staff's view, which covers every file).
   */
  public Map<String, String> commitData() throws IOException {
    return IndexReaders.commitData(searcher.getIndexReader());
  }

  /** The facet ordinals of this reader, or null when no document has any facet. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Whether any document has a value for {@code dim}. */
  public boolean hasDim(String dim) {
    if (facetState == null) {
      return false;
    }
    for (String known : facetState.getDims()) {
      if (known.equals(dim)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    manager.release(searcher);
  }
}
