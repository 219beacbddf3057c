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
    for (SortOrder order : values()) {
      if (order.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
        return order;
      }
    }
    throw new IllegalArgumentException(
        "sort must be one of relevance, newest, oldest (was '" + label + "')");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
