package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.minutebook.index.ItemDocuments;
import org.minutebook.index.Schema;
import org.minutebook.model.ItemView;
import org.minutebook.model.Paragraph;
import org.minutebook.model.Passage;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Timeline;

/** Reading stored documents back into records (the only place that does), and the sort orders. */
final class Hits {
  private Hits() {}

  /** Sort fields for an order, always ending with the item id so that ties are reproducible. */
  static SortField[] sortFields(SortOrder order) {
    SortField byId = KeywordField.newSortField(Schema.ID, false, SortedSetSelector.Type.MIN);
    return switch (order) {
      case RELEVANCE -> new SortField[] {SortField.FIELD_SCORE, byId};
      case NEWEST ->
          new SortField[] {
            // Undated items sort after dated ones in both directions.
            LongField.newSortField(
                Schema.DATE_DAY, true, SortedNumericSelector.Type.MIN, Long.MIN_VALUE),
            byId
          };
      case OLDEST ->
          new SortField[] {
            LongField.newSortField(
                Schema.DATE_DAY, false, SortedNumericSelector.Type.MIN, Long.MAX_VALUE),
            byId
          };
    };
  }

  /** Makes one record from a stored document, its score and its snippets. */
  @FunctionalInterface
  interface Renderer<T> {
    T render(Document doc, ScoreDoc scoreDoc, List<Snippets.Snippet> snippets);
  }

  /**
   * Loads and highlights {@code docs[from, to)} and renders each: the one loop behind every list of
   * results.
   */
  static <T> List<T> render(
      IndexSearcher searcher,
      Query highlight,
      ScoreDoc[] docs,
      int from,
      int to,
      int snippetsPerHit,
      Renderer<T> renderer)
      throws IOException {
    int count = Math.max(0, to - from);
    int[] ids = new int[count];
    for (int i = 0; i < count; i++) {
      ids[i] = docs[from + i].doc;
    }
    // Loaded once: the highlighter takes each body from here rather than decompressing it again.
    StoredFields stored = searcher.storedFields();
    Document[] loaded = new Document[count];
    for (int i = 0; i < count; i++) {
      loaded[i] = stored.document(ids[i]);
    }
    List<List<Snippets.Snippet>> snippets =
        Snippets.forHits(searcher, highlight, ids, loaded, snippetsPerHit);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(renderer.render(loaded[i], docs[from + i], snippets.get(i)));
    }
    return out;
  }

  /** A search hit; the score is 0 when the order was not by relevance and none was computed. */
  static SearchHit hit(Document doc, ScoreDoc scoreDoc, List<Snippets.Snippet> snippets) {
    List<Paragraph> paragraphs = ItemDocuments.paragraphs(doc);
    return new SearchHit(
        doc.get(Schema.ID),
        doc.get(Schema.SOURCE),
        doc.get(Schema.TITLE),
        doc.get(Schema.COUNCIL),
        doc.get(Schema.COMMITTEE),
        doc.get(Schema.DATE),
        snippets.stream().map(Snippets.Snippet::html).toList(),
        Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
        doc.get(Schema.ITEM_NUMBER),
        doc.get(Schema.TYPE),
        values(doc, Schema.THEME),
        snippets.stream().map(s -> passage(s, paragraphs)).toList(),
        doc.get(Schema.ESTIMATED_DATE),
        doc.get(Schema.RESTRICTED_BECAUSE) != null,
        doc.get(Schema.RESTRICTED_BECAUSE));
  }

  /** A timeline entry with its best snippet and the paragraph it comes from. */
  static Timeline.Entry entry(Document doc, ScoreDoc scoreDoc, List<Snippets.Snippet> snippets) {
    Passage best =
        snippets.isEmpty()
            ? new Passage(null, null, null, "")
            : passage(snippets.get(0), ItemDocuments.paragraphs(doc));
    return new Timeline.Entry(
        doc.get(Schema.ID),
        doc.get(Schema.DATE),
        doc.get(Schema.COMMITTEE),
        doc.get(Schema.COUNCIL),
        doc.get(Schema.SOURCE),
        doc.get(Schema.TITLE),
        best.snippet(),
        best.anchor(),
        best.page(),
        doc.get(Schema.ESTIMATED_DATE));
  }

  private static Passage passage(Snippets.Snippet snippet, List<Paragraph> paragraphs) {
    if (snippet.paragraph() >= paragraphs.size()) {
      return new Passage(null, null, null, snippet.html());
    }
    Paragraph p = paragraphs.get(snippet.paragraph());
    return new Passage(
        p.anchor(), p.page() > 0 ? p.page() : null, p.section().label(), snippet.html());
  }

  /** Every value of a multi-valued stored field. */
  static List<String> values(Document doc, String field) {
    return Arrays.stream(doc.getFields(field)).map(IndexableField::stringValue).toList();
  }

  static ItemView view(Document doc) {
    Map<String, String> provenance = new LinkedHashMap<>();
    putIfPresent(provenance, "council", doc.get(Schema.COUNCIL_FROM));
    putIfPresent(provenance, "committee", doc.get(Schema.COMMITTEE_FROM));
    putIfPresent(provenance, "date", doc.get(Schema.DATE_FROM));
    putIfPresent(provenance, "estimatedDate", doc.get(Schema.ESTIMATED_DATE_FROM));
    return new ItemView(
        doc.get(Schema.ID),
        doc.get(Schema.SOURCE),
        doc.get(Schema.TITLE),
        doc.get(Schema.COUNCIL),
        doc.get(Schema.COMMITTEE),
        doc.get(Schema.DATE),
        doc.get(Schema.ITEM_NUMBER),
        doc.get(Schema.TYPE),
        new ArrayList<>(values(doc, Schema.THEME)),
        provenance,
        doc.get(Schema.BODY),
        ItemDocuments.paragraphs(doc),
        doc.get(Schema.ESTIMATED_DATE),
        List.of(),
        ItemDocuments.knowledge(doc),
        doc.get(Schema.RESTRICTED_BECAUSE) != null,
        doc.get(Schema.RESTRICTED_BECAUSE));
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
