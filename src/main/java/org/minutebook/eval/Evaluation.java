package org.minutebook.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.search.Archive;
import org.minutebook.search.QuerySyntaxException;

/**
 * Runs a golden set against an archive: each query through Minutebook's search and through the
 * plain BM25 baseline, scored with nDCG@10, MRR and recall@10.
 */
public final class Evaluation {
  /** The rank cut-off of nDCG and recall. */
  public static final int K = 10;

  private Evaluation() {}

  /** The three measures of one ranking. */
  public record Scores(double ndcg, double mrr, double recall) {
    static Scores mean(List<Scores> all) {
      return new Scores(
          all.stream().mapToDouble(Scores::ndcg).average().orElse(0),
          all.stream().mapToDouble(Scores::mrr).average().orElse(0),
          all.stream().mapToDouble(Scores::recall).average().orElse(0));
    }
  }

  /** One query's outcome: what each system ranked first and how it scored. */
  public record QueryOutcome(
      GoldenSet.Judged query,
      List<String> minutebook,
      boolean fallback,
      Scores ours,
      List<String> baseline,
      Scores base) {}

  /** A whole run. */
  public record Report(List<QueryOutcome> queries, Scores ours, Scores baseline) {
    public double gain() {
      return ours.ndcg() - baseline.ndcg();
    }
  }

  /** Scores every query of {@code set} on {@code archive}. */
  public static Report run(GoldenSet set, Archive archive) throws IOException {
    List<QueryOutcome> outcomes = new ArrayList<>();
    for (GoldenSet.Judged q : set.queries()) {
      SearchResult result;
      List<String> ours;
      boolean fallback;
      try {
        result =
            archive.search(new SearchRequest(q.query(), q.filters(), SortOrder.RELEVANCE, 1, K));
        ours = result.hits().stream().map(SearchHit::source).toList();
        fallback = result.fallback();
      } catch (QuerySyntaxException e) {
        ours = List.of();
        fallback = false;
      }
      List<String> base = archive.baseline(q.query(), q.filters(), K);
      outcomes.add(
          new QueryOutcome(
              q, ours, fallback, score(q, ours, fallback), base, score(q, base, false)));
    }
    return new Report(
        outcomes,
        Scores.mean(outcomes.stream().map(QueryOutcome::ours).toList()),
        Scores.mean(outcomes.stream().map(QueryOutcome::base).toList()));
  }

  /**
   * The scores of one ranking. A query that should find nothing scores 1 on every measure when
   * nothing matched it, which includes a fallback that says no item has all its words, and 0
   * otherwise.
   */
  static Scores score(GoldenSet.Judged q, List<String> ranked, boolean fallback) {
    if (q.expectsNothing()) {
      double right = ranked.isEmpty() || fallback ? 1 : 0;
      return new Scores(right, right, right);
    }
    return new Scores(
        Measures.ndcg(ranked, q.relevant(), K),
        Measures.reciprocalRank(ranked, q.relevant()),
        Measures.recall(ranked, q.relevant(), K));
  }
}
