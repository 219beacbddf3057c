package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.InspectionKind;
import org.minutebook.model.InspectionMention;

class InspectionsTest {
  @Test
  void datesOrdinalsFocusAndMerging() {
    List<InspectionMention> found =
        Inspections.extract(
            QuestionItems.item(
                LocalDate.of(2023, 3, 9),
                "The report followed the Ofsted inspection carried out in October and November"
                    + " 2022 and the third monitoring visit on placement stability.",
                "The third Ofsted monitoring visit had taken place on 14/15 February 2023.",
                "The next monitoring visit would take place in May and would focus on care"
                    + " leavers."));
    assertEquals(3, found.size(), found.toString());
    InspectionMention full = found.get(0);
    assertEquals(InspectionKind.INSPECTION, full.kind());
    assertEquals("2022-10-01", full.date());
    assertEquals("2022-11-30", full.endDate());
    InspectionMention third = found.get(1);
    assertEquals("third", third.ordinal());
    assertEquals("placement stability", third.focus());
    assertEquals("2023-02-14", third.date());
    assertEquals("2023-02-15", third.endDate());
    assertEquals("day", third.precision());
    InspectionMention next = found.get(2);
    assertTrue(next.future());
    assertEquals("2023-05-01", next.date());
    assertEquals("care leavers", next.focus());
    assertEquals("Ofsted", next.inspectorate());
  }

  @Test
  void focusedVisitsAndFocusSentences() {
    List<InspectionMention> found =
        Inspections.extract(
            QuestionItems.item(
                null,
                "Ofsted carried out a focussed visit on 3 - 4 May 2022. The focus of the visit"
                    + " was disabled children."));
    assertEquals(1, found.size());
    assertEquals(InspectionKind.FOCUSED_VISIT, found.get(0).kind());
    assertEquals("disabled children", found.get(0).focus());
    assertFalse(found.get(0).future());
  }

  @Test
  void playAreaInspectionsAreNotInspectorates() {
    List<InspectionMention> found =
        Inspections.extract(
            QuestionItems.item(null, "The annual play area inspection found a loose swing."));
    assertTrue(found.isEmpty());
  }

  @Test
  void nextInspectionWithoutDate() {
    InspectionMention m =
        Inspections.extract(QuestionItems.item(null, "This holds until the next CQC inspection."))
            .getFirst();
    assertTrue(m.future());
    assertNull(m.date());
    assertEquals("CQC", m.inspectorate());
  }
}
