package org.minutebook.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.minutebook.index.Schema;

/**
 * The benchmark's yardstick: the same kinds of request answered on the same index the way a
 * developer would with Lucene alone — the classic query parser over title and body, a facet
 * collector, Lucene's unified highlighter with its defaults, stored fields of the page — and none
 * of Minutebook's own work (thesaurus, unstemmed twins, decisions field, drill sideways, spelling,
 * paragraph counts, markers, passage anchors). Each call returns a number derived from its answer
 * so that nothing is optimised away.
 */
public final class RawLucene implements Closeable {
  private static final Query ITEMS = new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM));
  private static final int FACET_VALUES = 50;

  /** The record kind of an item that records a commitment (see Schema.KNOWLEDGE_RECORDS). */
  private static final String COMMITMENT = "commitment";

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facets;
  private final UnifiedHighlighter highlighter;

  private RawLucene(DirectoryReader reader) throws IOException {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.facets = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    this.highlighter = UnifiedHighlighter.builder(searcher, Schema.analyzer()).build();
  }

  /** Opens the index at {@code indexDir} for reading. */
  public static RawLucene open(Path indexDir) throws IOException {
    return new RawLucene(DirectoryReader.open(FSDirectory.open(indexDir)));
  }

  /**
   * A search: the parsed words (all required) within the drill-down {@code filters} (facet dim to
   * value), the first {@code size} items by score, every flat facet's top values and the years, and
   * three highlighted passages of each item's body.
   */
  public long search(String query, Map<String, String> filters, int size)
      throws IOException, ParseException {
    DrillDownQuery drill = new DrillDownQuery(Schema.facetsConfig(), items(parse(query)));
    filters.forEach(drill::add);
    FacetsCollectorManager.FacetsResult result =
        FacetsCollectorManager.search(searcher, drill, size, new FacetsCollectorManager());
    long answer = result.topDocs().totalHits.value() + countFacets(result.facetsCollector());
    return answer + page(drill, result.topDocs(), 3);
  }

  /**
   * A theme's timeline: its items counted per year from the date facet, and the first {@code size}
   * in date order with one highlighted passage each.
   */
  public long timeline(String themeId, String highlight, int size)
      throws IOException, ParseException {
    Query theme = items(new TermQuery(new Term(Schema.THEME, themeId)));
    FacetsCollector collected = searcher.search(theme, new FacetsCollectorManager());
    Facets counts = new SortedSetDocValuesFacetCounts(facets, collected);
    long answer = children(counts.getAllChildren(Schema.FACET_DATE));
    Sort oldest =
        new Sort(
            LongField.newSortField(
                Schema.DATE_DAY, false, SortedNumericSelector.Type.MIN, Long.MAX_VALUE),
            SortField.FIELD_DOC);
    TopDocs top = searcher.search(theme, size, oldest);
    Query shown =
        new BooleanQuery.Builder()
            .add(theme, BooleanClause.Occur.FILTER)
            .add(parse(highlight), BooleanClause.Occur.SHOULD)
            .build();
    return answer + page(shown, top, 1);
  }

  /**
   * Every item of a theme that records a commitment, newest first, with its stored fields: what a
   * register of commitments reads from Lucene when nothing is kept between requests.
   */
  public long commitments(String themeId) throws IOException {
    Query query =
        items(
            new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.RECORD, COMMITMENT)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.THEME, themeId)), BooleanClause.Occur.FILTER)
                .build());
    Sort newest =
        new Sort(
            LongField.newSortField(
                Schema.DATE_DAY, true, SortedNumericSelector.Type.MIN, Long.MIN_VALUE),
            SortField.FIELD_DOC);
    TopDocs top = searcher.search(query, Math.max(1, searcher.count(query)), newest);
    StoredFields stored = searcher.storedFields();
    long answer = 0;
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc);
      String knowledge = doc.get(Schema.KNOWLEDGE);
      answer += knowledge == null ? 0 : knowledge.length();
    }
    return answer;
  }

  private Query parse(String query) throws ParseException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.BODY}, Schema.analyzer());
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser.parse(query);
  }

  private static Query items(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(ITEMS, BooleanClause.Occur.FILTER)
        .build();
  }

  private long countFacets(FacetsCollector collected) throws IOException {
    Facets counts = new SortedSetDocValuesFacetCounts(facets, collected);
    long answer = 0;
    List<String> dims = new ArrayList<>();
    facets.getDims().forEach(dims::add);
    for (String dim : Schema.FLAT_FACETS) {
      if (dims.contains(dim)) {
        answer += children(counts.getTopChildren(FACET_VALUES, dim));
      }
    }
    if (dims.contains(Schema.FACET_DATE)) {
      answer += children(counts.getAllChildren(Schema.FACET_DATE));
    }
    return answer;
  }

  private static long children(FacetResult result) {
    return result == null ? 0 : result.childCount;
  }

  /** Loads the stored fields of the hits and highlights their bodies. */
  private long page(Query query, TopDocs top, int passages) throws IOException {
    StoredFields stored = searcher.storedFields();
    long answer = 0;
    for (ScoreDoc hit : top.scoreDocs) {
      answer += stored.document(hit.doc).get(Schema.TITLE).length();
    }
    String[] snippets = highlighter.highlight(Schema.BODY, query, top, passages);
    for (String snippet : snippets) {
      answer += snippet == null ? 0 : snippet.length();
    }
    return answer;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
