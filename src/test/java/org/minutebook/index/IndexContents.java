package org.minutebook.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What the latest commit of an index holds, document by document: each item as its id and the
 * SHA-256 of the file version it came from, each paragraph as its item's id and its position. Both
 * lists are sorted and keep duplicates, so two indexes are equal exactly when they hold the same
 * versions of the same items and paragraphs, none lost and none twice.
 */
record IndexContents(List<String> items, List<String> paragraphs) {
  private static final Set<String> KEYS = Set.of(Schema.ID, Schema.P_ITEM, Schema.P_POSITION);

  /** The latest commit at {@code indexDir}, or null when there is no commit. */
  static IndexContents of(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return null;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return null;
      }
      List<String> items = new ArrayList<>();
      List<String> paragraphs = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          read(leaf.reader(), items, paragraphs);
        }
      }
      items.sort(null);
      paragraphs.sort(null);
      return new IndexContents(List.copyOf(items), List.copyOf(paragraphs));
    }
  }

  private static void read(LeafReader leaf, List<String> items, List<String> paragraphs)
      throws IOException {
    StoredFields stored = leaf.storedFields();
    SortedDocValues hashes = DocValues.getSorted(leaf, Schema.FILE_SHA256);
    Bits live = leaf.getLiveDocs();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document fields = stored.document(doc, KEYS);
      String id = fields.get(Schema.ID);
      if (id != null) {
        String sha =
            hashes.advanceExact(doc) ? hashes.lookupOrd(hashes.ordValue()).utf8ToString() : "?";
        items.add(id + " " + sha);
      } else if (fields.get(Schema.P_ITEM) != null) {
        paragraphs.add(fields.get(Schema.P_ITEM) + " #" + fields.get(Schema.P_POSITION));
      }
    }
  }

  /** How this differs from {@code expected}, in a few lines: counts and the first differences. */
  String differenceFrom(IndexContents expected) {
    return "items: "
        + difference(expected.items, items)
        + "; paragraphs: "
        + difference(expected.paragraphs, paragraphs);
  }

  private static String difference(List<String> expected, List<String> actual) {
    Map<String, Integer> balance = new HashMap<>();
    expected.forEach(key -> balance.merge(key, 1, Integer::sum));
    actual.forEach(key -> balance.merge(key, -1, Integer::sum));
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    balance.forEach(
        (key, n) -> {
          if (n > 0) {
            missing.add(key + (n > 1 ? " x" + n : ""));
          } else if (n < 0) {
            extra.add(key + (n < -1 ? " x" + -n : ""));
          }
        });
    missing.sort(null);
    extra.sort(null);
    return "expected "
        + expected.size()
        + ", found "
        + actual.size()
        + ", missing "
        + missing.subList(0, Math.min(3, missing.size()))
        + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "")
        + ", unexpected "
        + extra.subList(0, Math.min(3, extra.size()))
        + (extra.size() > 3 ? " and " + (extra.size() - 3) + " more" : "");
  }
}
