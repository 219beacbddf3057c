package org.minutebook.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking measures over a list of retrieved sources (best first; repeats count once, at their first
 * rank) and graded judgments (2 highly relevant, 1 partly relevant). Pure functions.
 */
public final class Measures {
  private Measures() {}

  /** The sources in order with repeats removed. */
  public static List<String> distinct(List<String> ranked) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String source : ranked) {
      if (seen.add(source)) {
        out.add(source);
      }
    }
    return out;
  }

  /**
   * Normalised discounted cumulative gain at {@code k}, with gain 2^grade − 1 and a log2 discount.
   */
  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double ideal =
        dcg(
            grades.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(k)
                .map(g -> g)
                .toList());
    if (ideal == 0) {
      return 0;
    }
    List<Integer> gains = new ArrayList<>();
    for (String source : distinct(ranked).stream().limit(k).toList()) {
      gains.add(grades.getOrDefault(source, 0));
    }
    return dcg(gains) / ideal;
  }

  private static double dcg(List<Integer> grades) {
    double sum = 0;
    for (int i = 0; i < grades.size(); i++) {
      sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }

  /** The reciprocal rank of the first relevant source, 0 if none is retrieved. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
    List<String> sources = distinct(ranked);
    for (int i = 0; i < sources.size(); i++) {
      if (grades.getOrDefault(sources.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** The share of relevant sources among the first {@code k}. */
  public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found =
        distinct(ranked).stream().limit(k).filter(s -> grades.getOrDefault(s, 0) > 0).count();
    return (double) found / relevant;
  }
}
