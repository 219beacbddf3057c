package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One result. Field names are part of the public JSON API.
 *
 * @param id item id, usable with the documents endpoint
 * @param source file path relative to the corpus root
 * @param title item title
 * @param council council or null
 * @param committee committee or null
 * @param date ISO meeting date or null
 * @param snippets HTML-escaped passages with matches wrapped in {@code <mark>}
 * @param score relevance score (0 when sorted by date)
 * @param itemNumber agenda item number or null
 * @param type document type label
 * @param themes theme ids
 * @param estimatedDate when no date is stated, an estimated one (ISO), or null; never a meeting
 *     date
 * @param passages the snippets again, each with the anchor, page and section of its paragraph
 * @param restricted true for a restricted item (only the staff's archive has them); left out of the
 *     JSON when false
 * @param restrictedBecause why it is restricted; left out when null
 */
public record SearchHit(
    String id,
    String source,
    String title,
    String council,
    String committee,
    String date,
    List<String> snippets,
    float score,
    String itemNumber,
    String type,
    List<String> themes,
    List<Passage> passages,
    String estimatedDate,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean restricted,
    @JsonInclude(JsonInclude.Include.NON_NULL) String restrictedBecause) {

  /** A hit of a public item. */
  public SearchHit(
      String id,
      String source,
      String title,
      String council,
      String committee,
      String date,
      List<String> snippets,
      float score,
      String itemNumber,
      String type,
      List<String> themes,
      List<Passage> passages,
      String estimatedDate) {
    this(
        id,
        source,
        title,
        council,
        committee,
        date,
        snippets,
        score,
        itemNumber,
        type,
        themes,
        passages,
        estimatedDate,
        false,
        null);
  }
}
