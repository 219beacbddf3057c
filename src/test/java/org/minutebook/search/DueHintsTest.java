package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DueHintsTest {
  @Test
  void theNextMeetingIsOneMeetingAhead() {
    assertTrue(DueHints.meansNextMeeting("to the next meeting"));
    assertTrue(DueHints.meansNextMeeting("at the next Parish Council meeting"));
    assertTrue(DueHints.meansNextMeeting("for the next improvement focus meeting"));
    assertTrue(DueHints.meansNextMeeting("Next Committee"));
  }

  @Test
  void otherHintsAreNot() {
    assertFalse(DueHints.meansNextMeeting("after the next two meetings"));
    assertFalse(DueHints.meansNextMeeting("the next few meetings"));
    assertFalse(DueHints.meansNextMeeting("by next year"));
    assertFalse(DueHints.meansNextMeeting("every month"));
  }
}
