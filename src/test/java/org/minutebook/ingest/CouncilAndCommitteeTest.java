package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutebook.model.Sourced;

/** Councils and committees as headings name them, one line at a time, in title case. */
class CouncilAndCommitteeTest {
  private static Optional<String> council(String text) {
    return MetadataResolverTest.resolve("doc.txt", text).council().map(Sourced::value);
  }

  private static Optional<String> committee(String source, String text) {
    return MetadataResolverTest.resolve(source, text).committee().map(Sourced::value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Stoke Ferry Parish Council\\nMinutes of the meeting | Stoke Ferry Parish Council",
        "MILBURN PARISH COUNCIL\\nAGENDA | Milburn Parish Council",
        "Milburn Parish Council A.G.M.   -   3rd May 2016 | Milburn Parish Council",
        "Northwold and Whittington Parish Council – Ordinary Meeting Tuesday | Northwold and"
            + " Whittington Parish Council",
        "STOKE FERRY PARISH COUNCIL DRAFT Minutes of the Ordinary Meeting | Stoke Ferry Parish"
            + " Council",
        "Merton Council\\nAudit Committee | Merton Council",
        "CITY OF BEVERLY HILLS\\nRoom 280A | City of Beverly Hills",
        "C I T Y   O F   G A R D E N A\\nAGENDA | City of Gardena",
        "CITY OF  PORTLAND, OREGON    OFFICIAL MINUTES | City of Portland, Oregon",
        "AGENDA\\nBALDWIN PARK CITY COUNCIL\\nSPECIAL MEETING | Baldwin Park City Council",
        "Regular Meeting of the Board of Trustees\\nCuyahoga Community College District | Cuyahoga"
            + " Community College District",
        "Example Department of Corrections\\nAdvisory Board Meeting | Example Department of"
            + " Corrections",
        "Minutes of the Meeting of Limerick City and County Council’s Travel and Transportation"
            + " Strategic Policy Committee held on the 14th December, 2021 | Limerick City and County"
            + " Council",
        "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF\\nLIMERICK CITY AND COUNTY COUNCIL HELD IN THE"
            + " | Limerick City and County Council",
        "DRAFT MINUTES OF THE WEST DEREHAM ANNUAL PARISH COUNCIL MEETING HELD AT THE HALL | West"
            + " Dereham Parish Council",
      })
  void headingsNameTheCouncil(String text, String expected) {
    assertEquals(Optional.of(expected), council(text.replace("\\n", "\n")));
  }

  @Test
  void aListOfCouncilsIsAMenuAndTheHeadingBelowItWins() {
    assertEquals(
        Optional.of("Wereham Parish Council"),
        council(
            "Stoke Ferry Parish Council\nBoughton Parish Council\nWereham Parish Council\n"
                + "Wereham Parish Council Minutes\nOctober 2005\nMinutes of the September meeting"));
  }

  @Test
  void namesNeverSpanTwoLines() {
    assertEquals(Optional.empty(), council("Stoke Ferry\nParish Council"));
    assertEquals(Optional.empty(), council("Stoke Ferry\nCouncil meeting notes"));
  }

  @Test
  void aCopyrightLineOrTheCouncilTheTextNamesMostAreFallbacks() {
    assertEquals(
        Optional.of("Royal Borough of Kingston upon Thames Council"),
        council(
            "Agenda item\nPublic questions\n© 2024 Royal Borough of Kingston upon Thames Council. All"
                + " Rights Reserved."));
    assertEquals(
        Optional.of("Limerick City and County Council"),
        council(
            "PRESENT IN THE CHAIR:\nCouncillor A.\nIt was agreed that Limerick City and County"
                + " Council would write to the May Council Meeting.\nThe report of Limerick City and"
                + " County Council was noted.\nMembers met in the Council Chambers."));
    assertEquals(Optional.empty(), council("The May Council Meeting is in the Council Chambers."));
    // A sentence that ends inside a would-be name leaves two fragments, not a council.
    assertEquals(
        Optional.empty(),
        council(
            "Residents of Coombe Road. The Council will consult them.\nResidents of Coombe Road."
                + " The Council agreed."));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "minutes.txt | Minutes of the Monthly Meeting of the Metropolitan District of Limerick held on"
            + " Monday | Metropolitan District of Limerick",
        "minutes.txt | MINUTES OF PROCEEDINGS AT ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF\\n"
            + "CAPPAMORE- KILMALLOCK HELD AT THE HOTEL | Municipal District of Cappamore-Kilmallock",
        "minutes.txt | Minutes of the Meeting of Limerick City and County Council’s Travel and"
            + " Transportation Strategic Policy Committee held on the 14th | Travel and Transportation"
            + " Strategic Policy Committee",
        "minutes.txt | MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL"
            + " HELD IN | Full Council",
        "minutes.txt | Minutes of Stoke Ferry Parish Council Meeting held in the Community Centre |"
            + " Parish Council",
        "minutes.pdf | Milburn Parish Council  -  3rd November 2015\\nPresent | Parish Council",
        "minutes.txt | A REGULAR MEETING OF THE COUNCIL OF THE CITY OF PORTLAND, OREGON WAS HELD THIS"
            + " DAY | City Council",
        "agenda.pdf | AGENDA\\nBALDWIN PARK CITY COUNCIL\\nSPECIAL MEETING | City Council",
        "agenda.pdf | Merton Council\\nAudit Committee\\nMembership: | Audit Committee",
        "agenda.pdf | PLANNING COMMISSION AGENDA\\nSeptember 22, 2022 | Planning Commission",
        "agenda.pdf | Regular Meeting of the Board of Trustees\\nExample District | Board of Trustees",
        "agenda.pdf | PLANNING & ENVIRONMENTAL QUALITY COMMISSION\\nA G E N D A | Planning &"
            + " Environmental Quality Commission",
        "page.html | Home\\nKingston and North Kingston Neighbourhood Committee - Thursday 15 January"
            + " 2026 7:30 pm | Kingston and North Kingston Neighbourhood Committee",
        "pv.pdf | COMITÉ DE DÉMOLITION\\nPROCÈS-VERBAL | Comité de démolition",
        "x.txt | Issue - meetings\\nMeeting: 30/09/2021 - Cabinet (Item 54) | Cabinet",
      })
  void headingsNameTheCommittee(String source, String text, String expected) {
    assertEquals(Optional.of(expected), committee(source, text.replace("\\n", "\n")));
  }

  @Test
  void otherMeetingsMinutesAndSentencesNameNoCommittee() {
    assertEquals(
        Optional.empty(),
        committee(
            "report.txt",
            "The minutes of the last meeting held on the 8th September 2015 had been circulated."));
    assertEquals(
        Optional.empty(),
        committee("report.txt", "DRAFT Minutes of the Ordinary Meeting held on Wednesday"));
    assertEquals(
        Optional.empty(), committee("report.txt", "The Committee congratulated the team.\nEnd"));
    assertEquals(
        Optional.empty(),
        committee(
            "calendar.pdf",
            "Month Corporation Board Executive Committee Audit and Finance Committee\nJANUARY"));
  }

  @Test
  void hostileTextIsReadQuicklyAndWithoutOverflowingTheStack() {
    String[] hostile = {
      "A ".repeat(300_000) + "b",
      "of ".repeat(300_000) + "Council",
      "STOKE FERRY PARISH COUNCIL ".repeat(50_000),
      "held on 3 May 2016 ".repeat(20_000),
    };
    for (String text : hostile) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(20), () -> MetadataResolverTest.resolve("x.txt", text));
    }
  }

  @Test
  void capitalsBecomeTitleCaseWithoutMovingAnything() {
    String line = "STOKE FERRY PARISH COUNCIL DRAFT Minutes of the MASH";
    String cased = Names.titleCaseCapitals(line);
    assertEquals("Stoke Ferry Parish Council Draft Minutes of the MASH", cased);
    assertEquals(line.length(), cased.length());
    assertEquals(
        "Royal Borough of Kingston upon Thames",
        Names.titleCaseCapitals("ROYAL BOROUGH OF KINGSTON UPON THAMES"));
    assertEquals("O'Brien's Hall", Names.titleCaseCapitals("O'BRIEN'S HALL"));
    assertEquals("CITY OF GARDENA", Names.unspaced("C I T Y   O F   G A R D E N A"));
    assertEquals("A quiet line", Names.unspaced("A quiet line"));
  }
}
