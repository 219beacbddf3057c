package org.minutebook.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.minutebook.index.Schema;
import org.minutebook.index.ThemeQueries;
import org.minutebook.model.Filters;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Timeline;
import org.minutebook.themes.Thesaurus;

/**
 * Timelines: how many items of a theme or query fall in each period, and the items themselves in
 * date order. Counts come from the hierarchical date facet (year, month), so they cover every match
 * however many entries are listed. Undated items are counted apart and listed last, never dropped.
 */
public final class Timelines {
  private final IndexReaders readers;
  private final Thesaurus thesaurus;

  public Timelines(IndexReaders readers, Thesaurus thesaurus) {
    this.readers = readers;
    this.thesaurus = thesaurus;
  }

  /** Builds the timeline {@code request} asks for. */
  public Timeline timeline(TimelineRequest request) throws IOException, QuerySyntaxException {
    QueryLanguage.Parsed parsed = QueryLanguage.parse(request.query(), thesaurus, true, true);
    Query text = parsed.search();
    Filters filters =
        request.theme().map(t -> request.filters().withTheme(t.id())).orElse(request.filters());
    DrillDownQuery query = Queries.withFilters(text, filters);
    Query highlight = highlightQuery(request, parsed.highlight());
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Sort oldestFirst = new Sort(Hits.sortFields(SortOrder.OLDEST));
      FacetsCollectorManager.FacetsResult result =
          FacetsCollectorManager.search(
              searcher,
              query,
              Math.max(1, request.maxEntries()),
              oldestFirst,
              false,
              new FacetsCollectorManager());
      long total = searcher.count(query);
      TreeMap<String, Long> dated = new TreeMap<>();
      if (snapshot.hasDim(Schema.FACET_DATE)) {
        SortedSetDocValuesFacetCounts counts =
            new SortedSetDocValuesFacetCounts(snapshot.facetState(), result.facetsCollector());
        countPeriods(counts, request.interval(), dated);
      }
      long datedTotal = dated.values().stream().mapToLong(Long::longValue).sum();
      List<Timeline.Bucket> buckets = fillGaps(dated, request.interval());
      ScoreDoc[] docs = result.topDocs().scoreDocs;
      int listed = Math.min(docs.length, request.maxEntries());
      List<Timeline.Entry> entries =
          Hits.render(searcher, highlight, docs, 0, listed, 1, Hits::entry);
      return new Timeline(
          request.theme().map(t -> t.id()).orElse(null),
          request.query().isBlank() ? null : request.query(),
          request.interval().label(),
          buckets,
          total - datedTotal,
          total,
          entries);
    }
  }

  private static Query highlightQuery(TimelineRequest request, Query text) {
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    request.theme().ifPresent(t -> highlight.add(ThemeQueries.of(t), BooleanClause.Occur.SHOULD));
    if (!request.query().isBlank()) {
      highlight.add(text, BooleanClause.Occur.SHOULD);
    }
    return highlight.build();
  }

  private static void countPeriods(
      SortedSetDocValuesFacetCounts counts,
      TimelineRequest.Interval interval,
      TreeMap<String, Long> out)
      throws IOException {
    FacetResult years = counts.getAllChildren(Schema.FACET_DATE);
    if (years == null) {
      return;
    }
    for (LabelAndValue year : years.labelValues) {
      if (interval == TimelineRequest.Interval.YEAR) {
        out.merge(year.label, year.value.longValue(), Long::sum);
        continue;
      }
      FacetResult months = counts.getAllChildren(Schema.FACET_DATE, year.label);
      for (LabelAndValue month : months.labelValues) {
        YearMonth ym = YearMonth.of(Integer.parseInt(year.label), Integer.parseInt(month.label));
        out.merge(period(ym, interval), month.value.longValue(), Long::sum);
      }
    }
  }

  /** Every period from the first to the last with a count, so that quiet periods show as zero. */
  private static List<Timeline.Bucket> fillGaps(
      TreeMap<String, Long> dated, TimelineRequest.Interval interval) {
    List<Timeline.Bucket> buckets = new ArrayList<>();
    if (dated.isEmpty()) {
      return buckets;
    }
    YearMonth first = start(dated.firstKey(), interval);
    YearMonth last = start(dated.lastKey(), interval);
    int step =
        switch (interval) {
          case YEAR -> 12;
          case QUARTER -> 3;
          case MONTH -> 1;
        };
    for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(step)) {
      String period = period(ym, interval);
      buckets.add(new Timeline.Bucket(period, dated.getOrDefault(period, 0L)));
    }
    return buckets;
  }

  private static String period(YearMonth ym, TimelineRequest.Interval interval) {
    return switch (interval) {
      case YEAR -> Integer.toString(ym.getYear());
      case QUARTER -> ym.getYear() + "-Q" + ((ym.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", ym.getYear(), ym.getMonthValue());
    };
  }

  private static YearMonth start(String period, TimelineRequest.Interval interval) {
    int year = Integer.parseInt(period.substring(0, 4));
    return switch (interval) {
      case YEAR -> YearMonth.of(year, 1);
      case QUARTER -> YearMonth.of(year, (period.charAt(period.length() - 1) - '1') * 3 + 1);
      case MONTH -> YearMonth.of(year, Integer.parseInt(period.substring(5, 7)));
    };
  }
}
