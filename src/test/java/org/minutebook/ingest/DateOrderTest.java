package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The evidence for how a document writes numeric dates, and the cheap test that skips a search. */
class DateOrderTest {
  @Test
  void aUsPlaceIsEvidenceForMonthFirst() {
    assertEquals(
        Dates.Order.MONTH_FIRST,
        DateOrder.of("City Hall, Springfield, IL 62701. Met on 04/05/2020."));
    assertEquals(
        Dates.Order.MONTH_FIRST, DateOrder.of("The City Clerk read the minutes of 04/05/2020."));
    assertEquals(Dates.Order.DAY_FIRST, DateOrder.of("Cllr Smith read the minutes of 04/05/2020."));
  }

  @Test
  void theSearchForUsPlacesIsSkippedOnlyWhenNoneCanMatch() {
    assertTrue(DateOrder.mayNameAUsPlace("Springfield, IL 62701"));
    assertTrue(DateOrder.mayNameAUsPlace("a visit to Washington, D.C. in May"));
    assertTrue(DateOrder.mayNameAUsPlace("the Councilmember asked"));
    assertFalse(DateOrder.mayNameAUsPlace("Cllr Smith of Kelbridge, 12 May 2020, item 1234."));
  }
}
