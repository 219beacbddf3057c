package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/** The meeting date a heading states, among the other dates minutes and agendas mention. */
class MeetingDatesTest {
  private static Optional<LocalDate> stated(String text) {
    return MetadataResolverTest.resolve("doc.txt", text)
        .date()
        .filter(d -> d.origin() == Origin.TEXT)
        .map(Sourced::value);
  }

  @Test
  void aParishHeadingLineBeatsTheDateOfThePreviousMinutes() {
    assertEquals(
        Optional.of(LocalDate.of(2015, 11, 3)),
        stated(
            "Example Parish Council  -  3rd November 2015\n\nPresent\n\nCouncillors A, B\n\n"
                + "15.11.3  Minutes\n\nThe minutes of the meeting held on the 8th September 2015 had"
                + " been\n\ncirculated prior to this meeting."));
  }

  @Test
  void aHeldDateDeepInTheTextDoesNotBeatTheHeading() {
    String body =
        "Matters arising were discussed at length by the councillors present.\n".repeat(40);
    assertEquals(
        Optional.of(LocalDate.of(2017, 3, 7)),
        stated(
            "Example Parish Council\n\n7th March 2017\n\nPresent\n\n"
                + body
                + "at the next meeting.  Due to a Beacon being held on 11th November 2018 to"
                + " commemorate the end of the war."));
  }

  @Test
  void anAgendaStatesTheMeetingItCalls() {
    assertEquals(
        Optional.of(LocalDate.of(2017, 1, 10)),
        stated(
            "Clerk : A Person    Telephone : 01234 567890\n\nEXAMPLE PARISH COUNCIL\n\n"
                + "NEXT MEETING TO BE HELD ON TUESDAY,\n\n10TH JANUARY 2017 @ 7.30pm\n\nAGENDA\n\n"
                + "1. To receive apologies\n\n3. To approve the minutes of the last meeting held on"
                + " 1st November 2016"));
  }

  @Test
  void anIrishHeadingBrokenIntoOneWordPerLineIsStillOneSentence() {
    String heading =
        String.join(
            "\n",
            ("MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN ARAS"
                    + " WILLIAM SMITH OBRIEN, NEWCASTLE WEST, CO. LIMERICK, ON WEDNESDAY, 10TH"
                    + " JANUARY, 2018, AT 10.00 A.M.")
                .split(" "));
    assertEquals(
        Optional.of(LocalDate.of(2018, 1, 10)),
        stated(
            heading
                + "\n\n1. Adoption of Minutes\n\nMinutes of meeting held on 6th December 2017"));
  }

  @Test
  void previousMinutesAndApprovalsAreNotTheMeetingDate() {
    assertEquals(
        Optional.empty(),
        stated(
            "MHUIRE, BRUREE ON THURSDAY 16th FEBRUARY AT 3.00PM.\n\n1. Adoption of Minutes\n\n"
                + "Circulated copy of draft Minutes of Monthly Meeting of the Municipal District of\n\n"
                + "Example held on 19th January, 2023."));
    assertEquals(
        Optional.of(LocalDate.of(2019, 11, 4)),
        stated(
            "Example Department of Corrections\nAdvisory Board Meeting\nMonday, November 4th, 2019\n"
                + "Approval of Minutes from August 6, 2019 - Board Members"));
  }

  @Test
  void usAgendasAndMinutesStateTheirDateMonthFirst() {
    assertEquals(
        Optional.of(LocalDate.of(2020, 1, 14)),
        stated(
            "CITY OF EXAMPLE\nCITY COUNCIL\nRegular Meeting\nTuesday, January 14, 2020\n6:00 PM\n"
                + "Springfield, CA 91706\nApproval of minutes of 12/10/2019"));
    assertEquals(
        Optional.of(LocalDate.of(2011, 1, 12)),
        stated(
            "CITY OF  EXAMPLE, OREGON    OFFICIAL MINUTES  A REGULAR MEETING OF THE COUNCIL OF THE"
                + " CITY OF EXAMPLE, OREGON WAS HELD THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M."));
    assertEquals(
        Optional.of(LocalDate.of(2018, 1, 29)),
        stated(
            "Example Special Service Area #21\nCommission Meeting Minutes\n"
                + "Minutes from Monday, January 29, 2018 – 9:00am at Example Hall\n"
                + " Minutes from 11/30/17 meeting approved"));
  }

  @Test
  void aDateWhoseWeekdayContradictsItIsNotTakenAsStated() {
    ItemMetadata meta =
        MetadataResolverTest.resolve(
            "parish_agendas_2019-05-07.pdf",
            "EXAMPLE PARISH COUNCIL\n\nAnnual Parish Meeting - Tuesday, 7th May 2018 at 7.30pm\n\n"
                + "in the Village Hall");
    assertEquals(Optional.of(LocalDate.of(2019, 5, 7)), meta.date().map(Sourced::value));
    assertEquals(Optional.of(Origin.PATH), meta.date().map(Sourced::origin));
    assertEquals(
        Optional.of(
            new Sourced<>(
                LocalDate.of(2018, 5, 7),
                Origin.ESTIMATE,
                "estimated: the heading says \"Tuesday, 7th May 2018\", but 7 May 2018 was a"
                    + " Monday")),
        meta.estimatedDate());
  }

  @Test
  void frontMatterPostingDatesAreIgnoredAndItsTitleIsAHeading() {
    assertEquals(
        Optional.of(LocalDate.of(2011, 10, 12)),
        stated(
            "---\n\ntitle: \"DRAFT Minutes of Example Parish Council Meeting Held in the Community"
                + " Centre at 7.30m on Wednesday 12th October 2011\"\n\ndate: \"2011-10-18\"\n\n"
                + "categories:\n\n- \"parish-councils\"\n\n---\n\nThose Attending:\n\nCllr A"));
    assertEquals(
        Optional.empty(),
        stated(
            "---\ntitle: \"Example Parish Council Minutes\"\ndate: \"2011-10-18\"\n---\nPresent"));
  }

  @Test
  void theEvidenceQuotesTheHeadingThatStatesTheDate() {
    ItemMetadata meta =
        MetadataResolverTest.resolve(
            "x.txt",
            "Minutes of the meeting of the Planning Committee held on Tuesday 3rd September 2019\n"
                + "1. Apologies");
    assertEquals(
        Optional.of(
            "\"Minutes of the meeting of the Planning Committee held on Tuesday 3rd September"
                + " 2019\""),
        meta.date().map(Sourced::evidence));
  }
}
