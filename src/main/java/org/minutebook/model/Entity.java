package org.minutebook.model;

import java.util.Objects;

/**
 * An organisation, role, person, amount or proportion mentioned in an item. Field names are part of
 * the public JSON API.
 *
 * @param kind what it is
 * @param text the words as written ("DfE", "£1.5 million", "14 out of 90 targets")
 * @param name the canonical name ("Department for Education") or, for amounts, the normalised value
 *     ("1500000 GBP", "20%", "14/90")
 * @param role for a person, the role they held at this meeting where the minutes say; else null
 * @param anchor the paragraph of its first mention in the item
 */
public record Entity(EntityKind kind, String text, String name, String role, String anchor) {
  public Entity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(anchor, "anchor");
  }
}
