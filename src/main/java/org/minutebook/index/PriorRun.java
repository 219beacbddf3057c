package org.minutebook.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.minutebook.ingest.FileStamp;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestStatus;

/**
 * What the last committed run knew of each file: the stamp and item counts of every indexed file
 * (read from its documents in the public and the private index) and the outcome and stamp of every
 * file that was not indexed (kept in the commit data of the private index, which records every
 * file, or of the public one when there is no private index, so that it is committed atomically
 * with the documents).
 */
final class PriorRun {
  static final String OUTCOMES_KEY = "minutebook.outcomes";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A file that was not indexed, with the stamp it had then. */
  record Skipped(FileOutcome outcome, FileStamp stamp) {}

  /** An indexed file: its stamp, how many items it gave and how many of them are public. */
  record Indexed(FileStamp stamp, int items, int publicItems) {
    Indexed plus(Indexed other) {
      return new Indexed(stamp, items + other.items, publicItems + other.publicItems);
    }
  }

  static final PriorRun NONE = new PriorRun(Map.of(), Map.of());

  final Map<String, Indexed> indexed;
  final Map<String, Skipped> skipped;

  private PriorRun(Map<String, Indexed> indexed, Map<String, Skipped> skipped) {
    this.indexed = indexed;
    this.skipped = skipped;
  }

  /**
   * Reads the latest commits of the public index and the private one ({@code privateDir}, null when
   * there is none: then nothing was restricted, and the public commit records every file).
   */
  static PriorRun read(Directory publicDir, Directory privateDir) throws IOException {
    Map<String, Indexed> indexed = new HashMap<>();
    Map<String, String> everyFile = readIndex(publicDir, true, indexed);
    if (privateDir != null) {
      everyFile = readIndex(privateDir, false, indexed);
    }
    return new PriorRun(indexed, skipped(everyFile));
  }

  /** Adds the items of the index in {@code dir} to {@code indexed}; gives its commit data. */
  private static Map<String, String> readIndex(
      Directory dir, boolean open, Map<String, Indexed> indexed) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        readLeaf(leaf.reader(), open, indexed);
      }
      return reader.getIndexCommit().getUserData();
    }
  }

  private static void readLeaf(LeafReader leaf, boolean open, Map<String, Indexed> indexed)
      throws IOException {
    SortedSetDocValues sources = DocValues.getSortedSet(leaf, Schema.SOURCE);
    SortedDocValues hashes = DocValues.getSorted(leaf, Schema.FILE_SHA256);
    NumericDocValues sizes = DocValues.getNumeric(leaf, Schema.FILE_SIZE);
    NumericDocValues times = DocValues.getNumeric(leaf, Schema.FILE_MODIFIED);
    Bits live = leaf.getLiveDocs();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if ((live != null && !live.get(doc))
          || !sources.advanceExact(doc)
          || !hashes.advanceExact(doc)
          || !sizes.advanceExact(doc)
          || !times.advanceExact(doc)) {
        continue;
      }
      String source = sources.lookupOrd(sources.nextOrd()).utf8ToString();
      FileStamp stamp =
          new FileStamp(
              source,
              sizes.longValue(),
              times.longValue(),
              hashes.lookupOrd(hashes.ordValue()).utf8ToString());
      indexed.merge(source, new Indexed(stamp, 1, open ? 1 : 0), Indexed::plus);
    }
  }

  /** The not-indexed outcomes as kept in a commit's user data. */
  static Map<String, Skipped> skipped(Map<String, String> userData) throws IOException {
    String json = userData.get(OUTCOMES_KEY);
    Map<String, Skipped> skipped = new HashMap<>();
    if (json == null) {
      return skipped;
    }
    for (Skipped s : JSON.readValue(json, new TypeReference<List<Skipped>>() {})) {
      skipped.put(s.outcome().source(), s);
    }
    return skipped;
  }

  /** The user-data value recording {@code outcomes} that were not indexed. */
  static String encode(List<Skipped> outcomes) throws JsonProcessingException {
    List<Skipped> sorted = new ArrayList<>(outcomes);
    sorted.sort((a, b) -> a.outcome().source().compareTo(b.outcome().source()));
    return JSON.writeValueAsString(sorted);
  }

  /** The stamp of {@code source} last time, indexed or not. */
  FileStamp stamp(String source) {
    Indexed i = indexed.get(source);
    if (i != null) {
      return i.stamp();
    }
    Skipped s = skipped.get(source);
    return s == null ? null : s.stamp();
  }

  /** How many public items {@code source} had last time. */
  int publicItems(String source) {
    Indexed i = indexed.get(source);
    return i == null ? 0 : i.publicItems();
  }

  /** The outcome {@code source} had last time. */
  FileOutcome outcome(String source) {
    Indexed i = indexed.get(source);
    if (i != null) {
      return new FileOutcome(source, IngestStatus.INDEXED, "", i.items(), "");
    }
    return skipped.get(source).outcome();
  }
}
