package org.minutebook.model;

import java.util.Locale;

/**
 * How search results are ordered. Ties are always broken by item id so results are reproducible.
 */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  /** Reads "relevance", "newest" or "oldest". */
  public static SortOrder fromLabel(String label) {
    return Labels.parse(values(), SortOrder::label, label, "sort");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
