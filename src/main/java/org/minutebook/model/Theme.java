package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme that items are tagged with, defined as a query: an item has the theme when it mentions
 * any of the terms (single words are stemmed; several words are matched as a phrase) and none of
 * the exclusions.
 *
 * @param id stable identifier used in URLs and facets
 * @param label short name for people
 * @param description what the theme covers
 * @param terms words and phrases, any of which marks the theme
 * @param exclude words and phrases that veto the theme
 */
public record Theme(
    String id, String label, String description, List<String> terms, List<String> exclude) {
  public Theme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    description = description == null ? "" : description;
    terms = List.copyOf(terms);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }
}
