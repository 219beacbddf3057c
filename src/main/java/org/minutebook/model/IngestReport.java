package org.minutebook.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one indexing run, file by file.
 *
 * @param files every file seen, in path order
 * @param items how many agenda items were indexed
 * @param millis how long the run took
 * @param extracted how many files were read this run (the others were unchanged since the last)
 * @param removed files indexed before that are gone from the corpus now
 */
public record IngestReport(
    List<FileOutcome> files, int items, long millis, int extracted, List<String> removed) {
  public IngestReport {
    files = List.copyOf(files);
    removed = List.copyOf(removed);
  }

  /** A report of a run that read every file and found none removed. */
  public IngestReport(List<FileOutcome> files, int items, long millis) {
    this(files, items, millis, files.size(), List.of());
  }

  /** Files per status, in the enum's order, with zero counts left out. */
  public Map<IngestStatus, Integer> countsByStatus() {
    Map<IngestStatus, Integer> counts = new EnumMap<>(IngestStatus.class);
    for (FileOutcome file : files) {
      counts.merge(file.status(), 1, Integer::sum);
    }
    return counts;
  }

  /** The files that were not indexed. */
  public List<FileOutcome> skipped() {
    return files.stream().filter(f -> f.status() != IngestStatus.INDEXED).toList();
  }
}
