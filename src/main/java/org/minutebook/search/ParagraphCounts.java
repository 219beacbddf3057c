package org.minutebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.minutebook.index.Schema;

/**
 * Counts paragraph documents per period: how many match, in how many meetings, and (when asked) how
 * many per committee or council; and item documents per period. Reads only doc values, so it costs
 * a few nanoseconds a match.
 */
final class ParagraphCounts {
  /** Where undated paragraphs are counted. */
  static final String UNDATED = "";

  /** A period's counts. */
  static final class Period {
    /** The documents counted: paragraphs, or items. */
    long count;

    /** The meetings seen, by their ordinal across the reader's segments; null for none. */
    private FixedBitSet meetings;

    final Map<String, Long> split = new TreeMap<>();

    /** How many meetings the period's paragraphs come from. */
    int meetings() {
      return meetings == null ? 0 : meetings.cardinality();
    }

    private void addMeeting(long ordinal, int of) {
      if (meetings == null) {
        meetings = new FixedBitSet(Math.max(1, of));
      }
      meetings.set(Math.toIntExact(ordinal));
    }

    void add(Period other) {
      count += other.count;
      if (other.meetings != null) {
        if (meetings == null) {
          meetings = other.meetings.clone();
        } else {
          meetings.or(other.meetings);
        }
      }
      other.split.forEach((k, v) -> split.merge(k, v, Long::sum));
    }
  }

  /**
   * The meetings' ordinals across the segments of one reader, so that a period counts each meeting
   * once without reading its name: looking up every meeting's name was most of a timeline's time.
   * Built once per reader (a merge of the segments' meeting terms).
   */
  static final class MeetingOrdinals {
    /** Segment to global ordinals; null when there is one segment (or none). */
    private final OrdinalMap map;

    private final int count;

    private MeetingOrdinals(OrdinalMap map, int count) {
      this.map = map;
      this.count = count;
    }

    static MeetingOrdinals of(IndexReader reader) throws IOException {
      SortedDocValues all = MultiDocValues.getSortedValues(reader, Schema.P_MEETING);
      if (all instanceof MultiDocValues.MultiSortedDocValues multi) {
        return new MeetingOrdinals(multi.mapping, multi.getValueCount());
      }
      return new MeetingOrdinals(null, all == null ? 0 : all.getValueCount());
    }

    private LongValues global(int leaf) {
      return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf);
    }
  }

  private ParagraphCounts() {}

  /**
   * The counts of the paragraphs {@code query} matches, by period ({@link #UNDATED} for paragraphs
   * of undated items).
   *
   * @param splitField the paragraph field to split by ({@link Schema#P_COMMITTEE} or {@link
   *     Schema#P_COUNCIL}), or null
   */
  static Map<String, Period> count(
      IndexSearcher searcher,
      Query query,
      TimelineRequest.Interval interval,
      String splitField,
      MeetingOrdinals ordinals)
      throws IOException {
    return searcher.search(query, new Manager(Schema.P_DAY, interval, splitField, ordinals));
  }

  /**
   * The counts of the items {@code query} matches, by the period of their meeting date ({@link
   * #UNDATED} for items without one); no meetings or split are counted.
   */
  static Map<String, Period> countItems(
      IndexSearcher searcher, Query query, TimelineRequest.Interval interval) throws IOException {
    return searcher.search(query, new Manager(Schema.DATE_DAY, interval, null, null));
  }

  /** What is counted: by {@code dayField}, with meetings when {@code ordinals} is not null. */
  private record Manager(
      String dayField,
      TimelineRequest.Interval interval,
      String splitField,
      MeetingOrdinals ordinals)
      implements CollectorManager<PeriodCollector, Map<String, Period>> {
    @Override
    public PeriodCollector newCollector() {
      return new PeriodCollector(this);
    }

    @Override
    public Map<String, Period> reduce(Collection<PeriodCollector> collectors) {
      Map<String, Period> all = new HashMap<>();
      for (PeriodCollector c : collectors) {
        c.periods.forEach((k, v) -> all.computeIfAbsent(k, x -> new Period()).add(v));
      }
      return all;
    }
  }

  /**
   * Collects one slice of the index. Per segment it counts with ordinals and arrays only — a period
   * index from the day, a bit per meeting ordinal, a count per split ordinal — and turns ordinals
   * into labels once, when the segment is done: a timeline can match tens of thousands of
   * paragraphs, and a map lookup per paragraph cost more than the search itself.
   */
  private static final class PeriodCollector implements Collector {
    final Map<String, Period> periods = new HashMap<>();
    private final Manager what;

    PeriodCollector(Manager what) {
      this.what = what;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      MeetingOrdinals ordinals = what.ordinals();
      return new SegmentCounts(
          DocValues.getSortedNumeric(context.reader(), what.dayField()),
          ordinals == null
              ? null
              : new Meetings(
                  DocValues.getSorted(context.reader(), Schema.P_MEETING),
                  ordinals.global(context.ord),
                  ordinals.count),
          what.splitField() == null
              ? null
              : DocValues.getSortedSet(context.reader(), what.splitField()),
          what.interval(),
          periods);
    }
  }

  /**
   * A segment's meetings: their doc values, and their ordinals mapped to the reader's, of which
   * there are {@code count}.
   */
  private record Meetings(SortedDocValues values, LongValues global, int count) {}

  /** One segment's counts, by period slot; slot 0 is undated. */
  private static final class SegmentCounts implements LeafCollector {
    private final SortedNumericDocValues days;
    private final Meetings meetings;
    private final SortedSetDocValues split;
    private final TimelineRequest.Interval interval;
    private final Map<String, Period> out;
    private final Map<String, Integer> slotOfLabel = new HashMap<>();
    private final List<String> labels = new ArrayList<>(List.of(UNDATED));
    private final List<long[]> counts = new ArrayList<>();
    private final List<FixedBitSet> meetingsOf = new ArrayList<>();
    private final List<long[]> splitOf = new ArrayList<>();

    /** The days of the last period seen, [first, end): most matches fall in the period before. */
    private long periodFirst = 1;

    private long periodEnd = 0;
    private int lastSlot;

    SegmentCounts(
        SortedNumericDocValues days,
        Meetings meetings,
        SortedSetDocValues split,
        TimelineRequest.Interval interval,
        Map<String, Period> out) {
      this.days = days;
      this.meetings = meetings;
      this.split = split;
      this.interval = interval;
      this.out = out;
      addSlot();
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      int slot = days.advanceExact(doc) ? slotOf(days.nextValue()) : 0;
      counts.get(slot)[0]++;
      if (meetings != null && meetings.values().advanceExact(doc)) {
        meetingsOf.get(slot).set(meetings.values().ordValue());
      }
      if (split != null && split.advanceExact(doc)) {
        long[] perOrd = splitOf.get(slot);
        for (int i = 0; i < split.docValueCount(); i++) {
          perOrd[(int) split.nextOrd()]++;
        }
      }
    }

    /** The slot of a day's period, found by two comparisons while the period stays the same. */
    private int slotOf(long day) {
      if (day >= periodFirst && day < periodEnd) {
        return lastSlot;
      }
      YearMonth month = YearMonth.from(LocalDate.ofEpochDay(day));
      YearMonth first = month.minusMonths((month.getMonthValue() - 1) % interval.months());
      periodFirst = first.atDay(1).toEpochDay();
      periodEnd = first.plusMonths(interval.months()).atDay(1).toEpochDay();
      lastSlot =
          slotOfLabel.computeIfAbsent(
              Timelines.period(first, interval),
              label -> {
                labels.add(label);
                addSlot();
                return labels.size() - 1;
              });
      return lastSlot;
    }

    private void addSlot() {
      counts.add(new long[1]);
      meetingsOf.add(
          meetings == null
              ? null
              : new FixedBitSet(Math.max(1, meetings.values().getValueCount())));
      splitOf.add(split == null ? new long[0] : new long[(int) split.getValueCount()]);
    }

    @Override
    public void finish() throws IOException {
      for (int slot = 0; slot < labels.size(); slot++) {
        long matched = counts.get(slot)[0];
        if (matched == 0) {
          continue;
        }
        Period period = out.computeIfAbsent(labels.get(slot), k -> new Period());
        period.count += matched;
        if (meetings != null) {
          addMeetings(period, meetingsOf.get(slot));
        }
        long[] perOrd = splitOf.get(slot);
        for (int ord = 0; ord < perOrd.length; ord++) {
          if (perOrd[ord] > 0) {
            period.split.merge(lookup(split, ord), perOrd[ord], Long::sum);
          }
        }
      }
    }

    private void addMeetings(Period period, FixedBitSet seen) {
      for (int ord = seen.nextSetBit(0);
          ord != DocIdSetIterator.NO_MORE_DOCS;
          ord =
              ord + 1 < seen.length() ? seen.nextSetBit(ord + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        period.addMeeting(meetings.global().get(ord), meetings.count());
      }
    }
  }

  private static String lookup(SortedSetDocValues values, long ord) {
    try {
      return values.lookupOrd(ord).utf8ToString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The periods of {@code counts} other than undated, for callers that list them. */
  static List<String> datedPeriods(Map<String, Period> counts) {
    List<String> periods = new ArrayList<>(counts.keySet());
    periods.remove(UNDATED);
    return periods;
  }
}
