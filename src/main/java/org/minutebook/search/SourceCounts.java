package org.minutebook.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.minutebook.index.Schema;

/**
 * How many matching items each file (meeting) has, read from the source's doc values: no stored
 * field is loaded, however many items match.
 */
final class SourceCounts implements CollectorManager<SourceCounts.Counter, Map<String, Integer>> {
  private SourceCounts() {}

  /** Matching items per source for {@code query}, which should select items only. */
  static Map<String, Integer> count(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new SourceCounts());
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<String, Integer> reduce(Collection<Counter> counters) {
    Map<String, Integer> all = new HashMap<>();
    for (Counter counter : counters) {
      counter.counts.forEach((source, n) -> all.merge(source, n, Integer::sum));
    }
    return all;
  }

  /** Counts one slice's matches per source. */
  static final class Counter extends SimpleCollector {
    private final Map<String, Integer> counts = new HashMap<>();
    private SortedSetDocValues sources;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      sources = DocValues.getSortedSet(context.reader(), Schema.SOURCE);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (sources.advanceExact(doc)) {
        counts.merge(sources.lookupOrd(sources.nextOrd()).utf8ToString(), 1, Integer::sum);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
