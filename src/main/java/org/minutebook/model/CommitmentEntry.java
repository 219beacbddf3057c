package org.minutebook.model;

import java.util.List;

/**
 * One line of the commitments register. Field names are part of the public JSON API: {@code id,
 * text, owner, due, status, source, date, committee, council, followUps} are the contract; the
 * others add to it.
 *
 * @param id the commitment's id ({@code <item>#c<n>})
 * @param text the sentence or action that records it
 * @param owner who undertook it
 * @param due when it is due (ISO), or null when no date can be worked out
 * @param status open, possibly-followed-up or overdue
 * @param source the minutes' file, relative to the corpus
 * @param date the meeting date (ISO), or null when none is stated
 * @param committee the committee, or null
 * @param council the council, or null
 * @param followUps later passages that may fulfil it, most likely first
 * @param item the id of the item it was made in
 * @param anchor the paragraph it was made in
 * @param link the page address that opens the minutes at that paragraph
 * @param title the item's title
 * @param itemNumber the item's number in its agenda, or null
 * @param estimatedDate the estimated meeting date where none is stated, or null
 * @param ownerStated whether the minutes name the owner
 * @param promise what was promised
 * @param dueHint the words that say when, or null
 * @param dueBasis how {@code due} was worked out, or null
 * @param themes the themes of the paragraph it was made in (else the item's)
 */
public record CommitmentEntry(
    String id,
    String text,
    String owner,
    String due,
    CommitmentStatus status,
    String source,
    String date,
    String committee,
    String council,
    List<FollowUp> followUps,
    String item,
    String anchor,
    String link,
    String title,
    String itemNumber,
    String estimatedDate,
    boolean ownerStated,
    String promise,
    String dueHint,
    String dueBasis,
    List<String> themes) {
  public CommitmentEntry {
    followUps = List.copyOf(followUps);
    themes = List.copyOf(themes);
  }
}
