package org.minutebook.model;

import java.util.Objects;

/**
 * A search: free text in the query language, filters, order and page.
 *
 * @param query the user's query; blank means "everything"
 * @param filters facet and date restrictions
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page
 * @param expand whether the thesaurus expands the query
 * @param recency whether newer meetings rank somewhat higher
 */
public record SearchRequest(
    String query,
    Filters filters,
    SortOrder sort,
    int page,
    int size,
    boolean expand,
    boolean recency) {
  /** The largest page a client may ask for. */
  public static final int MAX_PAGE_SIZE = 100;

  /** How deep paging may go (page times size), so that no request collects the whole index. */
  public static final int MAX_DEPTH = 10_000;

  public static final int DEFAULT_PAGE_SIZE = 10;

  public SearchRequest {
    query = query == null ? "" : query;
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(sort, "sort");
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more (was " + page + ")");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_PAGE_SIZE + " (was " + size + ")");
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "page * size must be at most " + MAX_DEPTH + "; narrow the search instead");
    }
  }

  /** With the thesaurus on and no recency weighting. */
  public SearchRequest(String query, Filters filters, SortOrder sort, int page, int size) {
    this(query, filters, sort, page, size, true, false);
  }

  /** A first page of results in relevance order with no filters. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
  }
}
