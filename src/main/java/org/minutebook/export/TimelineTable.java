package org.minutebook.export;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.model.Timeline;

/**
 * A timeline as CSV: one row per series and period, then each series' undated matches as the period
 * "undated" (with no shares: an undated match belongs to no period).
 */
public final class TimelineTable {
  /** The period of the row that counts matches with no known date. */
  public static final String UNDATED = "undated";

  /** One row of the table. Shares are null on the undated row. */
  record Row(
      String series,
      String theme,
      String query,
      String period,
      long items,
      long paragraphs,
      long meetings,
      Double paragraphShare,
      Double meetingShare) {}

  private static final CsvTable<Row> TABLE =
      new CsvTable<>(
          List.of(
              new CsvTable.Column<>("series", Row::series),
              new CsvTable.Column<>("theme", Row::theme),
              new CsvTable.Column<>("query", Row::query),
              new CsvTable.Column<>("period", Row::period),
              new CsvTable.Column<>("items", Row::items),
              new CsvTable.Column<>("paragraphs", Row::paragraphs),
              new CsvTable.Column<>("meetings", Row::meetings),
              new CsvTable.Column<>("paragraph_share", Row::paragraphShare),
              new CsvTable.Column<>("meeting_share", Row::meetingShare)));

  private TimelineTable() {}

  /** The CSV of {@code timeline}. */
  public static String write(Timeline timeline) {
    return TABLE.write(rows(timeline));
  }

  static List<Row> rows(Timeline timeline) {
    List<Row> rows = new ArrayList<>();
    for (Timeline.Series s : timeline.series()) {
      for (Timeline.Bucket b : s.buckets()) {
        rows.add(
            new Row(
                s.label(),
                s.theme(),
                s.query(),
                b.period(),
                b.count(),
                b.paragraphs(),
                b.meetings(),
                b.paragraphShare(),
                b.meetingShare()));
      }
      rows.add(
          new Row(
              s.label(),
              s.theme(),
              s.query(),
              UNDATED,
              s.undated(),
              s.undatedParagraphs(),
              s.undatedMeetings(),
              null,
              null));
    }
    return rows;
  }
}
