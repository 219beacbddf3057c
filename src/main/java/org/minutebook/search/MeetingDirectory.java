package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.ItemDocuments;
import org.minutebook.index.Schema;
import org.minutebook.model.ItemKnowledge;
import org.minutebook.model.MeetingSummary;

/**
 * Every meeting (indexed file) of one reader with what its items hold, read once from stored
 * fields: the meetings list, the committees and coverage per year are all counted from it. A
 * meeting's {@code matches} here is all its items.
 */
final class MeetingDirectory {
  /** Newest first; undated last, by their estimated date, newest first; then by file. */
  static final Comparator<MeetingSummary> NEWEST_FIRST =
      Comparator.comparing(
              MeetingSummary::date, Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(
              MeetingSummary::estimatedDate,
              Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(MeetingSummary::source);

  /** Items of one file in their order: by position, then id. */
  private static final Comparator<String> FIRST_ITEM =
      Comparator.comparingInt(MeetingDirectory::position).thenComparing(Comparator.naturalOrder());

  /** The stored fields a meeting needs: not the body, which is most of what is stored. */
  private static final Set<String> FIELDS =
      Set.of(
          Schema.ID,
          Schema.SOURCE,
          Schema.TITLE,
          Schema.COUNCIL,
          Schema.COMMITTEE,
          Schema.DATE,
          Schema.ESTIMATED_DATE,
          Schema.TYPE,
          Schema.THEME,
          Schema.KNOWLEDGE);

  private final IndexReader reader;
  private final List<MeetingSummary> meetings;

  private MeetingDirectory(IndexReader reader, List<MeetingSummary> meetings) {
    this.reader = reader;
    this.meetings = List.copyOf(meetings);
  }

  IndexReader reader() {
    return reader;
  }

  /** Every meeting, {@link #NEWEST_FIRST}. */
  List<MeetingSummary> meetings() {
    return meetings;
  }

  /** Reads every item of {@code searcher}'s reader and groups them by file. */
  static MeetingDirectory read(IndexSearcher searcher) throws IOException {
    int count = searcher.count(Queries.ITEMS);
    Map<String, Draft> bySource = new LinkedHashMap<>();
    if (count > 0) {
      TopDocs top = searcher.search(Queries.ITEMS, count);
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
      // Index order reads stored blocks sequentially.
      Arrays.sort(docs);
      StoredFields stored = searcher.storedFields();
      for (int doc : docs) {
        Document item = stored.document(doc, FIELDS);
        bySource.computeIfAbsent(item.get(Schema.SOURCE), s -> new Draft(item)).add(item);
      }
    }
    List<MeetingSummary> meetings = new ArrayList<>(bySource.size());
    bySource.values().forEach(draft -> meetings.add(draft.summary()));
    meetings.sort(NEWEST_FIRST);
    return new MeetingDirectory(searcher.getIndexReader(), meetings);
  }

  /**
   * An item's position in its file, from its id ("…-3"): the file's first item is the one with the
   * lowest. Ids in another form sort last.
   */
  static int position(String id) {
    int dash = id.lastIndexOf('-');
    try {
      return Integer.parseInt(id.substring(dash + 1));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** One file's items, as they are read. */
  private static final class Draft {
    private final Document metadata;
    private final Map<String, Integer> themes = new TreeMap<>();
    private int items;
    private int decisions;
    private int commitments;
    private String firstId;
    private String firstTitle;

    /** The file's metadata is on every item alike: take it from the first one read. */
    Draft(Document metadata) {
      this.metadata = metadata;
    }

    void add(Document item) {
      items++;
      String id = item.get(Schema.ID);
      if (firstId == null || FIRST_ITEM.compare(id, firstId) < 0) {
        firstId = id;
        firstTitle = item.get(Schema.TITLE);
      }
      Hits.values(item, Schema.THEME).forEach(theme -> themes.merge(theme, 1, Integer::sum));
      ItemKnowledge knowledge = ItemDocuments.knowledge(item);
      decisions += knowledge.decisions().size();
      commitments += knowledge.commitments().size();
    }

    MeetingSummary summary() {
      return new MeetingSummary(
          metadata.get(Schema.COUNCIL),
          metadata.get(Schema.COMMITTEE),
          metadata.get(Schema.DATE),
          metadata.get(Schema.ESTIMATED_DATE),
          metadata.get(Schema.SOURCE),
          metadata.get(Schema.TYPE),
          firstTitle,
          items,
          firstId,
          MeetingStats.mostFirst(new HashMap<>(themes)),
          decisions,
          commitments,
          items);
    }
  }
}
