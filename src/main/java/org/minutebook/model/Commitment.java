package org.minutebook.model;

import java.util.Objects;

/**
 * An undertaking recorded in an item: "officers agreed to bring a report back to committee", "a
 * strategy would be completed by November", or an action agreed. Field names are part of the public
 * JSON API.
 *
 * @param id the item's id, "#c" and the commitment's position in the item from 1
 * @param item the id of the item that records it
 * @param anchor the paragraph it was made in ("p7")
 * @param text the sentence (or action) that records it, as written
 * @param owner who undertook it: a role ("officers", "the Director for Children") or a person
 * @param ownerStated false when the minutes name no one and {@code owner} is who, by the minutes'
 *     conventions, carries it out (officers, for an action agreed by the committee)
 * @param promise what was promised, in the minutes' words ("bring a report back to committee on the
 *     use and cost of private unregulated alternative provision")
 * @param dueHint the words that say when, as written ("by November", "the next meeting"), or null
 * @param due the date {@code dueHint} resolves to (ISO), or null when it names no date that can be
 *     worked out from the item alone ("the next meeting" is resolved against the archive later)
 * @param dueBasis how {@code due} was worked out ("end of November after the meeting of
 *     2021-09-30"), or null
 */
public record Commitment(
    String id,
    String item,
    String anchor,
    String text,
    String owner,
    boolean ownerStated,
    String promise,
    String dueHint,
    String due,
    String dueBasis) {
  public Commitment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(promise, "promise");
  }
}
