package org.minutebook.search;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.minutebook.model.Filters;
import org.minutebook.model.Labels;
import org.minutebook.model.Theme;

/**
 * What a timeline is of: a theme, a query, or both, within filters.
 *
 * @param theme the theme whose items are counted, if any
 * @param query free text that items must also match (may be blank)
 * @param filters the usual facet and date filters
 * @param interval bucket width
 * @param maxEntries how many entries to list (the counts always cover every match)
 */
public record TimelineRequest(
    Optional<Theme> theme, String query, Filters filters, Interval interval, int maxEntries) {
  public static final int MAX_ENTRIES = 2_000;
  public static final int DEFAULT_ENTRIES = 500;

  /** Bucket widths. */
  public enum Interval {
    YEAR,
    QUARTER,
    MONTH;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "year", "quarter" or "month". */
    public static Interval fromLabel(String label) {
      return Labels.parse(values(), Interval::label, label, "interval");
    }
  }

  public TimelineRequest {
    Objects.requireNonNull(theme, "theme");
    query = query == null ? "" : query;
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(interval, "interval");
    if (maxEntries < 0 || maxEntries > MAX_ENTRIES) {
      throw new IllegalArgumentException("entries must be between 0 and " + MAX_ENTRIES);
    }
    if (theme.isEmpty() && query.isBlank()) {
      throw new IllegalArgumentException("a timeline needs a theme or a query");
    }
  }
}
