package org.minutebook.model;

import java.util.List;
import java.util.Map;

/**
 * One item in full, as the documents endpoint returns it. Field names are part of the public JSON
 * API.
 *
 * @param provenance where each metadata value came from, by field name ("council", "committee",
 *     "date")
 * @param estimatedDate when no date is stated, an estimated one (ISO), or null; its basis is in
 *     {@code provenance.estimatedDate}
 * @param body the item's text, paragraphs one blank line apart
 * @param paragraphs the same paragraphs with their anchors, pages (0 for formats without pages) and
 *     sections
 * @param related items most like this one (MoreLikeThis), best first
 */
public record ItemView(
    String id,
    String source,
    String title,
    String council,
    String committee,
    String date,
    String itemNumber,
    String type,
    List<String> themes,
    Map<String, String> provenance,
    String body,
    List<Paragraph> paragraphs,
    String estimatedDate,
    List<RelatedItem> related) {

  /** The same item with the items most like it. */
  public ItemView withRelated(List<RelatedItem> items) {
    return new ItemView(
        id,
        source,
        title,
        council,
        committee,
        date,
        itemNumber,
        type,
        themes,
        provenance,
        body,
        paragraphs,
        estimatedDate,
        List.copyOf(items));
  }
}
