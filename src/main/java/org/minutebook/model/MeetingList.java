package org.minutebook.model;

import java.util.List;

/**
 * The meetings with an item that matches a request: the answer of {@code /api/meetings}. Field
 * names are part of the public JSON API.
 *
 * @param total how many meetings are listed
 * @param meetings newest first, undated last (those by their estimated date, newest first)
 * @param themes per theme, how many of the listed meetings have an item with it; most first
 * @param years per year, how many of the listed meetings took place then; oldest first
 */
public record MeetingList(
    long total, List<MeetingSummary> meetings, List<FacetValue> themes, List<FacetValue> years) {

  public MeetingList {
    meetings = List.copyOf(meetings);
    themes = List.copyOf(themes);
    years = List.copyOf(years);
  }
}
