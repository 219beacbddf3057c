package org.minutebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.minutebook.index.Schema;

/**
 * The meeting days of each committee of each council in the archive, read column-wise from doc
 * values: what "the next meeting" in a commitment resolves to.
 */
final class MeetingCalendar {
  private final Map<String, TreeSet<Long>> days = new HashMap<>();

  private MeetingCalendar() {}

  /** Reads every dated item's council, committee and day. */
  static MeetingCalendar read(IndexReader reader) throws IOException {
    MeetingCalendar calendar = new MeetingCalendar();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedNumericDocValues dayValues = DocValues.getSortedNumeric(leaf.reader(), Schema.DATE_DAY);
      SortedSetDocValues committees = DocValues.getSortedSet(leaf.reader(), Schema.COMMITTEE);
      SortedSetDocValues councils = DocValues.getSortedSet(leaf.reader(), Schema.COUNCIL);
      for (int doc = dayValues.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = dayValues.nextDoc()) {
        if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
          continue;
        }
        String committee = label(committees, doc);
        if (committee != null) {
          calendar
              .days
              .computeIfAbsent(key(label(councils, doc), committee), k -> new TreeSet<>())
              .add(dayValues.nextValue());
        }
      }
    }
    return calendar;
  }

  /** The first meeting of {@code committee} of {@code council} after {@code day}, if any. */
  Optional<LocalDate> nextMeeting(String council, String committee, LocalDate day) {
    TreeSet<Long> meetings = days.get(key(council, committee));
    if (meetings == null || committee == null) {
      return Optional.empty();
    }
    Long next = meetings.higher(day.toEpochDay());
    return next == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(next));
  }

  private static String key(String council, String committee) {
    return (council == null ? "" : council) + "\u0000" + committee;
  }

  private static String label(SortedSetDocValues values, int doc) throws IOException {
    if (!values.advanceExact(doc)) {
      return null;
    }
    return values.lookupOrd(values.nextOrd()).utf8ToString();
  }
}
