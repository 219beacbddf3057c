package org.minutebook.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/**
 * What the commits of one run record. The private index's commit records every file, as the last
 * run saw it; the public index's records only what a reader of the public archive may know: the
 * items and files that have public items, and no file a manifest restricts, so that coverage counts
 * and the list of files not indexed are those of the archive without its restricted items.
 */
final class CommitRecords {
  private CommitRecords() {}

  /**
   * The two commits' data.
   *
   * @param privateNeeded whether the private commit records a file the public one leaves out, so
   *     that it must be made even when no item is restricted
   */
  record Pair(Map<String, String> open, Map<String, String> closed, boolean privateNeeded) {}

  /**
   * The commit data of both indexes.
   *
   * @param base what both record: what the index was built from, and the run's id
   * @param report the run's report
   * @param skipped the files not indexed, with their stamps
   * @param publicItems how many public items each indexed file has
   * @param restrictedFile whether the manifests restrict a file
   */
  static Pair of(
      Map<String, String> base,
      IngestReport report,
      List<PriorRun.Skipped> skipped,
      ToIntFunction<String> publicItems,
      Predicate<String> restrictedFile)
      throws IOException {
    Map<String, String> closed = new HashMap<>(base);
    closed.put(IndexState.ITEMS_KEY, Integer.toString(report.items()));
    closed.put(
        IndexState.INDEXED_FILES_KEY,
        Integer.toString(report.countsByStatus().getOrDefault(IngestStatus.INDEXED, 0)));
    closed.put(PriorRun.OUTCOMES_KEY, PriorRun.encode(skipped));
    int items = 0;
    int files = 0;
    for (FileOutcome file : report.files()) {
      int count = file.status() == IngestStatus.INDEXED ? publicItems.applyAsInt(file.source()) : 0;
      items += count;
      files += count > 0 ? 1 : 0;
    }
    List<PriorRun.Skipped> publicSkipped = new ArrayList<>();
    for (PriorRun.Skipped s : skipped) {
      if (!restrictedFile.test(s.outcome().source())) {
        publicSkipped.add(s);
      }
    }
    Map<String, String> open = new HashMap<>(base);
    open.put(IndexState.ITEMS_KEY, Integer.toString(items));
    open.put(IndexState.INDEXED_FILES_KEY, Integer.toString(files));
    open.put(PriorRun.OUTCOMES_KEY, PriorRun.encode(publicSkipped));
    return new Pair(open, closed, publicSkipped.size() < skipped.size());
  }
}
