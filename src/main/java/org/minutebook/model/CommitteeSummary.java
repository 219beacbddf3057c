package org.minutebook.model;

import java.util.List;

/**
 * One committee of one council, with what the archive holds of it: the answer of {@code
 * /api/committees}, one per pair. Field names are part of the public JSON API.
 *
 * @param council the council, or null when the files do not say
 * @param committee the committee, or null when the files do not say
 * @param meetings how many files (meetings) it has
 * @param items how many items those files hold
 * @param from the first stated meeting date (ISO), or null when none is dated
 * @param to the last stated meeting date (ISO), or null
 * @param years per year, how many of its meetings took place then; oldest first
 */
public record CommitteeSummary(
    String council,
    String committee,
    int meetings,
    int items,
    String from,
    String to,
    List<FacetValue> years) {

  public CommitteeSummary {
    years = List.copyOf(years);
  }
}
