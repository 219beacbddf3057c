package org.minutebook.model;

import java.util.List;

/**
 * A later passage that may fulfil a commitment: a paragraph of a later item of the same council
 * sharing the commitment's key terms. Field names are part of the public JSON API.
 *
 * @param item the later item's id
 * @param anchor the paragraph that shares the terms
 * @param link the page address that opens the item at that paragraph
 * @param title the later item's title
 * @param date its meeting date (ISO), or null
 * @param estimatedDate its estimated date where none is stated, or null
 * @param committee its committee, or null
 * @param excerpt the paragraph's words around the first shared term, as plain text
 * @param terms the commitment's key terms the paragraph contains (as indexed: stemmed)
 */
public record FollowUp(
    String item,
    String anchor,
    String link,
    String title,
    String date,
    String estimatedDate,
    String committee,
    String excerpt,
    List<String> terms) {
  public FollowUp {
    terms = List.copyOf(terms);
  }
}
