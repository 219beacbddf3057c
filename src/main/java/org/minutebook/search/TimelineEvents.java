package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.minutebook.index.ItemDocuments;
import org.minutebook.index.Schema;
import org.minutebook.model.Paragraph;
import org.minutebook.model.Timeline;

/**
 * A timeline's markers: meetings that discussed an inspection or monitoring visit, and resolutions
 * in the timeline's themes or queries, each dated by its meeting and linked to its paragraph.
 */
final class TimelineEvents {
  /** At most this many markers of each kind. */
  static final int MAX_EACH = 50;

  private static final int SNIPPET_CHARS = 240;

  /** How many matching paragraphs are read to choose the markers from. */
  private static final int MAX_SCANNED = 2_000;

  /** What an inspection is called in minutes, as unstemmed phrases. */
  private static final List<String> INSPECTION_PHRASES =
      List.of(
          "monitoring visit",
          "focused visit",
          "ilacs",
          "inspection of local authority children's services",
          "joint targeted area inspection",
          "ofsted inspection",
          "ofsted inspected");

  private static final Pattern INSPECTION_WORDING =
      Pattern.compile(
          "(monitoring visit|focuss?ed visit|ILACS|joint targeted area inspection|inspection)",
          Pattern.CASE_INSENSITIVE);

  private TimelineEvents() {}

  /**
   * The markers within {@code filters} (a paragraph query): resolutions matching any of {@code
   * series}, and inspections, oldest first.
   */
  static List<Timeline.Event> find(IndexSearcher searcher, List<Query> series, Query filters)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query q : series) {
      any.add(q, BooleanClause.Occur.SHOULD);
    }
    Query resolutions =
        new BooleanQuery.Builder()
            .add(any.build(), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(Schema.P_DECISION, Schema.YES)), BooleanClause.Occur.FILTER)
            .add(filters, BooleanClause.Occur.FILTER)
            .build();
    BooleanQuery.Builder named = new BooleanQuery.Builder();
    QueryBuilder exact = new QueryBuilder(Schema.exactQueryAnalyzer());
    for (String phrase : INSPECTION_PHRASES) {
      named.add(exact.createPhraseQuery(Schema.P_TEXT_EXACT, phrase), BooleanClause.Occur.SHOULD);
    }
    Query inspections =
        new BooleanQuery.Builder()
            .add(named.build(), BooleanClause.Occur.MUST)
            .add(filters, BooleanClause.Occur.FILTER)
            .build();
    Map<String, Document> items = new HashMap<>();
    List<Timeline.Event> events = new ArrayList<>();
    events.addAll(markers(searcher, resolutions, "resolution", items));
    events.addAll(markers(searcher, inspections, "inspection", items));
    events.sort(
        Comparator.comparing(Timeline.Event::date)
            .thenComparing(Timeline.Event::kind)
            .thenComparing(Timeline.Event::itemId));
    return events;
  }

  /**
   * One marker per item (its first matching paragraph), oldest meetings first, spread across time.
   */
  private static List<Timeline.Event> markers(
      IndexSearcher searcher, Query paragraphs, String kind, Map<String, Document> items)
      throws IOException {
    Query dated =
        new BooleanQuery.Builder()
            .add(paragraphs, BooleanClause.Occur.MUST)
            .add(new FieldExistsQuery(Schema.P_DAY), BooleanClause.Occur.FILTER)
            .build();
    Sort oldest =
        new Sort(
            LongField.newSortField(Schema.P_DAY, false, SortedNumericSelector.Type.MIN),
            SortField.FIELD_DOC);
    TopDocs top = searcher.search(dated, MAX_SCANNED, oldest);
    // The first matching paragraph of each item, read from doc values; then only the items kept
    // are loaded.
    List<Located> firsts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Located p : locate(searcher, top.scoreDocs)) {
      if (p != null && seen.add(p.itemId())) {
        firsts.add(p);
      }
    }
    List<Timeline.Event> events = new ArrayList<>();
    for (Located p : spread(firsts)) {
      Document item = items.computeIfAbsent(p.itemId(), id -> load(searcher, id));
      List<Paragraph> texts = item == null ? List.of() : ItemDocuments.paragraphs(item);
      if (p.position() >= texts.size()) {
        continue;
      }
      Paragraph paragraph = texts.get(p.position());
      events.add(
          new Timeline.Event(
              kind,
              item.get(Schema.DATE),
              label(kind, paragraph.text()),
              p.itemId(),
              paragraph.anchor(),
              item.get(Schema.COMMITTEE),
              item.get(Schema.COUNCIL),
              item.get(Schema.TITLE),
              snippet(paragraph.text())));
    }
    return events;
  }

  /** A paragraph document's item and position. */
  private record Located(String itemId, int position) {}

  /**
   * The item and position of each hit, in the hits' order (null where a paragraph lacks them), read
   * leaf by leaf in document order from doc values.
   */
  private static List<Located> locate(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    Located[] found = new Located[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    SortedDocValues items = null;
    NumericDocValues positions = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        items = DocValues.getSorted(leaves.get(at).reader(), Schema.P_ITEM);
        positions = DocValues.getNumeric(leaves.get(at).reader(), Schema.P_POSITION);
      }
      int local = doc - leaves.get(at).docBase;
      if (items.advanceExact(local) && positions.advanceExact(local)) {
        found[i] =
            new Located(
                items.lookupOrd(items.ordValue()).utf8ToString(), (int) positions.longValue());
      }
    }
    return Arrays.asList(found);
  }

  /** At most {@link #MAX_EACH} markers, taken evenly across time rather than the oldest first. */
  private static <T> List<T> spread(List<T> events) {
    if (events.size() <= MAX_EACH) {
      return events;
    }
    List<T> some = new ArrayList<>(MAX_EACH);
    for (int i = 0; i < MAX_EACH; i++) {
      some.add(events.get((int) ((long) i * events.size() / MAX_EACH)));
    }
    return some;
  }

  private static String label(String kind, String text) {
    if (kind.equals("resolution")) {
      return "Decision";
    }
    Matcher m = INSPECTION_WORDING.matcher(text);
    if (!m.find()) {
      return "Inspection";
    }
    String found = m.group(1);
    String words = found.toLowerCase(Locale.ROOT);
    if (words.equals("ilacs")) {
      return "Ofsted inspection (ILACS)";
    }
    return (text.contains("Ofsted") ? "Ofsted " : "") + words.replace("focussed", "focused");
  }

  private static String snippet(String text) {
    int end = Math.min(text.length(), SNIPPET_CHARS);
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    StringBuilder out = new StringBuilder();
    Snippets.escape(text, 0, end, out);
    if (end < text.length()) {
      out.append(" …");
    }
    return out.toString();
  }

  private static Document load(IndexSearcher searcher, String id) {
    try {
      TopDocs top = searcher.search(KeywordField.newExactQuery(Schema.ID, id), 1);
      return top.scoreDocs.length == 0
          ? null
          : searcher.storedFields().document(top.scoreDocs[0].doc);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
