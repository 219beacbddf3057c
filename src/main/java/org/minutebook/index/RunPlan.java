package org.minutebook.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.minutebook.ingest.CorpusWalker;
import org.minutebook.ingest.FileStamp;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestStatus;

/**
 * Which files of a corpus an indexing run must read, given what the last run knew: new files and
 * files whose content changed are read; unchanged files keep their documents and outcome; files
 * that are gone lose their documents. A file is unchanged when its size and time match, or, failing
 * that, its content hash does.
 */
final class RunPlan {
  private final Map<String, FileStamp> stamps;
  private final Map<String, FileOutcome> reused;
  private final List<String> removed;
  private final List<String> changed;

  private RunPlan(
      Map<String, FileStamp> stamps,
      Map<String, FileOutcome> reused,
      List<String> removed,
      List<String> changed) {
    this.stamps = stamps;
    this.reused = reused;
    this.removed = removed;
    this.changed = changed;
  }

  /** Compares every file of {@code corpus} with {@code prior}. */
  static RunPlan make(Path corpus, PriorRun prior) throws IOException {
    List<Path> files = CorpusWalker.files(corpus);
    Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
    Map<String, FileOutcome> reused = new ConcurrentHashMap<>();
    Set<String> changed = ConcurrentHashMap.newKeySet();
    try {
      files.parallelStream()
          .forEach(
              file -> {
                try {
                  plan(corpus, file, prior, stamps, reused, changed);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Set<String> present = new HashSet<>(stamps.keySet());
    List<String> removed = new ArrayList<>();
    for (String source : prior.indexed.keySet()) {
      if (!present.contains(source)) {
        removed.add(source);
      }
    }
    for (String source : prior.skipped.keySet()) {
      if (!present.contains(source)) {
        removed.add(source);
      }
    }
    removed.sort(String::compareTo);
    List<String> changedSorted = new ArrayList<>(changed);
    changedSorted.sort(String::compareTo);
    return new RunPlan(stamps, reused, removed, changedSorted);
  }

  private static void plan(
      Path corpus,
      Path file,
      PriorRun prior,
      Map<String, FileStamp> stamps,
      Map<String, FileOutcome> reused,
      Set<String> changed)
      throws IOException {
    String source = CorpusWalker.relative(corpus, file);
    FileStamp before = prior.stamp(source);
    if (before != null && before.sameSizeAndTime(file) && reusable(prior.outcome(source))) {
      stamps.put(source, before);
      reused.put(source, prior.outcome(source));
      return;
    }
    FileStamp now = FileStamp.of(corpus, file);
    if (before != null && before.sha256().equals(now.sha256()) && reusable(prior.outcome(source))) {
      // Touched but not changed: keep what the last run found.
      stamps.put(source, before);
      reused.put(source, prior.outcome(source));
      return;
    }
    stamps.put(source, now);
    if (before != null) {
      changed.add(source);
    }
  }

  /** A file that could not be read for a reason of the machine is tried again; others are final. */
  private static boolean reusable(FileOutcome outcome) {
    return outcome.status() != IngestStatus.IO_ERROR;
  }

  /** The outcome to keep for {@code source}, when it need not be read again. */
  Optional<FileOutcome> reuse(String source) {
    return Optional.ofNullable(reused.get(source));
  }

  /** The stamp {@code source} has in this run. */
  FileStamp stamp(String source) {
    return stamps.get(source);
  }

  /** Files whose documents must go before the run: changed and removed ones. */
  List<String> toDelete() {
    List<String> delete = new ArrayList<>(changed);
    delete.addAll(removed);
    return delete;
  }

  List<String> removed() {
    return removed;
  }

  /** How many files this run reads. */
  int toExtract() {
    return stamps.size() - reused.size();
  }
}
