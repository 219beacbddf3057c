package org.minutebook.model;

import java.util.Objects;

/**
 * One decision an item records: one numbered point of a resolution, a recommendation, an action
 * agreed, or a decision recorded in the discussion ("It was resolved that…"). Field names are part
 * of the public JSON API.
 *
 * @param id the item's id, "#d" and the decision's position in the item from 1
 * @param item the id of the item that records it
 * @param anchor the paragraph it stands in ("p7")
 * @param number the number or letter the minutes give it ("1", "b"), or null
 * @param text the decision's own words, without its number
 * @param outcome what it did: noted, approved, recommended, deferred, referred, rejected, other
 * @param section the part of the item it stands in (resolved, recommendations, actions,
 *     discussion…)
 */
public record Decision(
    String id,
    String item,
    String anchor,
    String number,
    String text,
    DecisionOutcome outcome,
    SectionKind section) {
  public Decision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(section, "section");
  }
}
