package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/** {@link StructureSplitter}: meetings into items, items into sections, on invented minutes. */
class StructureSplitterTest {
  private static List<Para> paras(String... texts) {
    return Arrays.stream(texts).map(text -> new Para(text, 0)).toList();
  }

  private static List<String> titles(DocumentStructure structure) {
    return structure.items().stream().map(item -> item.number() + " " + item.title()).toList();
  }

  private static List<String> texts(List<Para> paragraphs) {
    return paragraphs.stream().map(Para::text).toList();
  }

  private static List<String> sections(ItemDraft item) {
    return item.paragraphs().stream().map(p -> p.section().label()).toList();
  }

  @Test
  void parishMinutesBecomeOneItemPerAgendaItemAfterTheirHeading() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Anyshire Parish Council",
                "Minutes of the meeting of the Parish Council held on Tuesday 3rd March 2020",
                "Present: Cllr Green (Chair), Cllr White, Cllr Black",
                "1. Apologies",
                "Apologies were received from Cllr Grey.",
                "2. Minutes of the last meeting",
                "The minutes of the meeting held on 4th February 2020 were approved.",
                "3. Planning Applications",
                "The council considered application 20/0113 for a garage at Holly Cottage.",
                "RESOLVED:",
                "1. To raise no objection to application 20/0113.",
                "2. To ask the clerk to inform the planning authority.",
                "4. Finance",
                "The following payments were approved:",
                "1. Clerk's salary £350.00",
                "2. Hall hire £25.00",
                "• Grass cutting £120.00",
                "6. Any Other Business",
                "The chair closed the meeting at 8.40pm."));
    assertEquals(
        List.of(
            "Anyshire Parish Council",
            "Minutes of the meeting of the Parish Council held on Tuesday 3rd March 2020",
            "Present: Cllr Green (Chair), Cllr White, Cllr Black"),
        texts(structure.preamble()));
    assertEquals(
        List.of(
            "1 Apologies",
            "2 Minutes of the last meeting",
            "3 Planning Applications",
            "4 Finance",
            "6 Any Other Business"),
        titles(structure));
    ItemDraft planning = structure.items().get(2);
    assertEquals(
        List.of(
            new Paragraph(
                "p1",
                "The council considered application 20/0113 for a garage at Holly Cottage.",
                0,
                SectionKind.DISCUSSION),
            new Paragraph("p2", "RESOLVED:", 0, SectionKind.RESOLVED),
            new Paragraph(
                "p3", "1. To raise no objection to application 20/0113.", 0, SectionKind.RESOLVED),
            new Paragraph(
                "p4",
                "2. To ask the clerk to inform the planning authority.",
                0,
                SectionKind.RESOLVED)),
        planning.paragraphs());
    assertEquals(4, structure.items().get(3).paragraphs().size());
    // Who attended is searchable too: the text before item 1 is an item of its own.
    assertEquals(
        List.of(
            "Minutes of the meeting of the Parish Council held on Tuesday 3rd March 2020",
            "Present: Cllr Green (Chair), Cllr White, Cllr Black"),
        structure.opening().orElseThrow().paragraphs().stream().map(Paragraph::text).toList());
    // A bare heading is not.
    assertTrue(
        StructureSplitter.split(paras("Anyshire Parish Council", "1. Apologies", "None."))
            .opening()
            .isEmpty());
  }

  @Test
  void textBeforeTheFirstItemIsKeptAsAnOpeningItem() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Anyshire Parish Council",
                "Before the meeting, a representative of the sugar factory gave a presentation on"
                    + " the anaerobic digestion plant and answered questions from residents about"
                    + " lorry movements on the Downham Road.",
                "1. Apologies",
                "Apologies were received from Cllr Grey.",
                "2. Planning",
                "No applications had been received."));
    ItemDraft opening = structure.opening().orElseThrow();
    assertEquals("Anyshire Parish Council", opening.title());
    assertEquals(null, opening.number());
    assertTrue(opening.paragraphs().get(0).text().contains("anaerobic digestion"));
    assertEquals(List.of("1 Apologies", "2 Planning"), titles(structure));
  }

  @Test
  void splittingTheSameParagraphsAgainGivesTheSameAnchors() {
    List<Para> paragraphs =
        paras("1. Apologies", "None were received.", "2. Planning", "No applications.", "Noted.");
    DocumentStructure first = StructureSplitter.split(paragraphs);
    assertEquals(first, StructureSplitter.split(paragraphs));
    assertEquals(
        List.of("p1", "p2"),
        first.items().get(1).paragraphs().stream().map(Paragraph::anchor).toList());
  }

  @Test
  void datedMinuteNumbersSplitAndPagesCarryThrough() {
    DocumentStructure structure =
        StructureSplitter.split(
            List.of(
                new Para("Northby Parish Council - 2nd July 2019", 1),
                new Para("19.07.01 Apologies", 1),
                new Para("Cllr Brown.", 1),
                new Para("19.07.02 Register of Interests", 1),
                new Para("None declared.", 1),
                new Para("19.07.03 Highways", 1),
                new Para("The clerk reported the pothole in Long Lane again.", 2),
                new Para("It was resolved to write to the highways authority.", 2)));
    assertEquals(
        List.of("19.07.01 Apologies", "19.07.02 Register of Interests", "19.07.03 Highways"),
        titles(structure));
    ItemDraft highways = structure.items().get(2);
    assertEquals(List.of(2, 2), highways.paragraphs().stream().map(Paragraph::page).toList());
    assertEquals(List.of("discussion", "resolved"), sections(highways));
  }

  @Test
  void aNumberOnItsOwnTakesTheNextParagraphAsTitle() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT HELD ON 5TH MARCH, 2019",
                "PRESENT IN THE CHAIR:",
                "Councillor Ryan, Cathaoirleach.",
                "1.",
                "Adoption of Minutes",
                "Proposed by Councillor Walsh;",
                "Seconded by Councillor Burke;",
                "And Resolved:",
                "“That, the draft Minutes, as circulated, be taken as read and adopted.”",
                "2.",
                "Question submitted by Councillor K. Walsh",
                "I will ask at the next Meeting about the footpath at Main Street.",
                "REPLY:",
                "The footpath will be repaired this year."));
    assertEquals(
        List.of("1 Adoption of Minutes", "2 Question submitted by Councillor K. Walsh"),
        titles(structure));
    assertEquals(
        List.of("discussion", "discussion", "resolved", "resolved"),
        sections(structure.items().getFirst()));
    assertEquals(3, structure.preamble().size());
  }

  @Test
  void runInTitlesEndWhereTheMinuteStarts() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "NORTHBY PARISH COUNCIL Minutes of the Ordinary Meeting held on 5 December 2018",
                "101/18 Apologies for absence Apologies were received from Cllr Smith.",
                "102/18 Declarations of Interest There were none.",
                "104/18 To Approve: Village Sign Design The Chair shared the final design.",
                "105/18 Minutes of the last meeting: the minutes were signed."));
    assertEquals(
        List.of(
            "101/18 Apologies for absence",
            "102/18 Declarations of Interest",
            "104/18 Village Sign Design",
            "105/18 Minutes of the last meeting"),
        titles(structure));
    assertEquals(
        List.of("101/18 Apologies for absence Apologies were received from Cllr Smith."),
        structure.items().getFirst().paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void anAgendaKeepsItsOuterNumbering() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Regular Meeting of the Board of Trustees",
                "I. ROLL CALL",
                "II. APPROVAL OF THE MINUTES",
                "III. COMMITTEE REPORTS",
                "A. FINANCE",
                "1. Approval of the Annual Budget",
                "2. Approval of Audit Contract",
                "3. Authorization to Purchase Vehicles",
                "IV. ADJOURNMENT"));
    assertEquals(
        List.of(
            "I ROLL CALL", "II APPROVAL OF THE MINUTES", "III COMMITTEE REPORTS", "IV ADJOURNMENT"),
        titles(structure));
  }

  @Test
  void itemKeywordsTakeTitlesInCapitalsThatStartWithANumber() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "PLANNING COMMISSION AGENDA",
                "Meeting starts at 09:00 A.M. in the Council Chamber.",
                "ITEM 1: *12 HIGH STREET – PROJECT NO. 4411",
                "ITEM 2: RIVERSIDE PARK – PROJECT NO. 4412",
                "ITEM 3 - GENERAL PLAN WORKSHOP"));
    assertEquals(
        List.of(
            "1 12 HIGH STREET – PROJECT NO. 4411",
            "2 RIVERSIDE PARK – PROJECT NO. 4412",
            "3 GENERAL PLAN WORKSHOP"),
        titles(structure));
  }

  @Test
  void unnumberedHeadingsSplitWhenTheyAreTheUsualOnes() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Minutes of the Northby Parish Council meeting held on Tuesday 8th July 2003",
                "Present: Cllr Green - Chairman, Cllr White",
                "Apologies: Cllr Grey",
                "Matters Arising: The hedges have been cut.",
                "Planning: No applications were received.",
                "Correspondence: A letter from the county council was noted.",
                "The meeting closed at 8.50 p.m."));
    assertEquals(
        List.of("null Apologies", "null Matters Arising", "null Planning", "null Correspondence"),
        titles(structure));
  }

  @Test
  void numberedParagraphsOfAReportAreNoItems() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Petition regarding traffic in Mill Road",
                "Purpose of Report",
                "To respond to a petition about traffic in Mill Road.",
                "Background",
                "1. For several years residents have expressed concern about the volume of traffic"
                    + " using this road, which they say is unsuitable for it.",
                "2. Residents cite conflict between road users and pedestrians. To address this,"
                    + " they ask the council to reduce through traffic.",
                "3. Modelling has been undertaken for the area, with the results set out in the"
                    + " annex to this report.",
                "Recommendations",
                "The Committee is asked to RESOLVE that:",
                "1. the scheme be approved;",
                "2. a report be brought back after six months."));
    assertEquals(1, structure.items().size());
    ItemDraft item = structure.items().getFirst();
    assertNull(item.title());
    assertEquals(
        List.of(
            "other",
            "purpose",
            "purpose",
            "other",
            "other",
            "other",
            "other",
            "recommendations",
            "recommendations",
            "recommendations",
            "recommendations"),
        sections(item));
  }

  @Test
  void aModernGovItemPageIsOneItemTitledByItsHeading() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Agenda item",
                "Highways Maintenance Programme",
                "To consider the programme of highway repairs for 2026.",
                "Minutes:",
                "The committee discussed the programme and asked about the repairs in Mill Lane.",
                "Decision:",
                "1. Approve the programme.",
                "2. Ask officers to report on Mill Lane.",
                "Additional documents:",
                "Annex 1 - Programme map"));
    assertEquals(List.of("Agenda item"), texts(structure.preamble()));
    assertEquals(List.of("null Highways Maintenance Programme"), titles(structure));
    assertEquals(
        List.of(
            "purpose",
            "discussion",
            "discussion",
            "resolved",
            "resolved",
            "resolved",
            "supporting-documents",
            "supporting-documents"),
        sections(structure.items().getFirst()));
  }

  @Test
  void anIssuePageGivesItsTitleAndItsItemNumber() {
    DocumentStructure structure =
        StructureSplitter.split(
            paras(
                "Issue - meetings",
                "Review of the library service",
                "Meeting: 12/05/2022 - Cabinet (Item 17)",
                "To consider the outcome of the consultation.",
                "The cabinet member introduced the report.",
                "Resolved – That the review be noted."));
    assertEquals(List.of("17 Review of the library service"), titles(structure));
    assertEquals(
        List.of("Issue - meetings", "Meeting: 12/05/2022 - Cabinet (Item 17)"),
        texts(structure.preamble()));
    assertEquals(
        List.of("purpose", "discussion", "resolved"), sections(structure.items().getFirst()));
  }

  @Test
  void actionsAndInlineDecisionsAreSections() {
    List<SectionKind> kinds =
        SectionClassifier.classify(
            List.of(
                "The clerk reported on the state of the bus shelter.",
                "Action: Clerk to obtain quotes.",
                "The chair thanked the clerk.",
                "It was resolved, after discussion, to repair the shelter.",
                "• Quote from A Builders £300",
                "Members then discussed the footpath.",
                "ACTIONS AGREED:",
                "1. Clerk to write to the county council."),
            true);
    assertEquals(
        List.of(
            SectionKind.DISCUSSION,
            SectionKind.ACTIONS,
            SectionKind.DISCUSSION,
            SectionKind.RESOLVED,
            SectionKind.RESOLVED,
            SectionKind.DISCUSSION,
            SectionKind.ACTIONS,
            SectionKind.ACTIONS),
        kinds);
  }

  @Test
  void aDocumentWithoutTextHasNoItems() {
    assertEquals(new DocumentStructure(List.of(), List.of()), StructureSplitter.split(List.of()));
  }
}
