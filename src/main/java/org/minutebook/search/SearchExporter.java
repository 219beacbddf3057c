package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.minutebook.model.SearchExport;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SortOrder;
import org.minutebook.themes.Thesaurus;

/**
 * Every item a search matches, in the search's order, up to {@link SearchExport#MAX_ITEMS}. One
 * sorted top-N collects doc ids and sort values only (a few bytes a hit, even at the cap); stored
 * fields and snippets are then loaded a batch at a time. The query is read as the search page reads
 * it, any-word fallback included, so that an export lists what the page listed.
 */
final class SearchExporter {
  /** Hits highlighted together: large enough to share the highlighter's set-up. */
  private static final int BATCH = 500;

  private final IndexReaders readers;
  private final Thesaurus thesaurus;
  private final QueryLimits limits;

  SearchExporter(IndexReaders readers, Thesaurus thesaurus) {
    this(readers, thesaurus, QueryLimits.configured());
  }

  SearchExporter(IndexReaders readers, Thesaurus thesaurus, QueryLimits limits) {
    this.readers = readers;
    this.thesaurus = thesaurus;
    this.limits = limits;
  }

  /** The first {@code limit} matches of {@code request}; its page and size are not used. */
  SearchExport export(SearchRequest request, int limit) throws IOException, QuerySyntaxException {
    if (limit < 1 || limit > SearchExport.MAX_ITEMS) {
      throw new IllegalArgumentException(
          "an export lists 1 to " + SearchExport.MAX_ITEMS + " items (was " + limit + ")");
    }
    String typed = request.query();
    QueryLanguage.Parsed parsed =
        QueryLanguage.parse(typed, thesaurus, request.expand(), true, limits);
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Query query = filtered(snapshot, parsed, request);
      long total = count(searcher, query);
      boolean fallback = false;
      if (total == 0 && !typed.isBlank()) {
        QueryLanguage.Parsed any =
            QueryLanguage.parse(typed, thesaurus, request.expand(), false, limits);
        if (!any.search().equals(parsed.search())) {
          Query anyQuery = filtered(snapshot, any, request);
          long some = count(searcher, anyQuery);
          if (some > 0) {
            fallback = true;
            parsed = any;
            query = anyQuery;
            total = some;
          }
        }
      }
      int listed = (int) Math.min(total, limit);
      List<SearchHit> hits = hits(searcher, query, parsed.highlight(), request.sort(), listed);
      return new SearchExport(typed, total, hits.size(), total > hits.size(), fallback, hits);
    }
  }

  private static Query filtered(
      IndexSnapshot snapshot, QueryLanguage.Parsed parsed, SearchRequest request)
      throws IOException {
    return Queries.withFilters(ArchiveSearch.ranked(snapshot, parsed, request), request.filters());
  }

  private static long count(IndexSearcher searcher, Query query)
      throws IOException, QuerySyntaxException {
    try {
      return searcher.count(query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(ArchiveSearch.TOO_MANY_TERMS, e);
    }
  }

  private static List<SearchHit> hits(
      IndexSearcher searcher, Query query, Query highlight, SortOrder order, int limit)
      throws IOException {
    if (limit == 0) {
      return List.of();
    }
    Sort sort = new Sort(Hits.sortFields(order));
    // Scores in every order, as the search page gives them.
    ScoreDoc[] docs = searcher.search(query, limit, sort, true).scoreDocs;
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int from = 0; from < docs.length; from += BATCH) {
      int to = Math.min(docs.length, from + BATCH);
      hits.addAll(
          Hits.render(
              searcher, highlight, docs, from, to, ArchiveSearch.SNIPPETS_PER_HIT, Hits::hit));
    }
    return hits;
  }
}
