package org.minutebook.model;

import java.util.List;

/**
 * One meeting: the items of one indexed file, which share its council, committee, date and type.
 * Field names are part of the public JSON API.
 *
 * @param council the council, or null
 * @param committee the committee, or null
 * @param date the meeting date (ISO), or null
 * @param estimatedDate when no date is stated, an estimate (ISO), or null; never a meeting date
 * @param source the file's path relative to the corpus root
 * @param type the document type label ("minutes", "agenda", ...)
 * @param title the title of the file's first item (its heading, where the file has an opening)
 * @param items how many items the file holds
 * @param firstItemId the id of the file's first item: opening it opens the file at its start
 * @param themes per theme, how many of the file's items have it; most items first
 * @param decisions the decisions its items record
 * @param commitments the commitments its items record
 * @param matches how many of its items match the request's query and filters
 */
public record MeetingSummary(
    String council,
    String committee,
    String date,
    String estimatedDate,
    String source,
    String type,
    String title,
    int items,
    String firstItemId,
    List<FacetValue> themes,
    int decisions,
    int commitments,
    int matches) {

  public MeetingSummary {
    themes = List.copyOf(themes);
  }

  /** The same meeting with {@code count} matching items. */
  public MeetingSummary withMatches(int count) {
    return new MeetingSummary(
        council,
        committee,
        date,
        estimatedDate,
        source,
        type,
        title,
        items,
        firstItemId,
        themes,
        decisions,
        commitments,
        count);
  }
}
