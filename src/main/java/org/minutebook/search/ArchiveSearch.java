package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.minutebook.index.Schema;
import org.minutebook.model.FacetValue;
import org.minutebook.model.ItemView;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;

/**
 * Searches the archive: free text plus filters, facet counts that keep the other values of a
 * selected facet (drill sideways), a reproducible order, and highlighted snippets. Thread-safe; one
 * instance serves every request.
 */
public final class ArchiveSearch {
  /** How many values each facet lists. */
  static final int FACET_VALUES = 50;

  static final int SNIPPETS_PER_HIT = 3;

  private final IndexReaders readers;

  public ArchiveSearch(IndexReaders readers) {
    this.readers = readers;
  }

  /** Runs {@code request}. */
  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    Query text = Queries.text(request.query());
    DrillDownQuery query = Queries.withFilters(text, request.filters());
    int topN = request.page() * request.size();
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Sort sort = new Sort(Hits.sortFields(request.sort()));
      Map<String, List<FacetValue>> facets;
      TopDocs top;
      if (snapshot.facetState() == null) {
        top = searcher.search(query, topN, sort, true);
        facets = emptyFacets();
      } else {
        DrillSideways sideways =
            new DrillSideways(searcher, Schema.facetsConfig(), snapshot.facetState());
        DrillSideways.DrillSidewaysResult result =
            sideways.search(query, null, null, topN, sort, true);
        top = result.hits;
        facets = facets(result.facets, snapshot);
      }
      long total =
          top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
              ? top.totalHits.value()
              : searcher.count(query);
      List<SearchHit> hits = page(searcher, text, top.scoreDocs, request);
      return new SearchResult(total, hits, facets, request.page(), request.size(), request.query());
    }
  }

  /** The item with this id, in full. */
  public Optional<ItemView> document(String id) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      TopDocs top = searcher.search(KeywordField.newExactQuery(Schema.ID, id), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(Hits.view(searcher.storedFields().document(top.scoreDocs[0].doc)));
    }
  }

  /** How many items the index holds. */
  public int size() throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      return snapshot.searcher().getIndexReader().numDocs();
    }
  }

  private List<SearchHit> page(
      IndexSearcher searcher, Query text, ScoreDoc[] docs, SearchRequest request)
      throws IOException {
    int from = Math.min(docs.length, (request.page() - 1) * request.size());
    return Hits.render(searcher, text, docs, from, docs.length, SNIPPETS_PER_HIT, Hits::hit);
  }

  private static Map<String, List<FacetValue>> facets(Facets counts, IndexSnapshot snapshot)
      throws IOException {
    Map<String, List<FacetValue>> facets = emptyFacets();
    for (String dim : Schema.FLAT_FACETS) {
      if (snapshot.hasDim(dim)) {
        facets.put(dim, values(counts.getTopChildren(FACET_VALUES, dim)));
      }
    }
    if (snapshot.hasDim(Schema.FACET_DATE)) {
      List<FacetValue> years = new ArrayList<>(values(counts.getAllChildren(Schema.FACET_DATE)));
      years.sort(Comparator.comparing(FacetValue::value).reversed());
      facets.put("year", years);
    }
    return facets;
  }

  private static Map<String, List<FacetValue>> emptyFacets() {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : Schema.FLAT_FACETS) {
      facets.put(dim, List.of());
    }
    facets.put("year", List.of());
    return facets;
  }

  private static List<FacetValue> values(FacetResult result) {
    if (result == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    // Counts first, then the value, so that equal counts list in a stable order.
    values.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values;
  }
}
