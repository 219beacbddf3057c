package org.minutebook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.minutebook.model.CommitteeSummary;
import org.minutebook.model.Coverage;
import org.minutebook.model.FacetValue;
import org.minutebook.model.MeetingSummary;

/**
 * Counts over a list of meetings: per theme, per year, per committee, per council, committee and
 * year. Pure functions of the meetings, so that they are tested without an index.
 */
final class MeetingStats {
  /** Council, then committee, names in order, unknown (null) last. */
  private static final Comparator<String> NAMES_UNKNOWN_LAST =
      Comparator.nullsLast(Comparator.naturalOrder());

  private MeetingStats() {}

  /** Values with their counts, most first, then by value so that equal counts keep an order. */
  static List<FacetValue> mostFirst(Map<String, ? extends Number> counts) {
    List<FacetValue> values = new ArrayList<>(counts.size());
    counts.forEach((value, count) -> values.add(new FacetValue(value, count.longValue())));
    values.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values;
  }

  /** Per theme, how many of {@code meetings} have an item with it; most first. */
  static List<FacetValue> themes(List<MeetingSummary> meetings) {
    Map<String, Long> counts = new TreeMap<>();
    for (MeetingSummary m : meetings) {
      m.themes().forEach(theme -> counts.merge(theme.value(), 1L, Long::sum));
    }
    return mostFirst(counts);
  }

  /** Per year, how many of {@code meetings} took place then; oldest first, undated in none. */
  static List<FacetValue> years(List<MeetingSummary> meetings) {
    return perYear(meetings, m -> 1);
  }

  /** Per year, how many items {@code meetings} hold; oldest first, undated in none. */
  static List<FacetValue> itemYears(List<MeetingSummary> meetings) {
    return perYear(meetings, MeetingSummary::items);
  }

  private static List<FacetValue> perYear(
      List<MeetingSummary> meetings, ToLongFunction<MeetingSummary> weight) {
    Map<String, Long> counts = new TreeMap<>();
    for (MeetingSummary m : meetings) {
      if (m.date() != null) {
        counts.merge(year(m), weight.applyAsLong(m), Long::sum);
      }
    }
    List<FacetValue> values = new ArrayList<>(counts.size());
    counts.forEach((year, count) -> values.add(new FacetValue(year, count)));
    return values;
  }

  /** One summary per council and committee, by council then committee, unknowns last. */
  static List<CommitteeSummary> committees(List<MeetingSummary> meetings) {
    Map<List<String>, List<MeetingSummary>> groups = new LinkedHashMap<>();
    for (MeetingSummary m : meetings) {
      groups.computeIfAbsent(key(m.council(), m.committee()), k -> new ArrayList<>()).add(m);
    }
    List<CommitteeSummary> out = new ArrayList<>(groups.size());
    groups.forEach((key, group) -> out.add(committee(key.get(0), key.get(1), group)));
    out.sort(
        Comparator.comparing(CommitteeSummary::council, NAMES_UNKNOWN_LAST)
            .thenComparing(CommitteeSummary::committee, NAMES_UNKNOWN_LAST));
    return out;
  }

  private static CommitteeSummary committee(
      String council, String committee, List<MeetingSummary> group) {
    String from = null;
    String to = null;
    int items = 0;
    for (MeetingSummary m : group) {
      items += m.items();
      if (m.date() != null) {
        from = from == null || m.date().compareTo(from) < 0 ? m.date() : from;
        to = to == null || m.date().compareTo(to) > 0 ? m.date() : to;
      }
    }
    return new CommitteeSummary(council, committee, group.size(), items, from, to, years(group));
  }

  /**
   * Items and meetings per council, committee and year: by council, committee, then year, each
   * unknown last.
   */
  static List<Coverage.Row> table(List<MeetingSummary> meetings) {
    Map<List<String>, long[]> cells = new LinkedHashMap<>();
    for (MeetingSummary m : meetings) {
      String year = m.date() == null ? null : year(m);
      long[] cell = cells.computeIfAbsent(key(m.council(), m.committee(), year), k -> new long[2]);
      cell[0] += m.items();
      cell[1]++;
    }
    List<Coverage.Row> rows = new ArrayList<>(cells.size());
    cells.forEach(
        (key, cell) ->
            rows.add(new Coverage.Row(key.get(0), key.get(1), key.get(2), cell[0], cell[1])));
    rows.sort(
        Comparator.comparing(Coverage.Row::council, NAMES_UNKNOWN_LAST)
            .thenComparing(Coverage.Row::committee, NAMES_UNKNOWN_LAST)
            .thenComparing(Coverage.Row::year, NAMES_UNKNOWN_LAST));
    return rows;
  }

  private static String year(MeetingSummary m) {
    return m.date().substring(0, 4);
  }

  /** A grouping key that may hold nulls (List.of may not). */
  private static List<String> key(String... parts) {
    return Arrays.asList(parts);
  }
}
