package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutebook.model.DocumentType;

/** What kind of paper a document is, from its heading, its name and its text. */
class DocumentTypesTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // An agenda's item about the last minutes does not make it minutes.
        "notice.pdf | EXAMPLE PARISH COUNCIL\\nAGENDA\\n1. Apologies\\n3. To approve the minutes of"
            + " the last meeting | AGENDA",
        "doc.pdf | PLANNING COMMISSION AGENDA\\nSeptember 22, 2022 | AGENDA",
        "doc.pdf | Agenda, decisions and minutes\\nCommittee - Thursday 15 January 2026 | AGENDA",
        "doc.txt | Agenda item\\nImprovement Plan Progress Update\\nMinutes:\\nThe Committee received"
            + " an update | MINUTES",
        "doc.txt | MINUTES OF PROCEEDINGS AT MEETING OF THE METROPOLITAN DISTRICT | MINUTES",
        "doc.pdf | Lincoln Square Special Service Area #21\\nCommission Meeting Minutes | MINUTES",
        "doc.pdf | COMITÉ DE DÉMOLITION\\nPROCÈS-VERBAL\\nSéance publique | MINUTES",
        "doc.pdf | Appeal Decision\\nSite visit made on 20 December 2016 | DECISION",
        "doc.pdf | Example Neighbourhood Committee\\n15 January 2026\\nZebra crossing\\nReport by the"
            + " Director | REPORT",
        // The file name decides when the heading says nothing.
        "uk_milburn_pc_minutes_2015-11-03.pdf | Milburn Parish Council - 3rd November 2015 |"
            + " MINUTES",
        "audit_committee_agenda_2009-10-22.pdf | Merton Council\\nAudit Committee | AGENDA",
        "appeal_decision.pdf | Land at Horsley Court | DECISION",
        // Listings, schedules and policies are not papers of a meeting, whatever they mention.
        "board_minutes_listing.html | Home\\nMINUTES\\nAgenda\\nReports | OTHER",
        "council_minutes_index.html | Minutes of meetings 2011 | OTHER",
        "board_meeting_schedule_2019.pdf | 2019 BOARD MEETING SCHEDULE | OTHER",
        "privacy_policy.docx | Privacy Policy | OTHER",
        "Minutes-Travel-Transportation-Strategic-Policy-Committee.txt | Minutes of the Meeting of X |"
            + " MINUTES",
        // Signs in the text, last.
        "issue.html | Issue - meetings\\nIt was resolved that Cabinet note the plan. | MINUTES",
        "page.html | Welcome to our website | OTHER",
      })
  void decidesTheKindOfPaper(String source, String text, DocumentType expected) {
    assertEquals(expected, DocumentTypes.of(source, TextHead.of(text.replace("\\n", "\n"))));
  }
}
