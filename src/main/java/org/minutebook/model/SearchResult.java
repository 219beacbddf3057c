package org.minutebook.model;

import java.util.List;
import java.util.Map;

/**
 * A page of results. Field names are part of the public JSON API.
 *
 * @param total how many items match in all
 * @param hits this page's hits
 * @param facets per facet ("committee", "council", "theme", "type", "section", "year", and "month"
 *     when one year is chosen) its values and counts; a facet with a selected value still lists its
 *     other values (drill sideways)
 * @param page the page number
 * @param size the page size
 * @param query the query as given
 * @param fallback true when no item had every word, so items with any of them are listed
 * @param expansions what the thesaurus searched as well
 * @param didYouMean a spelling that finds more, for zero- or low-hit queries, or null
 * @param notices how the query was read, where it was not taken literally, and whether it ran out
 *     of time
 * @param partial true when the search ran out of time: the hits, total and facets are what was
 *     found by then (see {@code QueryLimits})
 */
public record SearchResult(
    long total,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    int page,
    int size,
    String query,
    boolean fallback,
    List<Expansion> expansions,
    String didYouMean,
    List<String> notices,
    boolean partial) {}
