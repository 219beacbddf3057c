package org.minutebook.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.SharedData;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.search.Archive;

/**
 * Keeps the floor of search quality: on the golden sets in {@code eval/}, Minutebook's nDCG@10 is
 * at least {@value #FLOOR} and at least {@value #GAIN} above the plain BM25 baseline of the same
 * run. The real-corpus set needs {@code ../shared} and skips without it.
 */
class GoldenSetTest {
  static final double FLOOR = 0.80;
  static final double GAIN = 0.10;

  @TempDir Path index;

  @Test
  void sampleSetMeetsTheFloor() throws Exception {
    assertMeetsTheFloor(Path.of("eval/golden-sample.yaml"));
  }

  @Test
  void realCorpusSetMeetsTheFloor() throws Exception {
    SharedData.require("corpus-real");
    assertMeetsTheFloor(Path.of("eval/golden-real.yaml"));
  }

  @Test
  void everyJudgedSourceExistsAndSetsAreBigEnough() throws Exception {
    int queries = 0;
    Set<String> kinds = new HashSet<>();
    for (String name : new String[] {"eval/golden-sample.yaml", "eval/golden-real.yaml"}) {
      GoldenSet set = GoldenSet.read(Path.of(name));
      queries += set.queries().size();
      for (GoldenSet.Judged q : set.queries()) {
        kinds.add(q.kind());
        if (Files.isDirectory(set.corpus())) {
          for (String source : q.relevant().keySet()) {
            assertTrue(Files.isRegularFile(set.corpus().resolve(source)), name + ": " + source);
          }
        }
      }
    }
    assertTrue(queries >= 30, "only " + queries + " judged queries");
    assertTrue(
        kinds.containsAll(Set.of("acronym", "spelling", "phrase", "fielded", "filter", "nothing")),
        kinds.toString());
  }

  @Test
  void measuresFollowTheirDefinitions() {
    Map<String, Integer> grades = Map.of("a", 2, "b", 1);
    assertEquals(1.0, Measures.ndcg(List.of("a", "b"), grades, 10), 1e-9);
    // b first: (1/1 + 3/log2(3)) / (3/1 + 1/log2(3))
    double expected = (1 + 3 / log2(3)) / (3 + 1 / log2(3));
    assertEquals(expected, Measures.ndcg(List.of("b", "a"), grades, 10), 1e-9);
    assertEquals(0.5, Measures.reciprocalRank(List.of("x", "a", "a"), grades), 1e-9);
    assertEquals(0.5, Measures.recall(List.of("x", "b"), grades, 10), 1e-9);
    assertEquals(List.of("a", "x"), Measures.distinct(List.of("a", "a", "x")));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private void assertMeetsTheFloor(Path file) throws Exception {
    GoldenSet set = GoldenSet.read(file);
    IndexBuilder.build(set.corpus(), index, IngestOptions.defaults(), IngestListener.NONE);
    Evaluation.Report report;
    try (Archive archive = Archive.forCorpus(set.corpus(), index)) {
      report = Evaluation.run(set, archive);
    }
    String summary =
        String.format(
            Locale.ROOT,
            "%s: nDCG@10 %.3f (baseline %.3f), MRR %.3f, recall@10 %.3f",
            file,
            report.ours().ndcg(),
            report.baseline().ndcg(),
            report.ours().mrr(),
            report.ours().recall());
    System.err.println("[eval] " + summary);
    assertTrue(report.ours().ndcg() >= FLOOR, summary);
    assertTrue(report.gain() >= GAIN, summary);
  }
}
