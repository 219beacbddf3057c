package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Due hints and the dates they resolve to. */
class DueDatesTest {
  private static final LocalDate MEETING = LocalDate.of(2021, 9, 30);

  private static DueDates.Due due(String text) {
    return DueDates.find(text, MEETING, false);
  }

  @Test
  void monthsResolveToTheirEndOnOrAfterTheMeeting() {
    assertEquals("2021-11-30", due("completed by November").due());
    assertEquals("2021-09-30", due("sent in September").due());
    assertEquals("2022-02-28", due("ready in early February").due());
    assertEquals("2022-03-31", due("done by the end of March 2022").due());
  }

  @Test
  void statedDatesWithinsAndOpenHints() {
    assertEquals("2021-12-01", due("a reply before 1st December 2021").due());
    assertEquals("2021-10-30", due("a response within a month").due());
    assertEquals("2021-10-14", due("sent within two weeks").due());
    assertEquals("at the next meeting", due("reported at the next meeting").hint());
    assertNull(due("reported at the next meeting").due());
    assertEquals("in the new year", due("a workshop in the new year").hint());
    assertEquals("each month", due("an update each month").hint());
    assertNull(due("no time given"));
  }

  @Test
  void meetingsOfAMonthAndYears() {
    assertEquals("2022-03-31", due("to update at the March meeting").due());
    assertEquals("2021-10-31", due("included on the October agenda").due());
    assertEquals("2024-12-31", due("design complete by end of 2024").due());
    assertEquals("2024-12-31", due("works concluded during the summer of 2024").due());
    assertEquals("after the next two meetings", due("reviewed after the next two meetings").hint());
  }

  @Test
  void withoutAMeetingDateMonthsStayUnresolved() {
    DueDates.Due d = DueDates.find("by November", null, false);
    assertEquals("by November", d.hint());
    assertNull(d.due());
  }
}
