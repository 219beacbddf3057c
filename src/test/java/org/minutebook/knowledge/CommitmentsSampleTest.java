package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionOutcome;

/** Decisions and commitments of the five sample minutes in {@code corpus/sample}, read for real. */
class CommitmentsSampleTest {
  private static final Map<String, AgendaItem> BY_FILE = new TreeMap<>();

  @BeforeAll
  static void ingest() throws IOException {
    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    new Ingester(IngestOptions.defaults().inProcess())
        .run(Path.of("corpus/sample"), items::add, IngestListener.NONE);
    for (AgendaItem item : items) {
      BY_FILE.put(item.source().substring(0, 3), item);
    }
  }

  private static List<Commitment> commitments(String file) {
    return Commitments.extract(BY_FILE.get(file));
  }

  private static List<Decision> decisions(String file) {
    return Decisions.extract(BY_FILE.get(file));
  }

  private static boolean has(List<Commitment> found, String owner, String promiseStart) {
    return found.stream()
        .anyMatch(c -> c.owner().equalsIgnoreCase(owner) && c.promise().startsWith(promiseStart));
  }

  @Test
  void resolutionsAreTheNumberedPointsOnly() {
    List<Decision> d000 = decisions("000");
    assertEquals(2, d000.size());
    assertEquals("Note the progress against the improvement plan.", d000.get(0).text());
    assertTrue(d000.stream().allMatch(d -> d.outcome() == DecisionOutcome.NOTED));
    assertEquals(3, decisions("001").size());
    assertEquals(List.of("a", "b"), decisions("003").stream().map(Decision::number).toList());
    List<Decision> d004 = decisions("004");
    assertEquals(3, d004.size());
    assertEquals(DecisionOutcome.RECOMMENDED, d004.get(0).outcome());
    assertEquals(DecisionOutcome.APPROVED, d004.get(2).outcome());
  }

  @Test
  void commitmentsOfTheFirstSample() {
    List<Commitment> found = commitments("000");
    assertTrue(has(found, "officers", "a paper would be presented to committee"), found::toString);
    assertTrue(has(found, "officers", "reinstating the process"), found::toString);
    assertTrue(has(found, "officers", "bring a report back to committee"), found::toString);
    assertTrue(has(found, "officers", "provide a written response"), found::toString);
    assertEquals(4, found.size(), found::toString);
  }

  @Test
  void theStrategyIsDueByTheEndOfNovember() {
    Commitment c =
        commitments("003").stream()
            .filter(x -> x.promise().contains("recruitment and retention strategy"))
            .findFirst()
            .orElseThrow();
    assertEquals("by November", c.dueHint());
    assertEquals("2021-11-30", c.due());
  }

  @Test
  void theRagRatingActionIsACommitment() {
    List<Commitment> found = commitments("004");
    assertTrue(found.stream().anyMatch(c -> c.text().contains("rag rating")), found::toString);
    assertTrue(has(found, "the Director", "present an update to the Board"), found::toString);
  }

  @Test
  void theSuggestedWorkshopIsNotACommitment() {
    assertTrue(commitments("002").isEmpty(), () -> commitments("002").toString());
  }
}
