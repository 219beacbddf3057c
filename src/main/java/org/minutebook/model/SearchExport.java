package org.minutebook.model;

import java.util.List;

/**
 * Every item a search matches, in its order, up to {@link #MAX_ITEMS}: the JSON download of {@code
 * /api/search?format=json}. Field names are part of the public JSON API.
 *
 * @param query the query as given
 * @param total how many items match in all
 * @param exported how many are listed: all of them, or {@link #MAX_ITEMS}
 * @param truncated whether more items match than are listed
 * @param fallback true when no item had every word, so items with any of them are listed
 * @param hits the items, as {@code /api/search} lists them
 */
public record SearchExport(
    String query,
    long total,
    int exported,
    boolean truncated,
    boolean fallback,
    List<SearchHit> hits) {
  /** The most items one export lists, as deep as paging may go. */
  public static final int MAX_ITEMS = SearchRequest.MAX_DEPTH;

  public SearchExport {
    hits = List.copyOf(hits);
  }
}
