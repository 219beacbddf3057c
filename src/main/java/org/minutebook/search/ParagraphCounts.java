package org.minutebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
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
import org.minutebook.index.Schema;

/**
 * Counts paragraph documents per period: how many match, in how many meetings, and (when asked) how
 * many per committee or council. Reads only doc values, so it costs a few nanoseconds a match.
 */
final class ParagraphCounts {
  /** Where undated paragraphs are counted. */
  static final String UNDATED = "";

  /** A period's counts. */
  static final class Period {
    long paragraphs;
    final Set<String> meetings = new HashSet<>();
    final Map<String, Long> split = new TreeMap<>();

    void add(Period other) {
      paragraphs += other.paragraphs;
      meetings.addAll(other.meetings);
      other.split.forEach((k, v) -> split.merge(k, v, Long::sum));
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
      IndexSearcher searcher, Query query, TimelineRequest.Interval interval, String splitField)
      throws IOException {
    return searcher.search(query, new Manager(interval, splitField));
  }

  /** The period a day falls in, as timelines name them ("2021", "2021-Q3", "2021-09"). */
  static String period(LocalDate day, TimelineRequest.Interval interval) {
    return Timelines.period(YearMonth.from(day), interval);
  }

  private record Manager(TimelineRequest.Interval interval, String splitField)
      implements CollectorManager<PeriodCollector, Map<String, Period>> {
    @Override
    public PeriodCollector newCollector() {
      return new PeriodCollector(interval, splitField);
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
    private final TimelineRequest.Interval interval;
    private final String splitField;

    PeriodCollector(TimelineRequest.Interval interval, String splitField) {
      this.interval = interval;
      this.splitField = splitField;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      return new SegmentCounts(
          DocValues.getSortedNumeric(context.reader(), Schema.P_DAY),
          DocValues.getSorted(context.reader(), Schema.P_MEETING),
          splitField == null ? null : DocValues.getSortedSet(context.reader(), splitField),
          interval,
          periods);
    }
  }

  /** One segment's counts, by period slot; slot 0 is undated. */
  private static final class SegmentCounts implements LeafCollector {
    private final SortedNumericDocValues days;
    private final SortedDocValues meetings;
    private final SortedSetDocValues split;
    private final TimelineRequest.Interval interval;
    private final Map<String, Period> out;
    private final Map<Long, Integer> slotOfDay = new HashMap<>();
    private final List<String> labels = new ArrayList<>(List.of(UNDATED));
    private final List<long[]> counts = new ArrayList<>();
    private final List<FixedBitSet> meetingsOf = new ArrayList<>();
    private final List<long[]> splitOf = new ArrayList<>();
    private long lastDay = Long.MIN_VALUE;
    private int lastSlot;

    SegmentCounts(
        SortedNumericDocValues days,
        SortedDocValues meetings,
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
      if (meetings.advanceExact(doc)) {
        meetingsOf.get(slot).set(meetings.ordValue());
      }
      if (split != null && split.advanceExact(doc)) {
        long[] perOrd = splitOf.get(slot);
        for (int i = 0; i < split.docValueCount(); i++) {
          perOrd[(int) split.nextOrd()]++;
        }
      }
    }

    /** The slot of a day's period; paragraphs come in item order, so the last day often repeats. */
    private int slotOf(long day) {
      if (day != lastDay) {
        lastDay = day;
        lastSlot =
            slotOfDay.computeIfAbsent(
                day,
                d -> {
                  String label = period(LocalDate.ofEpochDay(d), interval);
                  int existing = labels.indexOf(label);
                  if (existing >= 0) {
                    return existing;
                  }
                  labels.add(label);
                  addSlot();
                  return labels.size() - 1;
                });
      }
      return lastSlot;
    }

    private void addSlot() {
      counts.add(new long[1]);
      meetingsOf.add(new FixedBitSet(Math.max(1, meetings.getValueCount())));
      splitOf.add(split == null ? new long[0] : new long[(int) split.getValueCount()]);
    }

    @Override
    public void finish() throws IOException {
      for (int slot = 0; slot < labels.size(); slot++) {
        long paragraphs = counts.get(slot)[0];
        if (paragraphs == 0) {
          continue;
        }
        Period period = out.computeIfAbsent(labels.get(slot), k -> new Period());
        period.paragraphs += paragraphs;
        FixedBitSet seen = meetingsOf.get(slot);
        for (int ord = seen.nextSetBit(0);
            ord != DocIdSetIterator.NO_MORE_DOCS;
            ord =
                ord + 1 < seen.length()
                    ? seen.nextSetBit(ord + 1)
                    : DocIdSetIterator.NO_MORE_DOCS) {
          period.meetings.add(lookup(meetings, ord));
        }
        long[] perOrd = splitOf.get(slot);
        for (int ord = 0; ord < perOrd.length; ord++) {
          if (perOrd[ord] > 0) {
            period.split.merge(lookup(split, ord), perOrd[ord], Long::sum);
          }
        }
      }
    }
  }

  private static String lookup(SortedDocValues values, int ord) {
    try {
      return values.lookupOrd(ord).utf8ToString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
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
