package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Filters;
import org.minutebook.model.Inspection;
import org.minutebook.model.InspectionKind;
import org.minutebook.model.InspectionMention;
import org.minutebook.model.ItemKnowledge;

/** How the tracker merges one council's mentions of its visits into one entry per visit. */
class InspectionTrackerTest {
  private static final String COUNCIL = "Exampleshire County Council";

  @Test
  void mentionsOfOneVisitBecomeOneEntryWithItsLaterItems() {
    List<Inspection> tracked =
        InspectionTracker.track(
            List.of(
                item("a", "2022-03-01", visit(InspectionKind.FOCUSED_VISIT, "2022-01-18", "day")),
                item("b", "2022-06-01", visit(InspectionKind.FOCUSED_VISIT, "2022", "year")),
                item("c", "2022-09-01", visit(InspectionKind.FOCUSED_VISIT, null, null)),
                item("d", "2022-09-01", upcoming(InspectionKind.INSPECTION)),
                item(
                    "e", "2023-02-01", visit(InspectionKind.MONITORING_VISIT, "2023-01", "month"))),
            Filters.NONE);
    assertEquals(3, tracked.size(), tracked.toString());
    Inspection focused = tracked.get(0);
    assertEquals(InspectionKind.FOCUSED_VISIT, focused.kind());
    assertEquals("2022-01-18", focused.date());
    assertEquals(List.of("a", "b", "c"), focused.references().stream().map(r -> r.item()).toList());
    assertEquals(3, focused.laterItems());
    assertEquals(COUNCIL, focused.council());
    assertEquals("2023-01-01", tracked.get(1).date());
    Inspection upcoming = tracked.get(2);
    assertTrue(upcoming.upcoming());
    assertFalse(upcoming.references().get(0).later());
  }

  @Test
  void dateFiltersApplyToTheVisit() {
    List<Inspection> tracked =
        InspectionTracker.track(
            List.of(
                item("a", "2022-03-01", visit(InspectionKind.FOCUSED_VISIT, "2022-01-18", "day")),
                item(
                    "e", "2023-02-01", visit(InspectionKind.MONITORING_VISIT, "2023-01", "month"))),
            Filters.NONE.withYears(List.of("2023")));
    assertEquals(1, tracked.size());
    assertEquals(InspectionKind.MONITORING_VISIT, tracked.get(0).kind());
  }

  private static InspectionMention visit(InspectionKind kind, String date, String precision) {
    String iso =
        date == null
            ? null
            : date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date;
    return new InspectionMention(
        kind, "Ofsted", "the Ofsted visit", iso, null, precision, null, null, false, "p1");
  }

  private static InspectionMention upcoming(InspectionKind kind) {
    return new InspectionMention(
        kind, "Ofsted", "the next Ofsted inspection", null, null, null, null, null, true, "p2");
  }

  private static KnowledgeRecords.Held item(String id, String date, InspectionMention mention) {
    return new KnowledgeRecords.Held(
        id,
        id + ".txt",
        "Item " + id,
        null,
        COUNCIL,
        "Children's Scrutiny",
        "minutes",
        LocalDate.parse(date),
        null,
        List.of(),
        Map.of(),
        new ItemKnowledge(List.of(), List.of(), List.of(), List.of(), List.of(mention)));
  }
}
