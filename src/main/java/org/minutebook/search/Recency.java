package org.minutebook.search;

import java.io.IOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.minutebook.index.Schema;

/**
 * An optional recency weighting: relevance times a factor from 1 (undated, or long before the
 * newest meeting) up to {@code 1 + WEIGHT} (the newest meeting), halving every {@code HALF_LIFE}
 * days. Relevance still decides between items of similar age.
 */
final class Recency {
  static final double WEIGHT = 0.5;
  static final double HALF_LIFE_DAYS = 3 * 365;

  private Recency() {}

  /** {@code query} with its scores weighted towards the newest meetings in {@code reader}. */
  static Query boost(Query query, IndexReader reader) throws IOException {
    byte[] max = PointValues.getMaxPackedValue(reader, Schema.DATE_DAY);
    if (max == null) {
      return query;
    }
    long newest = LongPoint.decodeDimension(max, 0);
    return FunctionScoreQuery.boostByValue(query, new Factor(newest));
  }

  /** The weighting factor per document, from its meeting day. */
  private static final class Factor extends DoubleValuesSource {
    private final long newest;

    Factor(long newest) {
      this.newest = newest;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
      SortedNumericDocValues days = DocValues.getSortedNumeric(ctx.reader(), Schema.DATE_DAY);
      return new DoubleValues() {
        private double value = 1;

        @Override
        public double doubleValue() {
          return value;
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          value = 1;
          if (days.advanceExact(doc)) {
            long age = Math.max(0, newest - days.nextValue());
            value = 1 + WEIGHT * Math.pow(0.5, age / HALF_LIFE_DAYS);
          }
          return true;
        }
      };
    }

    @Override
    public boolean needsScores() {
      return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return true;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(newest);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Factor f && f.newest == newest;
    }

    @Override
    public String toString() {
      return "recency(newest=" + newest + ")";
    }
  }
}
