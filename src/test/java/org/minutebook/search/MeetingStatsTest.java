package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.CommitteeSummary;
import org.minutebook.model.Coverage;
import org.minutebook.model.FacetValue;
import org.minutebook.model.MeetingSummary;

class MeetingStatsTest {
  private static final List<MeetingSummary> MEETINGS =
      List.of(
          meeting("B Council", "Cabinet", "2021-09-30", 3, "finance", "planning"),
          meeting("B Council", "Cabinet", "2021-03-01", 2, "finance"),
          meeting("B Council", "Cabinet", "2019-01-10", 1),
          meeting("A Council", "Planning", null, 4, "planning"),
          meeting(null, "Cabinet", "2020-05-05", 1, "finance"),
          meeting("A Council", null, "2020-06-06", 2));

  @Test
  void committeesAreByCouncilThenCommitteeWithUnknownsLast() {
    List<CommitteeSummary> committees = MeetingStats.committees(MEETINGS);
    assertEquals(
        List.of("A Council/Planning", "A Council/null", "B Council/Cabinet", "null/Cabinet"),
        committees.stream().map(c -> c.council() + "/" + c.committee()).toList());
    CommitteeSummary cabinet = committees.get(2);
    assertEquals(3, cabinet.meetings());
    assertEquals(6, cabinet.items());
    assertEquals("2019-01-10", cabinet.from());
    assertEquals("2021-09-30", cabinet.to());
    assertEquals(List.of(new FacetValue("2019", 1), new FacetValue("2021", 2)), cabinet.years());
    CommitteeSummary undated = committees.get(0);
    assertEquals(null, undated.from());
    assertEquals(List.of(), undated.years());
  }

  @Test
  void themesCountMeetingsAndYearsRunOldestFirst() {
    assertEquals(
        List.of(new FacetValue("finance", 3), new FacetValue("planning", 2)),
        MeetingStats.themes(MEETINGS));
    assertEquals(
        List.of(new FacetValue("2019", 1), new FacetValue("2020", 2), new FacetValue("2021", 2)),
        MeetingStats.years(MEETINGS));
    assertEquals(
        List.of(new FacetValue("2019", 1), new FacetValue("2020", 3), new FacetValue("2021", 5)),
        MeetingStats.itemYears(MEETINGS));
  }

  @Test
  void theCoverageTableHasARowPerCouncilCommitteeAndYear() {
    assertEquals(
        List.of(
            new Coverage.Row("A Council", "Planning", null, 4, 1),
            new Coverage.Row("A Council", null, "2020", 2, 1),
            new Coverage.Row("B Council", "Cabinet", "2019", 1, 1),
            new Coverage.Row("B Council", "Cabinet", "2021", 5, 2),
            new Coverage.Row(null, "Cabinet", "2020", 1, 1)),
        MeetingStats.table(MEETINGS));
  }

  @Test
  void meetingsSortNewestFirstThenByEstimate() {
    List<MeetingSummary> sorted =
        List.of(
                meeting("X", "A", null, 1).withMatches(1),
                estimated("2024-01-01"),
                meeting("X", "A", "2020-01-01", 1),
                estimated("2025-01-01"))
            .stream()
            .sorted(MeetingDirectory.NEWEST_FIRST)
            .toList();
    assertEquals("2020-01-01", sorted.get(0).date());
    assertEquals("2025-01-01", sorted.get(1).estimatedDate());
    assertEquals("2024-01-01", sorted.get(2).estimatedDate());
    assertEquals(null, sorted.get(3).estimatedDate());
  }

  @Test
  void positionsComeFromItemIds() {
    assertEquals(0, MeetingDirectory.position("77fbfda111814af2-0"));
    assertEquals(12, MeetingDirectory.position("77fbfda111814af2-12"));
    assertEquals(Integer.MAX_VALUE, MeetingDirectory.position("odd"));
  }

  private static MeetingSummary meeting(
      String council, String committee, String date, int items, String... themes) {
    return new MeetingSummary(
        council,
        committee,
        date,
        null,
        council + "/" + committee + "/" + date,
        "minutes",
        "Title",
        items,
        "x-0",
        java.util.Arrays.stream(themes).map(t -> new FacetValue(t, 1)).toList(),
        0,
        0,
        items);
  }

  private static MeetingSummary estimated(String estimate) {
    return new MeetingSummary(
        "X", "A", null, estimate, "e/" + estimate, "minutes", "T", 1, "e-1", List.of(), 0, 0, 1);
  }
}
