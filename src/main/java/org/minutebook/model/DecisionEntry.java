package org.minutebook.model;

import java.util.List;

/**
 * One decision in the decisions register, with its meeting. Field names are part of the public JSON
 * API.
 *
 * @param id the decision's id ({@code <item>#d<n>})
 * @param text its words
 * @param outcome noted, approved, recommended, deferred, referred, rejected or other
 * @param number its number or letter in the minutes, or null
 * @param section the part of the item it stands in
 * @param source the minutes' file
 * @param date the meeting date (ISO), or null
 * @param estimatedDate the estimated meeting date where none is stated, or null
 * @param committee the committee, or null
 * @param council the council, or null
 * @param item the item's id
 * @param anchor its paragraph
 * @param link the page address that opens the minutes at that paragraph
 * @param title the item's title
 * @param themes the themes of its paragraph (else the item's)
 */
public record DecisionEntry(
    String id,
    String text,
    DecisionOutcome outcome,
    String number,
    SectionKind section,
    String source,
    String date,
    String estimatedDate,
    String committee,
    String council,
    String item,
    String anchor,
    String link,
    String title,
    List<String> themes) {
  public DecisionEntry {
    themes = List.copyOf(themes);
  }
}
