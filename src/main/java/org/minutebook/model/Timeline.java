package org.minutebook.model;

import java.util.List;

/**
 * How often a theme (or query) came up over time. Field names are part of the public JSON API.
 *
 * @param theme the theme id, or null for a query-only timeline
 * @param query the query, if any
 * @param interval "year", "quarter" or "month"
 * @param buckets dated periods in order with the number of matching items in each
 * @param undated matching items with no known meeting date (shown apart, never dropped)
 * @param total all matching items
 * @param entries matching items in date order, undated last
 */
public record Timeline(
    String theme,
    String query,
    String interval,
    List<Bucket> buckets,
    long undated,
    long total,
    List<Entry> entries) {

  /** One period, for example "2021" or "2021-09" or "2021-Q3". */
  public record Bucket(String period, long count) {}

  /** One matching item. */
  public record Entry(
      String id,
      String date,
      String committee,
      String council,
      String source,
      String title,
      String snippet,
      String anchor,
      Integer page,
      String estimatedDate) {}
}
