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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
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

  /** Collects one slice of the index. */
  private static final class PeriodCollector implements Collector {
    final Map<String, Period> periods = new HashMap<>();
    private final TimelineRequest.Interval interval;
    private final String splitField;
    private final Map<Long, String> periodOfDay = new HashMap<>();

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
      SortedNumericDocValues days = DocValues.getSortedNumeric(context.reader(), Schema.P_DAY);
      SortedDocValues meetings = DocValues.getSorted(context.reader(), Schema.P_MEETING);
      SortedSetDocValues split =
          splitField == null ? null : DocValues.getSortedSet(context.reader(), splitField);
      Map<Integer, String> meetingOfOrd = new HashMap<>();
      Map<Long, String> labelOfOrd = new HashMap<>();
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          String key =
              days.advanceExact(doc)
                  ? periodOfDay.computeIfAbsent(
                      days.nextValue(), d -> period(LocalDate.ofEpochDay(d), interval))
                  : UNDATED;
          Period period = periods.computeIfAbsent(key, k -> new Period());
          period.paragraphs++;
          if (meetings.advanceExact(doc)) {
            int ord = meetings.ordValue();
            period.meetings.add(meetingOfOrd.computeIfAbsent(ord, o -> lookup(meetings, o)));
          }
          if (split != null && split.advanceExact(doc)) {
            for (int i = 0; i < split.docValueCount(); i++) {
              long ord = split.nextOrd();
              String label = labelOfOrd.computeIfAbsent(ord, o -> lookup(split, o));
              period.split.merge(label, 1L, Long::sum);
            }
          }
        }
      };
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
