package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
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
 * @param knowledge the decisions, commitments, questions and answers, entities and inspections the
 *     item records, each with the anchor of its paragraph
 * @param restricted true for a restricted item (only the staff's archive has them); left out of the
 *     JSON when false
 * @param restrictedBecause why it is restricted ("manifest", or the wording that marks it); left
 *     out when null
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
    List<RelatedItem> related,
    ItemKnowledge knowledge,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean restricted,
    @JsonInclude(JsonInclude.Include.NON_NULL) String restrictedBecause) {

  /**
   * How many of the item's paragraphs have each of its themes: how much of the item is about it.
   */
  @JsonProperty("themeParagraphs")
  public Map<String, Long> themeParagraphs() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String theme : themes) {
      counts.put(theme, 0L);
    }
    for (Paragraph p : paragraphs) {
      for (String theme : p.themeIds()) {
        counts.merge(theme, 1L, Long::sum);
      }
    }
    return counts;
  }

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
        List.copyOf(items),
        knowledge,
        restricted,
        restrictedBecause);
  }
}
