package org.minutebook.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that matches what the query it wraps matches, until its {@link Deadline} passes; from
 * then on it matches nothing more, and the deadline records that it was cut short. Scores, counts
 * and dynamic pruning are the wrapped query's own. Its matches are never cached, since a cut-short
 * run would cache too few.
 */
final class DeadlineQuery extends Query {
  /** The deadline is read every this many steps (a power of two), and on the first. */
  private static final int CHECK_EVERY = 64;

  private final Query query;
  private final Deadline deadline;

  DeadlineQuery(Query query, Deadline deadline) {
    this.query = query;
    this.deadline = deadline;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    if (rewritten instanceof MatchNoDocsQuery) {
      return rewritten;
    }
    return rewritten == query ? this : new DeadlineQuery(rewritten, deadline);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = searcher.createWeight(query, scoreMode, boost);
    // Within the anonymous class, "in" is the wrapped weight (FilterWeight's field).
    return new FilterWeight(this, inner) {
      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return false;
      }

      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(context);
        return supplier == null ? null : new Supplier(supplier, deadline);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && query.equals(((DeadlineQuery) other).query)
        && deadline == ((DeadlineQuery) other).deadline;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + query.hashCode()) + System.identityHashCode(deadline);
  }

  /** Supplies the wrapped query's scorer, bound to the deadline. */
  private static final class Supplier extends ScorerSupplier {
    private final ScorerSupplier in;
    private final Deadline deadline;

    Supplier(ScorerSupplier in, Deadline deadline) {
      this.in = in;
      this.deadline = deadline;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      return new BoundScorer(in.get(leadCost), deadline);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    @Override
    public void setTopLevelScoringClause() throws IOException {
      in.setTopLevelScoringClause();
    }
  }

  /**
   * The wrapped scorer with its iteration (or its approximation, when it matches in two phases)
   * bound to the deadline; everything about scores is delegated, so block-max pruning still works.
   */
  private static final class BoundScorer extends Scorer {
    private final Scorer in;
    private final DocIdSetIterator iterator;
    private final TwoPhaseIterator twoPhase;

    BoundScorer(Scorer in, Deadline deadline) {
      this.in = in;
      TwoPhaseIterator inTwoPhase = in.twoPhaseIterator();
      if (inTwoPhase == null) {
        this.twoPhase = null;
        this.iterator = new BoundIterator(in.iterator(), deadline);
      } else {
        this.twoPhase =
            new TwoPhaseIterator(new BoundIterator(inTwoPhase.approximation(), deadline)) {
              @Override
              public boolean matches() throws IOException {
                return inTwoPhase.matches();
              }

              @Override
              public float matchCost() {
                return inTwoPhase.matchCost();
              }
            };
        this.iterator = TwoPhaseIterator.asDocIdSetIterator(twoPhase);
      }
    }

    @Override
    public int docID() {
      return iterator.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return iterator;
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public float smoothingScore(int docId) throws IOException {
      return in.smoothingScore(docId);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "MUST"));
    }
  }

  /** An iterator that ends early once the deadline has passed. */
  private static final class BoundIterator extends DocIdSetIterator {
    private final DocIdSetIterator in;
    private final Deadline deadline;
    private int doc = -1;
    private int steps;

    BoundIterator(DocIdSetIterator in, Deadline deadline) {
      this.in = in;
      this.deadline = deadline;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      doc = timeIsUp() ? NO_MORE_DOCS : in.nextDoc();
      return doc;
    }

    @Override
    public int advance(int target) throws IOException {
      doc = timeIsUp() ? NO_MORE_DOCS : in.advance(target);
      return doc;
    }

    @Override
    public long cost() {
      return in.cost();
    }

    /** Reads the clock on the first step and every {@value #CHECK_EVERY} after. */
    private boolean timeIsUp() {
      if ((steps++ & (CHECK_EVERY - 1)) != 0 || !deadline.passed()) {
        return false;
      }
      deadline.markCut();
      return true;
    }
  }
}
