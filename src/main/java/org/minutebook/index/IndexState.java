package org.minutebook.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.minutebook.model.FileOutcome;

/**
 * Whether an index on disk answers for a corpus as it is now. Each commit records the schema
 * version, the corpus fingerprint and the theme taxonomy's fingerprint; a difference in any makes
 * it stale.
 */
public final class IndexState {
  static final String SCHEMA_VERSION_KEY = "minutebook.schema";
  static final String CORPUS_KEY = "minutebook.corpus";
  static final String THEMES_KEY = "minutebook.themes";
  static final String ITEMS_KEY = "minutebook.items";
  static final String MANIFESTS_KEY = "minutebook.manifests";
  static final String EXTRACTION_KEY = "minutebook.extraction";
  static final String INDEXED_FILES_KEY = "minutebook.indexedFiles";

  /** The verdict with a reason a person can read. */
  public record Verdict(boolean fresh, String reason) {}

  private IndexState() {}

  /** The files of the last run that were not indexed, from a commit's user data. */
  public static List<FileOutcome> skippedFiles(Map<String, String> userData) throws IOException {
    return PriorRun.skipped(userData).values().stream()
        .map(PriorRun.Skipped::outcome)
        .sorted(Comparator.comparing(FileOutcome::source))
        .toList();
  }

  /** How many files the last run indexed, from a commit's user data. */
  public static int indexedFiles(Map<String, String> userData) {
    String count = userData.get(INDEXED_FILES_KEY);
    return count == null ? 0 : Integer.parseInt(count);
  }

  /** Compares the index at {@code indexDir} with what it should have been built from. */
  public static Verdict check(Path indexDir, String corpusFingerprint, String themesFingerprint)
      throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return new Verdict(false, "no index yet at " + indexDir);
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return new Verdict(false, "no index yet at " + indexDir);
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      if (!Schema.VERSION.equals(data.get(SCHEMA_VERSION_KEY))) {
        return new Verdict(false, "the index was built by another version of Minutebook");
      }
      if (!corpusFingerprint.equals(data.get(CORPUS_KEY))) {
        return new Verdict(false, "the corpus has changed since it was indexed");
      }
      if (!themesFingerprint.equals(data.get(THEMES_KEY))) {
        return new Verdict(false, "the themes have changed since the corpus was indexed");
      }
      return new Verdict(true, "the index is up to date (" + data.get(ITEMS_KEY) + " items)");
    } catch (IndexNotFoundException e) {
      return new Verdict(false, "no index yet at " + indexDir);
    }
  }
}
