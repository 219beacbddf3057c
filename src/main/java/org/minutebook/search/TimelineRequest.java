package org.minutebook.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.minutebook.model.Filters;
import org.minutebook.model.Labels;
import org.minutebook.model.Theme;

/**
 * What a timeline is of: one or more themes and queries, within filters. One theme with one query
 * means the theme's matches that also match the query; more than one theme or query compares them,
 * each as its own series.
 *
 * @param themes the themes whose matches are counted
 * @param queries free text (in the query language) whose matches are counted
 * @param filters the usual facet and date filters
 * @param interval bucket width
 * @param maxEntries how many entries to list (the counts always cover every match)
 * @param split whether to split each bucket's paragraphs by committee or council
 */
public record TimelineRequest(
    List<Theme> themes,
    List<String> queries,
    Filters filters,
    Interval interval,
    int maxEntries,
    Optional<Split> split) {
  public static final int MAX_ENTRIES = 2_000;
  public static final int DEFAULT_ENTRIES = 20;

  /** How many themes and queries one timeline compares at most. */
  public static final int MAX_SERIES = 5;

  /** Bucket widths. */
  public enum Interval {
    YEAR,
    QUARTER,
    MONTH;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** How many months a period of this width spans. */
    public int months() {
      return switch (this) {
        case YEAR -> 12;
        case QUARTER -> 3;
        case MONTH -> 1;
      };
    }

    /** Reads "year", "quarter" or "month". */
    public static Interval fromLabel(String label) {
      return Labels.parse(values(), Interval::label, label, "interval");
    }
  }

  /** What a bucket's paragraphs can be split by. */
  public enum Split {
    COMMITTEE,
    COUNCIL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads "committee" or "council". */
    public static Split fromLabel(String label) {
      return Labels.parse(values(), Split::label, label, "split");
    }
  }

  public TimelineRequest {
    themes = List.copyOf(themes);
    queries = queries.stream().filter(q -> q != null && !q.isBlank()).toList();
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(split, "split");
    if (maxEntries < 0 || maxEntries > MAX_ENTRIES) {
      throw new IllegalArgumentException("entries must be between 0 and " + MAX_ENTRIES);
    }
    if (themes.isEmpty() && queries.isEmpty()) {
      throw new IllegalArgumentException("a timeline needs a theme or a query");
    }
    if (themes.size() + queries.size() > MAX_SERIES) {
      throw new IllegalArgumentException(
          "a timeline compares at most " + MAX_SERIES + " themes and queries");
    }
  }

  /** One theme or none, with one query or none: the timeline before comparisons existed. */
  public TimelineRequest(
      Optional<Theme> theme, String query, Filters filters, Interval interval, int maxEntries) {
    this(
        theme.map(List::of).orElse(List.of()),
        query == null ? List.of() : List.of(query),
        filters,
        interval,
        maxEntries,
        Optional.empty());
  }

  /** Whether each theme and query is a series of its own. */
  public boolean compares() {
    return themes.size() + queries.size() > 1 && !(themes.size() == 1 && queries.size() == 1);
  }

  /** The first theme, if any. */
  public Optional<Theme> theme() {
    return themes.stream().findFirst();
  }

  /** The first query, or "". */
  public String query() {
    return queries.isEmpty() ? "" : queries.getFirst();
  }
}
