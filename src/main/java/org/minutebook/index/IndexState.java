package org.minutebook.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  static final String CORPUS_PATH_KEY = "minutebook.corpusPath";

  /**
   * A new id for every run, in the commits of both the public and the private index: when they
   * differ, a run was stopped between its two commits.
   */
  static final String RUN_KEY = "minutebook.run";

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

  /** The corpus folder a commit says its index was built from (absolute), if it says. */
  public static Optional<Path> corpusPath(Map<String, String> userData) {
    return Optional.ofNullable(userData.get(CORPUS_PATH_KEY)).map(Path::of);
  }

  /**
   * The corpus folder the index at {@code indexDir} was last built from, if it has a commit that
   * says so and the folder is still there: commands given only {@code --index} read that corpus
   * rather than re-indexing the default one into it.
   */
  public static Optional<Path> corpusOf(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      String corpus = SegmentInfos.readLatestCommit(dir).getUserData().get(CORPUS_PATH_KEY);
      return Optional.ofNullable(corpus).map(Path::of).filter(Files::isDirectory);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the index at {@code indexDir} has a commit that this version can search: one written
   * under the same schema, though perhaps of an older corpus, other themes or by another build.
   * Such an index can be served while it is brought up to date; one of another schema cannot.
   */
  public static boolean servable(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return false;
      }
      String schema = SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA_VERSION_KEY);
      return schema != null && schema.startsWith(Schema.VERSION + "+");
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether the private index beside {@code indexDir} is the one the public index's last run made
   * (or, as it says, none): false when it is missing, or when a run was stopped between the two
   * commits.
   */
  static boolean privateIndexMatches(Path indexDir) throws IOException {
    try (IndexPair pair = IndexPair.open(indexDir)) {
      return pair.consistent();
    }
  }

  /** Whether the index at {@code indexDir} has a private index of restricted items beside it. */
  public static boolean hasPrivateIndex(Path indexDir) {
    Path privatePath = org.minutebook.config.Paths.privateIndexOf(indexDir);
    if (!Files.isDirectory(privatePath)) {
      return false;
    }
    try (Directory closed = FSDirectory.open(privatePath)) {
      return DirectoryReader.indexExists(closed);
    } catch (IOException e) {
      return false;
    }
  }

  /** Why a key of the commit data differs, in words for a person. */
  private static final Map<String, String> CHANGE_REASONS =
      Map.of(
          SCHEMA_VERSION_KEY, "the index was built by another version of Minutebook",
          CORPUS_KEY, "the corpus has changed since it was indexed",
          THEMES_KEY, "the themes have changed since the corpus was indexed",
          MANIFESTS_KEY, "a manifest has changed since the corpus was indexed",
          EXTRACTION_KEY, "the extraction settings (limits, OCR) have changed");

  /** The order in which differences are reported: the most fundamental first. */
  private static final List<String> CHECKED =
      List.of(SCHEMA_VERSION_KEY, EXTRACTION_KEY, THEMES_KEY, MANIFESTS_KEY, CORPUS_KEY);

  /**
   * Compares the index at {@code indexDir} with {@code expected}, the commit data a build of the
   * corpus as it is now would write.
   */
  static Verdict check(Path indexDir, Map<String, String> expected) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return new Verdict(false, "no index yet at " + indexDir);
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return new Verdict(false, "no index yet at " + indexDir);
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      for (String key : CHECKED) {
        if (!expected.get(key).equals(data.get(key))) {
          return new Verdict(false, CHANGE_REASONS.get(key));
        }
      }
      return new Verdict(true, "the index is up to date (" + data.get(ITEMS_KEY) + " items)");
    } catch (IndexNotFoundException e) {
      return new Verdict(false, "no index yet at " + indexDir);
    }
  }
}
