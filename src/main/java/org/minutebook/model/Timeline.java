package org.minutebook.model;

import java.util.List;
import java.util.Map;

/**
 * How often a theme (or query) came up over time. Field names are part of the public JSON API.
 *
 * @param theme the theme id, or null for a query-only timeline (the first series when comparing)
 * @param query the query, if any
 * @param interval "year", "quarter" or "month"
 * @param buckets dated periods in order, with the first series' counts
 * @param undated matching items with no known meeting date (shown apart, never dropped)
 * @param total all matching items
 * @param entries matching items in date order, undated last (of every series when comparing)
 * @param undatedParagraphs matching paragraphs of undated items
 * @param undatedMeetings meetings with matching paragraphs and no known date
 * @param series every theme or query of the timeline with its own counts (one when not comparing)
 * @param events markers: inspections and monitoring visits, resolutions in the theme or query
 * @param split "committee" or "council" when buckets split their paragraphs so, else null
 * @param partial true when the timeline ran out of time: its counts and entries are what was found
 *     by then (see {@code QueryLimits})
 */
public record Timeline(
    String theme,
    String query,
    String interval,
    List<Bucket> buckets,
    long undated,
    long total,
    List<Entry> entries,
    long undatedParagraphs,
    long undatedMeetings,
    List<Series> series,
    List<Event> events,
    String split,
    boolean partial) {

  /**
   * One period, for example "2021" or "2021-09" or "2021-Q3".
   *
   * @param count matching items
   * @param paragraphs matching paragraphs
   * @param meetings meetings (files) with a matching paragraph
   * @param paragraphShare matching paragraphs over all paragraphs indexed in the period (within the
   *     filters), so that a busy year does not look like a surge; 0 when the period has none
   * @param meetingShare the same for meetings
   * @param split matching paragraphs per committee or council, when asked for; else null
   */
  public record Bucket(
      String period,
      long count,
      long paragraphs,
      long meetings,
      double paragraphShare,
      double meetingShare,
      Map<String, Long> split) {

    /** A period with only an item count (no paragraph counts). */
    public Bucket(String period, long count) {
      this(period, count, 0, 0, 0, 0, null);
    }
  }

  /** One theme or query of a timeline, with its counts. */
  public record Series(
      String label,
      String theme,
      String query,
      List<Bucket> buckets,
      long undated,
      long total,
      long undatedParagraphs,
      long undatedMeetings) {}

  /**
   * A marker on the timeline.
   *
   * @param kind "inspection" (an inspection or monitoring visit discussed) or "resolution" (a
   *     resolution in the theme or query)
   * @param label what happened, in a few words
   * @param snippet the paragraph, HTML-escaped and trimmed
   */
  public record Event(
      String kind,
      String date,
      String label,
      String itemId,
      String anchor,
      String committee,
      String council,
      String title,
      String snippet) {}

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
