package org.minutebook.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;

/**
 * The staff's view: the public index and the private index of restricted items read as one (a
 * {@link MultiReader}, so that term statistics, facet counts and totals cover both), refreshed when
 * either has a new commit. What {@link org.apache.lucene.search.SearcherManager} is for one index.
 */
final class StaffSearcherManager extends ReferenceManager<IndexSearcher> {
  /** Both indexes as one reader; it holds a reference to each part, released when it closes. */
  static final class StaffReader extends MultiReader {
    private final DirectoryReader open;
    private final DirectoryReader closed;

    StaffReader(DirectoryReader open, DirectoryReader closed) throws IOException {
      super(new IndexReader[] {open, closed}, false);
      this.open = open;
      this.closed = closed;
    }

    DirectoryReader publicPart() {
      return open;
    }

    /** The private index, whose commit records every file of the last run. */
    DirectoryReader privatePart() {
      return closed;
    }
  }

  StaffSearcherManager(Directory publicDir, Directory privateDir) throws IOException {
    DirectoryReader open = DirectoryReader.open(publicDir);
    try {
      DirectoryReader closed = DirectoryReader.open(privateDir);
      try {
        current = new IndexSearcher(new StaffReader(open, closed));
      } finally {
        // The StaffReader took its own references.
        closed.decRef();
      }
    } finally {
      open.decRef();
    }
  }

  @Override
  protected void decRef(IndexSearcher reference) throws IOException {
    reference.getIndexReader().decRef();
  }

  @Override
  protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) throws IOException {
    StaffReader old = (StaffReader) referenceToRefresh.getIndexReader();
    DirectoryReader open = DirectoryReader.openIfChanged(old.publicPart());
    DirectoryReader closed = null;
    try {
      closed = DirectoryReader.openIfChanged(old.privatePart());
      if (open == null && closed == null) {
        return null;
      }
      return new IndexSearcher(
          new StaffReader(
              open != null ? open : old.publicPart(), closed != null ? closed : old.privatePart()));
    } finally {
      // Only the readers opened here are released: the new StaffReader holds its own references.
      if (open != null) {
        open.decRef();
      }
      if (closed != null) {
        closed.decRef();
      }
    }
  }

  @Override
  protected boolean tryIncRef(IndexSearcher reference) {
    return reference.getIndexReader().tryIncRef();
  }

  @Override
  protected int getRefCount(IndexSearcher reference) {
    return reference.getIndexReader().getRefCount();
  }
}
