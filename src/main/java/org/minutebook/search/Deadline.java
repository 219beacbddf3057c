package org.minutebook.search;

import java.time.Duration;
import org.apache.lucene.search.Query;

/**
 * One request's time limit. Queries bound to it ({@link #bound}) stop matching once it has passed,
 * so a search collects what it found by then; {@link #cutShort()} then says the answer is partial.
 *
 * <p>Why not {@code IndexSearcher.setTimeout}: the searcher comes from the {@code SearcherManager}
 * and is shared by every request, so a timeout set on it would apply to the others too; and
 * Lucene's time-limiting bulk scorer scores in windows, which drill sideways (a facet selected)
 * refuses with an {@code IllegalArgumentException} (apache/lucene#12032). Bounding the query
 * instead works on the shared searcher, with facets, counts and any collector.
 */
final class Deadline {
  private final long end;
  private volatile boolean cut;

  private Deadline(long end) {
    this.end = end;
  }

  /** A deadline {@code limit} from now. */
  static Deadline after(Duration limit) {
    return new Deadline(System.nanoTime() + limit.toNanos());
  }

  /** Whether the time is up (compared as nanoTime must be, by the sign of the difference). */
  boolean passed() {
    return System.nanoTime() - end >= 0;
  }

  /** Whether a bound query stopped matching early: the answer is partial. */
  boolean cutShort() {
    return cut;
  }

  /** Records that a bound query stopped early. */
  void markCut() {
    cut = true;
  }

  /** {@code query}, stopping once this deadline has passed. */
  Query bound(Query query) {
    return new DeadlineQuery(query, this);
  }
}
