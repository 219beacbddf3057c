package org.minutebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.ItemDocuments;
import org.minutebook.index.Schema;
import org.minutebook.model.Commitment;
import org.minutebook.model.Decision;
import org.minutebook.model.Filters;
import org.minutebook.model.ItemKnowledge;
import org.minutebook.model.Paragraph;

/**
 * Every item of one reader that holds knowledge records, with the metadata registers show and
 * filter on. Built once per reader (the registers list and filter in memory, follow-ups are
 * searched per commitment), so it is read from stored fields only when the index changes.
 */
final class KnowledgeRecords {
  /** An item's metadata and knowledge. Dates are null when unknown. */
  record Held(
      String id,
      String source,
      String title,
      String itemNumber,
      String council,
      String committee,
      String type,
      LocalDate date,
      LocalDate estimatedDate,
      List<String> themes,
      Map<String, List<String>> paragraphThemes,
      ItemKnowledge knowledge) {

    /** The meeting date, else the estimate: what "later" is judged by. */
    LocalDate effectiveDate() {
      return date != null ? date : estimatedDate;
    }

    /** The themes of the paragraph at {@code anchor}, else the item's. */
    List<String> themesAt(String anchor) {
      List<String> own = paragraphThemes.getOrDefault(anchor, List.of());
      return own.isEmpty() ? themes : own;
    }

    /** Whether this item, with {@code recordThemes} for the record, passes {@code filters}. */
    boolean passes(Filters filters, List<String> recordThemes) {
      return anyOf(filters.councils(), council)
          && anyOf(filters.committees(), committee)
          && anyOf(filters.types(), type)
          && (filters.themes().isEmpty()
              || recordThemes.stream().anyMatch(filters.themes()::contains))
          && (filters.years().isEmpty()
              || date != null && filters.years().contains(Integer.toString(date.getYear())))
          && (filters.from().isEmpty() || date != null && !date.isBefore(filters.from().get()))
          && (filters.to().isEmpty() || date != null && !date.isAfter(filters.to().get()));
    }

    private static boolean anyOf(List<String> wanted, String value) {
      return wanted.isEmpty() || value != null && wanted.contains(value);
    }
  }

  private final IndexReader reader;
  private final List<Held> items;
  private final Map<String, Held> byId = new HashMap<>();
  private final ThemeListing<Commitment> commitments;
  private final ThemeListing<Decision> decisions;

  private KnowledgeRecords(IndexReader reader, List<Held> items) {
    this.reader = reader;
    this.items = List.copyOf(items);
    for (Held held : items) {
      byId.put(held.id(), held);
    }
    this.commitments = new ThemeListing<>(items, ItemKnowledge::commitments, Commitment::anchor);
    this.decisions = new ThemeListing<>(items, ItemKnowledge::decisions, Decision::anchor);
  }

  /** Every commitment, with its item and themes. */
  ThemeListing<Commitment> commitments() {
    return commitments;
  }

  /** Every decision, with its item and themes. */
  ThemeListing<Decision> decisions() {
    return decisions;
  }

  IndexReader reader() {
    return reader;
  }

  /** Every item with records, in index order. */
  List<Held> items() {
    return items;
  }

  Held item(String id) {
    return byId.get(id);
  }

  /** Reads the items of {@code searcher}'s reader that hold any kind of record. */
  static KnowledgeRecords read(IndexSearcher searcher) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String kind : Schema.KNOWLEDGE_RECORDS) {
      any.add(new TermQuery(new Term(Schema.RECORD, kind)), BooleanClause.Occur.SHOULD);
    }
    any.add(
        new TermQuery(new Term(Schema.RECORD, Schema.ENTITY_RECORD)), BooleanClause.Occur.SHOULD);
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(any.build(), BooleanClause.Occur.MUST)
            .add(Queries.ITEMS, BooleanClause.Occur.FILTER)
            .build();
    int count = searcher.count(query);
    List<Held> held = new ArrayList<>(count);
    if (count > 0) {
      TopDocs top = searcher.search(query, count);
      StoredFields stored = searcher.storedFields();
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
      // Index order reads stored blocks sequentially.
      java.util.Arrays.sort(docs);
      for (int doc : docs) {
        held.add(held(stored.document(doc)));
      }
    }
    return new KnowledgeRecords(searcher.getIndexReader(), held);
  }

  private static Held held(Document doc) {
    Map<String, List<String>> paragraphThemes = new HashMap<>();
    for (Paragraph p : ItemDocuments.paragraphs(doc)) {
      if (!p.themes().isEmpty()) {
        paragraphThemes.put(p.anchor(), p.themeIds());
      }
    }
    return new Held(
        doc.get(Schema.ID),
        doc.get(Schema.SOURCE),
        doc.get(Schema.TITLE),
        doc.get(Schema.ITEM_NUMBER),
        doc.get(Schema.COUNCIL),
        doc.get(Schema.COMMITTEE),
        doc.get(Schema.TYPE),
        day(doc.get(Schema.DATE)),
        day(doc.get(Schema.ESTIMATED_DATE)),
        Hits.values(doc, Schema.THEME),
        paragraphThemes,
        ItemDocuments.knowledge(doc));
  }

  private static LocalDate day(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
