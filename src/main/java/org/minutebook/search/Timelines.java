package org.minutebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.Schema;
import org.minutebook.index.ThemeQueries;
import org.minutebook.model.Filters;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Theme;
import org.minutebook.model.Timeline;
import org.minutebook.themes.Thesaurus;

/**
 * Timelines: for each theme or query, how many items, paragraphs and meetings match in each period,
 * and what share of all the paragraphs and meetings of that period they are; the items themselves
 * in date order; and markers for inspections and resolutions. Item counts come from the
 * hierarchical date facet, paragraph counts from the paragraph documents' doc values, so both cover
 * every match however many entries are listed. Undated matches are counted apart and listed last,
 * never dropped.
 */
public final class Timelines {
  private final IndexReaders readers;
  private final Thesaurus thesaurus;

  /** All paragraphs per period, by filters and interval, for the reader they were counted in. */
  /** The meetings' ordinals across segments, for counting meetings per period. */
  private final ReaderCache<Boolean, ParagraphCounts.MeetingOrdinals> meetingOrdinals =
      new ReaderCache<>(1);

  private final ReaderCache<String, Map<String, ParagraphCounts.Period>> totals =
      new ReaderCache<>(64);

  /**
   * Markers by series and filters. Choosing them loads up to a hundred stored items, most of a
   * timeline's cost, and they are the same for every request of a theme until the index changes.
   */
  private final ReaderCache<List<Query>, List<Timeline.Event>> events = new ReaderCache<>(256);

  /** Listed entries by item query, highlight and number: see {@link #entries}. */
  private final ReaderCache<ListedKey, List<Timeline.Entry>> listed = new ReaderCache<>(256);

  /**
   * What the listed entries depend on. Built from the request rather than the item query: a
   * drill-down query does not compare equal to its twin, so a key made of it never hits.
   */
  private record ListedKey(List<Spec> specs, Filters filters, int max) {}

  private final QueryLimits limits;

  /** With the limits configured when the archive is opened ({@link QueryLimits#configured}). */
  public Timelines(IndexReaders readers, Thesaurus thesaurus) {
    this(readers, thesaurus, QueryLimits.configured());
  }

  public Timelines(IndexReaders readers, Thesaurus thesaurus, QueryLimits limits) {
    this.readers = readers;
    this.thesaurus = thesaurus;
    this.limits = limits;
  }

  /**
   * One theme or query to count.
   *
   * @param items the item query, without filters
   * @param highlight what to highlight in its items
   * @param paragraphs the paragraph query, without filters
   */
  private record Spec(
      String label, Theme theme, String query, Query items, Query highlight, Query paragraphs) {}

  /**
   * Builds the timeline {@code request} asks for. One that runs out of time counts and lists what
   * it found by then and is marked {@code partial}; one beyond the other {@link QueryLimits} is
   * refused.
   */
  public Timeline timeline(TimelineRequest request) throws IOException, QuerySyntaxException {
    return timeline(request, Deadline.after(limits.timeout()));
  }

  /** The timeline {@code request} asks for, within {@code deadline}. */
  Timeline timeline(TimelineRequest request, Deadline deadline)
      throws IOException, QuerySyntaxException {
    List<Spec> specs = specs(request);
    try {
      return timeline(request, specs, deadline);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException(ArchiveSearch.TOO_MANY_TERMS, e);
    }
  }

  private Timeline timeline(TimelineRequest request, List<Spec> specs, Deadline deadline)
      throws IOException {
    String splitField =
        request
            .split()
            .map(s -> s == TimelineRequest.Split.COMMITTEE ? Schema.P_COMMITTEE : Schema.P_COUNCIL)
            .orElse(null);
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Map<String, ParagraphCounts.Period> all =
          totals(searcher, request.filters(), request.interval());
      List<Timeline.Series> series = new ArrayList<>();
      for (Spec spec : specs) {
        series.add(series(snapshot, spec, request, splitField, all, deadline));
      }
      List<Timeline.Entry> entries = entries(searcher, specs, request, deadline);
      List<Query> markerKey = new ArrayList<>(specs.stream().map(Spec::paragraphs).toList());
      markerKey.add(paragraphFilters(request.filters(), true));
      List<Timeline.Event> markers =
          events.get(
              searcher.getIndexReader(),
              markerKey,
              () ->
                  List.copyOf(
                      TimelineEvents.find(
                          searcher, markerKey.subList(0, specs.size()), markerKey.getLast())));
      Timeline.Series first = series.getFirst();
      return new Timeline(
          first.theme(),
          first.query(),
          request.interval().label(),
          first.buckets(),
          first.undated(),
          first.total(),
          entries,
          first.undatedParagraphs(),
          first.undatedMeetings(),
          series,
          markers,
          request.split().map(TimelineRequest.Split::label).orElse(null),
          deadline.cutShort());
    }
  }

  /** The series of a request: one for a theme and a query together, else one each. */
  private List<Spec> specs(TimelineRequest request) throws QuerySyntaxException {
    List<Spec> specs = new ArrayList<>();
    if (!request.compares()) {
      specs.add(spec(request.theme().orElse(null), request.query()));
      return specs;
    }
    for (Theme theme : request.themes()) {
      specs.add(spec(theme, ""));
    }
    for (String query : request.queries()) {
      specs.add(spec(null, query));
    }
    return specs;
  }

  private Spec spec(Theme theme, String query) throws QuerySyntaxException {
    BooleanQuery.Builder items = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    BooleanQuery.Builder paragraphs = new BooleanQuery.Builder();
    if (theme != null) {
      items.add(new TermQuery(new Term(Schema.THEME, theme.id())), BooleanClause.Occur.FILTER);
      highlight.add(ThemeQueries.of(theme), BooleanClause.Occur.SHOULD);
      paragraphs.add(
          new TermQuery(new Term(Schema.P_THEME, theme.id())), BooleanClause.Occur.FILTER);
    }
    if (!query.isBlank()) {
      QueryLanguage.Parsed parsed = QueryLanguage.parse(query, thesaurus, true, true, limits);
      items.add(parsed.search(), BooleanClause.Occur.MUST);
      highlight.add(parsed.highlight(), BooleanClause.Occur.SHOULD);
      paragraphs.add(
          QueryLanguage.paragraphs(query, thesaurus, true, limits), BooleanClause.Occur.MUST);
    }
    String label =
        theme == null ? query : query.isBlank() ? theme.label() : theme.label() + ": " + query;
    return new Spec(label, theme, query, items.build(), highlight.build(), paragraphs.build());
  }

  private Timeline.Series series(
      IndexSnapshot snapshot,
      Spec spec,
      TimelineRequest request,
      String splitField,
      Map<String, ParagraphCounts.Period> all,
      Deadline deadline)
      throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    Query items = Queries.withFilters(deadline.bound(spec.items()), request.filters());
    Map<String, ParagraphCounts.Period> itemCounts =
        ParagraphCounts.countItems(searcher, items, request.interval());
    TreeMap<String, Long> dated = new TreeMap<>();
    long total = 0;
    for (Map.Entry<String, ParagraphCounts.Period> period : itemCounts.entrySet()) {
      total += period.getValue().count;
      if (!period.getKey().equals(ParagraphCounts.UNDATED)) {
        dated.put(period.getKey(), period.getValue().count);
      }
    }
    long datedItems = dated.values().stream().mapToLong(Long::longValue).sum();
    Query paragraphs = withParagraphFilters(deadline.bound(spec.paragraphs()), request.filters());
    Map<String, ParagraphCounts.Period> matched =
        ParagraphCounts.count(
            searcher, paragraphs, request.interval(), splitField, meetingOrdinals(searcher));
    Set<String> periods = new TreeSet<>(dated.keySet());
    periods.addAll(matched.keySet());
    periods.remove(ParagraphCounts.UNDATED);
    List<Timeline.Bucket> buckets = new ArrayList<>();
    for (String period : between(periods, request.interval())) {
      ParagraphCounts.Period m = matched.getOrDefault(period, new ParagraphCounts.Period());
      ParagraphCounts.Period a = all.getOrDefault(period, new ParagraphCounts.Period());
      buckets.add(
          new Timeline.Bucket(
              period,
              dated.getOrDefault(period, 0L),
              m.count,
              m.meetings(),
              share(m.count, a.count),
              share(m.meetings(), a.meetings()),
              splitField == null
                  ? null
                  : Collections.unmodifiableSortedMap(new TreeMap<>(m.split))));
    }
    ParagraphCounts.Period undated =
        matched.getOrDefault(ParagraphCounts.UNDATED, new ParagraphCounts.Period());
    return new Timeline.Series(
        spec.label(),
        spec.theme() == null ? null : spec.theme().id(),
        spec.query().isBlank() ? null : spec.query(),
        buckets,
        total - datedItems,
        total,
        undated.count,
        undated.meetings());
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /**
   * Items of any series, oldest first, undated last, each with its best snippet. Highlighting a
   * theme's few dozen terms and phrases in each entry is most of a timeline's cost, and the first
   * entries of a theme are the same for every reader until the index changes: they are kept, unless
   * the deadline cut them short.
   */
  private List<Timeline.Entry> entries(
      IndexSearcher searcher, List<Spec> specs, TimelineRequest request, Deadline deadline)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    for (Spec spec : specs) {
      any.add(spec.items(), BooleanClause.Occur.SHOULD);
      highlight.add(spec.highlight(), BooleanClause.Occur.SHOULD);
    }
    Query items = Queries.withFilters(deadline.bound(any.build()), request.filters());
    Query shown = highlight.build();
    int max = request.maxEntries();
    try {
      return listed.get(
          searcher.getIndexReader(),
          new ListedKey(specs, request.filters(), max),
          () -> {
            Sort oldestFirst = new Sort(Hits.sortFields(SortOrder.OLDEST));
            TopDocs top = searcher.search(items, Math.max(1, max), oldestFirst);
            ScoreDoc[] docs = top.scoreDocs;
            int count = Math.min(docs.length, max);
            List<Timeline.Entry> found =
                List.copyOf(Hits.render(searcher, shown, docs, 0, count, 1, Hits::entry));
            if (deadline.cutShort()) {
              throw new Uncached(found);
            }
            return found;
          });
    } catch (Uncached partial) {
      return partial.entries;
    }
  }

  /**
   * Entries listed by a timeline that ran out of time: passed out of the cache's loader so that the
   * cache never keeps them (the next request may have time to list them all).
   */
  private static final class Uncached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Timeline.Entry> entries;

    Uncached(List<Timeline.Entry> entries) {
      super(null, null, false, false);
      this.entries = entries;
    }
  }

  /**
   * All paragraphs per period within {@code filters} (their themes aside): what shares are of.
   * Cached per reader, since every timeline of the same filters divides by the same counts.
   */
  private Map<String, ParagraphCounts.Period> totals(
      IndexSearcher searcher, Filters filters, TimelineRequest.Interval interval)
      throws IOException {
    String key = interval.label() + "|" + filters.withThemes(List.of());
    return totals.get(
        searcher.getIndexReader(),
        key,
        () ->
            ParagraphCounts.count(
                searcher,
                paragraphFilters(filters, false),
                interval,
                null,
                meetingOrdinals(searcher)));
  }

  private ParagraphCounts.MeetingOrdinals meetingOrdinals(IndexSearcher searcher)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    return meetingOrdinals.get(
        reader, Boolean.TRUE, () -> ParagraphCounts.MeetingOrdinals.of(reader));
  }

  /** {@code query} on paragraph documents, within {@code filters}. */
  private static Query withParagraphFilters(Query query, Filters filters) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(paragraphFilters(filters, true), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Paragraph documents within {@code filters}: the item's committee, council and type, the
   * paragraph's section, the meeting's year or dates, and (if {@code themes}) the paragraph's
   * themes.
   */
  static Query paragraphFilters(Filters filters, boolean themes) {
    BooleanQuery.Builder all =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(Schema.KIND, Schema.KIND_PARAGRAPH)),
                BooleanClause.Occur.FILTER);
    anyOf(all, Schema.P_COMMITTEE, filters.committees());
    anyOf(all, Schema.P_COUNCIL, filters.councils());
    anyOf(all, Schema.P_TYPE, filters.types());
    anyOf(all, Schema.P_SECTION, filters.sections());
    anyOf(all, Schema.P_RECORD, filters.records());
    if (themes) {
      anyOf(all, Schema.P_THEME, filters.themes());
    }
    if (!filters.years().isEmpty()) {
      BooleanQuery.Builder years = new BooleanQuery.Builder();
      for (String year : filters.years()) {
        int y = Integer.parseInt(year);
        years.add(
            LongField.newRangeQuery(
                Schema.P_DAY,
                LocalDate.of(y, 1, 1).toEpochDay(),
                LocalDate.of(y, 12, 31).toEpochDay()),
            BooleanClause.Occur.SHOULD);
      }
      all.add(years.build(), BooleanClause.Occur.FILTER);
    }
    if (filters.from().isPresent() || filters.to().isPresent()) {
      long from = filters.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long to = filters.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      all.add(LongField.newRangeQuery(Schema.P_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  private static void anyOf(BooleanQuery.Builder all, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String value : values) {
      any.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD);
    }
    all.add(any.build(), BooleanClause.Occur.FILTER);
  }

  /** Every period from the first to the last of {@code periods}, so quiet ones show as zero. */
  private static List<String> between(Set<String> periods, TimelineRequest.Interval interval) {
    List<String> all = new ArrayList<>();
    if (periods.isEmpty()) {
      return all;
    }
    TreeSet<String> sorted = new TreeSet<>(periods);
    YearMonth first = start(sorted.first(), interval);
    YearMonth last = start(sorted.last(), interval);
    for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(interval.months())) {
      all.add(period(ym, interval));
    }
    return all;
  }

  static String period(YearMonth ym, TimelineRequest.Interval interval) {
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
