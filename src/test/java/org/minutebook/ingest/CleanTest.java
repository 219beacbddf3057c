package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TextCleaner#clean}: from raw Tika text to paragraphs with pages. */
class CleanTest {
  private static final String PDF = "application/pdf";
  private static final String HTML = "text/html";
  private static final String TEXT = "text/plain";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static List<String> texts(List<Para> paragraphs) {
    return paragraphs.stream().map(Para::text).toList();
  }

  @Test
  void pagesAreCountedAndRunningHeadersFootersAndPageNumbersGo() {
    String raw =
        """
        Anyshire Parish Council
        Minutes of the Planning Committee held on 12 March 2019

        1. Apologies
        Apologies were received from Cllr Brown.

        2. Planning Applications
        The committee considered the application for a single storey extension at the
        Page 1 of 3
        \f
        Anyshire Parish Council
        Minutes of the Planning Committee held on 12 March 2019
        rear of Holly Cottage and raised no objection to it.
        3. Finance
        The clerk presented the accounts.
        Page 2 of 3
        \f
        Anyshire Parish Council
        Minutes of the Planning Committee held on 12 March 2019
        4. Any Other Business
        None.
        - 3 -
        \f""";
    List<Para> paragraphs = TextCleaner.clean(raw, PDF);
    assertEquals(
        List.of(
            new Para("Anyshire Parish Council", 1),
            new Para("Minutes of the Planning Committee held on 12 March 2019", 1),
            new Para("1. Apologies", 1),
            new Para("Apologies were received from Cllr Brown.", 1),
            new Para("2. Planning Applications", 1),
            new Para(
                "The committee considered the application for a single storey extension at the"
                    + " rear of Holly Cottage and raised no objection to it.",
                1),
            new Para("3. Finance", 2),
            new Para("The clerk presented the accounts.", 2),
            new Para("4. Any Other Business", 3),
            new Para("None.", 3)),
        paragraphs);
  }

  @Test
  void wordsHyphenatedAtLineEndsAreJoinedAndRealHyphensKept() {
    String raw =
        """
        The working group made a recommendation to the council about the budget for the
        year. The officer explained that the recom-
        mendation had been considered by the multi-
        agency panel and by the Anglo-
        Irish partnership, which had met off-
        site and produced a well-
        argued report on the re-
        development of the depot and its accom-
        modation for staff.
        """;
    assertEquals(
        List.of(
            "The working group made a recommendation to the council about the budget for the"
                + " year. The officer explained that the recommendation had been considered by"
                + " the multi-agency panel and by the Anglo-Irish partnership, which had met"
                + " off-site and produced a well-argued report on the re-development of the depot"
                + " and its accommodation for staff."),
        texts(TextCleaner.clean(raw, PDF)));
  }

  @Test
  void aDashAtALineEndIsNotAHyphen() {
    String raw =
        "The item was deferred to the next meeting of the committee pending a report -\n"
            + "the clerk will circulate it beforehand.\n";
    assertEquals(
        List.of(
            "The item was deferred to the next meeting of the committee pending a report - the"
                + " clerk will circulate it beforehand."),
        texts(TextCleaner.clean(raw, PDF)));
  }

  @Test
  void linesSeparatedByBlankLinesAreStillReflowedWhenEveryLineIsSpacedSo() {
    // Tika gives some word-processor PDFs a blank line after every line; then a wider gap, or
    // the sense of the lines, separates paragraphs.
    String raw =
        """
        19.07.3 Minutes

        The minutes of the meeting held on the 7th May 2019 had been circulated

        prior to this meeting. All agreed this was a true record and were signed.

        \u0020

        19.07.4 Matters Arising

        The clerk reported that the bench on the green has been repaired.
        """;
    assertEquals(
        List.of(
            "19.07.3 Minutes",
            "The minutes of the meeting held on the 7th May 2019 had been circulated prior to"
                + " this meeting. All agreed this was a true record and were signed.",
            "19.07.4 Matters Arising",
            "The clerk reported that the bench on the green has been repaired."),
        texts(TextCleaner.clean(raw, PDF)));
  }

  @Test
  void linkAddressesAfterAPdfPageAndOutlineRepeatsGoButFormFieldsStay() {
    String raw =
        "1. Welcome\nThe chair welcomed everyone. Details are on www.example.gov/meetings.\n"
            + "https://www.example.gov/meetings\nhttps://www.example.gov/meetings\n\f"
            + "1. Welcome\nMeetingDate: 6 June 2023\n";
    assertEquals(
        List.of(
            "1. Welcome",
            "The chair welcomed everyone. Details are on www.example.gov/meetings.",
            "MeetingDate: 6 June 2023"),
        texts(TextCleaner.clean(raw, PDF)));
  }

  @Test
  void aLastPageWithoutAFormFeedAfterItIsAPage() {
    String raw = "Item one was discussed.\nPage 1 of 2\n\fItem two was discussed.\nPage 2 of 2\n";
    assertEquals(
        List.of(new Para("Item one was discussed.", 1), new Para("Item two was discussed.", 2)),
        TextCleaner.clean(raw, PDF));
  }

  @Test
  void signatureBlanksAndRulesGo() {
    String raw =
        "Cllr Smith closed the meeting.\n\nSigned ________ Dated ________\n\n_______\n"
            + "Signed ______________ Dated 12th November 2019\nPage 1 of 3\n"
            + "Signed: Councillors Brown and Green.\n";
    assertEquals(
        List.of("Cllr Smith closed the meeting.", "Signed: Councillors Brown and Green."),
        texts(TextCleaner.clean(raw, DOCX)));
  }

  @Test
  void moderngovFurnitureGoesAndItsContentStays() {
    String raw =
        String.join(
            "\n",
            "Skip to main content",
            "Section menu",
            "Calendar",
            "Committees",
            "Councillors",
            "Meetings",
            "Home",
            "Committees",
            "Agenda item",
            "26 Improvement Plan Progress Report PDF 284 KB",
            "Share this page",
            "Print",
            "ref: 4512",
            "To provide an update on progress against the improvement plan.",
            "Minutes:",
            "The committee received an update. Members asked about the",
            "recruitment of social workers and the use of agency staff.",
            "view the full minutes text for item 26.",
            "We use cookies to make this website work. Accept all cookies",
            "Supporting documents:",
            "Improvement Plan Progress Report PDF 284 KB",
            "Venue: Town Hall, High Street.  View directions",
            "© 2024 Anyshire Council. All Rights Reserved.");
    assertEquals(
        List.of(
            "Agenda item",
            "26 Improvement Plan Progress Report",
            "To provide an update on progress against the improvement plan.",
            "Minutes:",
            "The committee received an update. Members asked about the recruitment of social"
                + " workers and the use of agency staff.",
            "Supporting documents:",
            "Improvement Plan Progress Report",
            "Venue: Town Hall, High Street."),
        texts(TextCleaner.clean(raw, HTML)));
  }

  @Test
  void aWebsitesMenuBeforeTheMinutesGoesButAListingPageKeepsItsLinks() {
    String menu = "Village\nNorthby\nSouthby\nYear\n2019\n2020\n2021\nParish Councils\nArchive\n";
    String minutes =
        "Minutes of the meeting of Northby Parish Council held on 3 July 2019 in the hall\n"
            + "Present: Cllr Green (Chair), Cllr White, Cllr Black and the clerk to the council.\n"
            + "1. Apologies were received from Cllr Grey, who was away on holiday that week.\n"
            + "2. The minutes of the meeting held on 5 June 2019 were signed as a true record.\n"
            + "3. The clerk reported that the playground inspection had found no problems.\n";
    List<String> page = texts(TextCleaner.clean(menu + minutes, HTML));
    assertEquals(List.of(minutes.split("\n")), page);

    String listing = "Minutes\n2019\nJanuary 2019\nFebruary 2019\nMarch 2019\nApril 2019\n";
    assertEquals(List.of(listing.split("\n")), texts(TextCleaner.clean(listing, HTML)));
  }

  @Test
  void htmlParagraphsBrokenByThePagesSourceAreJoined() {
    String raw =
        String.join(
            "\n",
            "Public Question Time",
            "A period of up to 30 minutes during which any",
            "resident of the borough may ask a question",
            "on matters relevant to the Committee.",
            "Minutes:",
            "Apologies were received from Councillors Noel",
            "Smith and Jones.",
            "The minutes of the meeting held on 18 November",
            "2025 were approved as a correct record.",
            "It was noted that residents in Manorgate Road had expressed concerns about the",
            "volume of traffic.");
    assertEquals(
        List.of(
            "Public Question Time",
            "A period of up to 30 minutes during which any resident of the borough may ask a"
                + " question on matters relevant to the Committee.",
            "Minutes:",
            "Apologies were received from Councillors Noel Smith and Jones.",
            "The minutes of the meeting held on 18 November 2025 were approved as a correct"
                + " record.",
            "It was noted that residents in Manorgate Road had expressed concerns about the"
                + " volume of traffic."),
        texts(TextCleaner.clean(raw, HTML)));
  }

  @Test
  void plainTextFromAPdfConverterLosesItsPageRulesNumbersAndMarkdown() {
    String raw =
        """
        [Original file](https://www.example.ie/minutes-march-2019.pdf)

        ---
        MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT HELD ON 5TH MARCH, 2019.

        1\\.

        **Adoption of Minutes**

        Circulated, copy of draft Minutes of Meeting of the Municipal District held on 5th

        February, 2019.
        ---
        2

        Proposed by Councillor Ryan and seconded by Councillor Walsh, it was agreed to adopt

        the Minutes as circulated.
        """;
    assertEquals(
        List.of(
            new Para(
                "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT HELD ON 5TH MARCH,"
                    + " 2019.",
                0),
            new Para("1.", 0),
            new Para("Adoption of Minutes", 0),
            new Para(
                "Circulated, copy of draft Minutes of Meeting of the Municipal District held on"
                    + " 5th February, 2019.",
                0),
            new Para(
                "Proposed by Councillor Ryan and seconded by Councillor Walsh, it was agreed to"
                    + " adopt the Minutes as circulated.",
                0)),
        TextCleaner.clean(raw, TEXT));
  }

  @Test
  void frontMatterLeavesOnlyItsTitle() {
    String raw =
        """
        ---
        title: "Minutes of Northby Parish Council"
        date: "2009-11-01"
        categories:\s
          - "parish-councils"
        ---

        1\\. Minutes of the last meeting were approved.
        """;
    assertEquals(
        List.of(
            "Minutes of Northby Parish Council", "1. Minutes of the last meeting were approved."),
        texts(TextCleaner.clean(raw, TEXT)));
  }

  @Test
  void wordProcessorLinesStayParagraphsAndOddCharactersAreTidied() {
    String raw = "RESOLVED:\u00A0\r\n\uFEFFThat the\u200B report be\tnoted.\r\n\uF0B7 Item one\r\n";
    assertEquals(
        List.of(
            new Para("RESOLVED:", 0),
            new Para("That the report be noted.", 0),
            new Para("• Item one", 0)),
        TextCleaner.clean(raw, DOCX));
  }

  @Test
  void hostileTextIsCleanedAndSplitInLinearTime() {
    String raw =
        "word-\n".repeat(20_000)
            + "1.\n".repeat(5_000)
            + "a".repeat(200_000)
            + ".\n"
            + "_".repeat(30_000)
            + " x\n"
            + "\f".repeat(2_000)
            + "Title Case Words ".repeat(5_000)
            + "\n"
            + ("1. " + "Word ".repeat(3_000) + "\n").repeat(50);
    for (String type : List.of(PDF, HTML, TEXT, DOCX)) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> StructureSplitter.split(TextCleaner.clean(raw, type)),
          type);
    }
  }
}
