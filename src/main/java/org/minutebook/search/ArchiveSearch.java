package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
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
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TotalHits;
import org.minutebook.index.Schema;
import org.minutebook.model.FacetValue;
import org.minutebook.model.Filters;
import org.minutebook.model.ItemView;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.themes.Thesaurus;

/**
 * Searches the archive: free text in the query language plus filters, facet counts that keep the
 * other values of a selected facet (drill sideways), a reproducible order, highlighted snippets,
 * and help when a query finds little (any-word fallback, "did you mean"). Thread-safe; one instance
 * serves every request.
 */
public final class ArchiveSearch {
  /** How many values each facet lists. */
  static final int FACET_VALUES = 50;

  static final int SNIPPETS_PER_HIT = 3;

  /** With this many hits or fewer a query is offered a spelling that finds more. */
  static final int LOW_HITS = 2;

  /** What a query that expands beyond Lucene's clause limit is told. */
  static final String TOO_MANY_TERMS =
      "the query expands to too many terms; use fewer words or a longer prefix before *";

  private final IndexReaders readers;
  private final Thesaurus thesaurus;
  private final QueryLimits limits;

  /** With the limits configured when the archive is opened ({@link QueryLimits#configured}). */
  public ArchiveSearch(IndexReaders readers, Thesaurus thesaurus) {
    this(readers, thesaurus, QueryLimits.configured());
  }

  public ArchiveSearch(IndexReaders readers, Thesaurus thesaurus, QueryLimits limits) {
    this.readers = readers;
    this.thesaurus = thesaurus;
    this.limits = limits;
  }

  /** What one run of a parsed query found. */
  private record Found(TopDocs top, long total, Map<String, List<FacetValue>> facets) {}

  /** How a query was read in the end (as typed, or any word of it), and what that found. */
  private record Reading(QueryLanguage.Parsed parsed, Found found, boolean fallback) {}

  /**
   * Runs {@code request}. A search that runs out of time answers with what it found by then, marked
   * {@code partial} with a notice; one beyond the other {@link QueryLimits} is refused.
   */
  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    Deadline deadline = Deadline.after(limits.timeout());
    checkPage(request);
    String typed = request.query();
    try (IndexSnapshot snapshot = readers.acquire()) {
      Reading reading = read(snapshot, request, deadline);
      Found found = reading.found();
      // A spelling is worth offering only for a complete answer, and costs time of its own.
      String didYouMean =
          found.total() <= LOW_HITS && !typed.isBlank() && !deadline.passed()
              ? betterSpelling(snapshot, typed, request, found.total())
              : null;
      List<SearchHit> hits =
          page(snapshot.searcher(), reading.parsed().highlight(), found.top().scoreDocs, request);
      List<String> notices = new ArrayList<>(reading.parsed().notices());
      if (deadline.cutShort()) {
        notices.add(timeNotice(limits));
      }
      return new SearchResult(
          found.total(),
          hits,
          found.facets(),
          request.page(),
          request.size(),
          typed,
          reading.fallback(),
          reading.parsed().expansions(),
          didYouMean,
          List.copyOf(notices),
          deadline.cutShort());
    }
  }

  /**
   * The query as typed, every word required; if that finds nothing, any of its words (flagged as a
   * fallback), unless time is up.
   */
  private Reading read(IndexSnapshot snapshot, SearchRequest request, Deadline deadline)
      throws IOException, QuerySyntaxException {
    String typed = request.query();
    QueryLanguage.Parsed all =
        QueryLanguage.parse(typed, thesaurus, request.expand(), true, limits);
    Found found = run(snapshot, all, request, deadline);
    if (found.total() > 0 || typed.isBlank() || deadline.passed()) {
      return new Reading(all, found, false);
    }
    QueryLanguage.Parsed any =
        QueryLanguage.parse(typed, thesaurus, request.expand(), false, limits);
    if (!any.search().equals(all.search())) {
      Found some = run(snapshot, any, request, deadline);
      if (some.total() > 0) {
        return new Reading(any, some, true);
      }
    }
    return new Reading(all, found, false);
  }

  /** What a search or timeline that ran out of time says. */
  static String timeNotice(QueryLimits limits) {
    return "The search was stopped after "
        + limits.timeoutInWords()
        + ": these are the matches found by then, and the counts may be too low. A narrower"
        + " search (fewer words, a filter, a longer prefix before *) finishes sooner.";
  }

  private void checkPage(SearchRequest request) throws QuerySyntaxException {
    try {
      limits.checkPage(request.page(), request.size());
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException(e.getMessage(), e);
    }
  }

  /**
   * One run of {@code parsed}: matches are collected until the deadline; scores are then worked out
   * for the page's hits with the unbounded query, which matches every hit collected.
   */
  private Found run(
      IndexSnapshot snapshot, QueryLanguage.Parsed parsed, SearchRequest request, Deadline deadline)
      throws IOException, QuerySyntaxException {
    Query text = ranked(snapshot, parsed, request);
    DrillDownQuery query = Queries.withFilters(deadline.bound(text), request.filters());
    int topN = request.page() * request.size();
    IndexSearcher searcher = snapshot.searcher();
    Sort sort = new Sort(Hits.sortFields(request.sort()));
    try {
      TopDocs top;
      Found found;
      if (snapshot.facetState() == null) {
        top = searcher.search(query, topN, sort, false);
        found = new Found(top, total(searcher, query, top), emptyFacets());
      } else {
        DrillSideways sideways =
            new DrillSideways(searcher, Schema.facetsConfig(), snapshot.facetState());
        DrillSideways.DrillSidewaysResult result =
            sideways.search(query, null, null, topN, sort, false);
        top = result.hits;
        found =
            new Found(
                top,
                total(searcher, query, top),
                facets(result.facets, snapshot, request.filters()));
      }
      TopFieldCollector.populateScores(
          top.scoreDocs, searcher, Queries.withFilters(text, request.filters()));
      return found;
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(TOO_MANY_TERMS, e);
    }
  }

  /** The query's text part, weighted towards recent meetings when the request asks for it. */
  static Query ranked(IndexSnapshot snapshot, QueryLanguage.Parsed parsed, SearchRequest request)
      throws IOException {
    return request.recency() && request.sort() == SortOrder.RELEVANCE
        ? Recency.boost(parsed.search(), snapshot.searcher().getIndexReader())
        : parsed.search();
  }

  static long total(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
    return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value()
        : searcher.count(query);
  }

  /** A corrected query, if one finds more than {@code hits} with the same filters. */
  private String betterSpelling(
      IndexSnapshot snapshot, String typed, SearchRequest request, long hits) throws IOException {
    Optional<String> corrected = Spelling.correct(snapshot.searcher().getIndexReader(), typed);
    if (corrected.isEmpty()) {
      return null;
    }
    try {
      Query query =
          Queries.withFilters(
              QueryLanguage.parse(corrected.get(), thesaurus, request.expand(), true).search(),
              request.filters());
      return snapshot.searcher().count(query) > hits ? corrected.get() : null;
    } catch (QuerySyntaxException | IndexSearcher.TooManyClauses e) {
      return null;
    }
  }

  /** The item with this id, in full, with the items most like it. */
  public Optional<ItemView> document(String id) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      TopDocs top = searcher.search(KeywordField.newExactQuery(Schema.ID, id), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      Document stored = searcher.storedFields().document(doc);
      return Optional.of(Hits.view(stored).withRelated(Related.to(searcher, doc, id)));
    }
  }

  /**
   * The sources of the first {@code n} hits of a plain BM25 search: the query's words over title
   * and body with no weights, phrases, thesaurus or fallback. The baseline evaluations compare
   * with.
   */
  public List<String> baseline(String query, Filters filters, int n) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Query plain = Queries.withFilters(Baseline.query(query), filters);
      TopDocs top = searcher.search(plain, n, new Sort(Hits.sortFields(SortOrder.RELEVANCE)), true);
      List<String> sources = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        sources.add(searcher.storedFields().document(hit.doc).get(Schema.SOURCE));
      }
      return sources;
    }
  }

  /** How many items the index holds. */
  public int size() throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      return snapshot.searcher().count(Queries.ITEMS);
    }
  }

  private List<SearchHit> page(
      IndexSearcher searcher, Query highlight, ScoreDoc[] docs, SearchRequest request)
      throws IOException {
    int from = Math.min(docs.length, (request.page() - 1) * request.size());
    return Hits.render(searcher, highlight, docs, from, docs.length, SNIPPETS_PER_HIT, Hits::hit);
  }

  private static Map<String, List<FacetValue>> facets(
      Facets counts, IndexSnapshot snapshot, Filters filters) throws IOException {
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
      if (filters.years().size() == 1) {
        // Year → month: with one year chosen, its months ("2021/03" as "03"), in calendar order.
        String year = filters.years().get(0);
        List<FacetValue> months =
            new ArrayList<>(values(counts.getAllChildren(Schema.FACET_DATE, year)));
        months.sort(Comparator.comparing(FacetValue::value));
        facets.put("month", months);
      }
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
