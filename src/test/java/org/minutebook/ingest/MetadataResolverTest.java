package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

class MetadataResolverTest {
  private static ItemMetadata resolve(String source, String text) {
    return MetadataResolver.resolve(source, text, Optional.empty(), Optional.empty());
  }

  @Test
  void moderngovIssuePagesStateDateCommitteeAndItem() {
    ItemMetadata meta =
        resolve(
            "issue.txt",
            "Issue - meetings\n\nUpdate on the improvement programme\n\n"
                + "Meeting: 30/09/2021 - Cabinet (Item 54)\n\nTo update Cabinet.");
    assertEquals("Update on the improvement programme", meta.title());
    assertEquals(Optional.of("54"), meta.itemNumber());
    assertEquals(
        Optional.of(
            new Sourced<>("Cabinet", Origin.TEXT, "\"Meeting: 30/09/2021 - Cabinet (Item 54)\"")),
        meta.committee());
    assertEquals(Optional.of(LocalDate.of(2021, 9, 30)), meta.date().map(Sourced::value));
  }

  @Test
  void minutesHeadingsStateCommitteeDateAndCouncil() {
    ItemMetadata meta =
        resolve(
            "minutes.pdf",
            "Limerick City and County Council\n\nMinutes of the Monthly Meeting of the Metropolitan"
                + " District of Limerick held on Monday, 15th June 2020 at 3.00 p.m.");
    assertEquals(
        Optional.of("Metropolitan District of Limerick"), meta.committee().map(Sourced::value));
    assertEquals(Optional.of(LocalDate.of(2020, 6, 15)), meta.date().map(Sourced::value));
    assertEquals(
        Optional.of("Limerick City and County Council"), meta.council().map(Sourced::value));
    assertEquals(DocumentType.MINUTES, meta.type());
    assertEquals(
        "Minutes of the Monthly Meeting of the Metropolitan District of Limerick held on Monday, 15th"
            + " June 2020 at 3.00 p.m.",
        meta.title());
  }

  @Test
  void moderngovItemLinesGiveNumberAndTitleWithoutTheFileSize() {
    ItemMetadata meta =
        resolve("x.txt", "26 Improvement Plan Progress Report PDF 284 KB\nTo provide an update.");
    assertEquals("Improvement Plan Progress Report", meta.title());
    assertEquals(Optional.of("26"), meta.itemNumber());
    assertEquals(Optional.empty(), meta.date());
    assertEquals(Optional.empty(), meta.committee());
  }

  @Test
  void resolutionPreamblesNameTheCommittee() {
    ItemMetadata meta =
        resolve(
            "x.txt", "Minutes:\nRESOLVED:\nThat the Children and Families Committee\n1. Note it.");
    assertEquals(
        Optional.of("Children and Families Committee"), meta.committee().map(Sourced::value));
  }

  @Test
  void aDateInThePathIsUsedOnlyWhenTheTextStatesNone() {
    ItemMetadata fromPath = resolve("parish/minutes-2019-09-03.txt", "Apologies were received.");
    assertEquals(
        Optional.of(
            new Sourced<>(LocalDate.of(2019, 9, 3), Origin.PATH, "parish/minutes-2019-09-03.txt")),
        fromPath.date());
    assertEquals(DocumentType.MINUTES, fromPath.type());
  }

  @Test
  void datesMentionedInPassingAreNotMeetingDates() {
    ItemMetadata meta =
        resolve("x.txt", "The Ofsted Monitoring Visit had taken place on 11/12 December 2017.");
    assertEquals(Optional.empty(), meta.date());
  }

  @Test
  void theManifestOutranksTheText() {
    Manifest.Entry entry =
        new Manifest.Entry(
            "Example Council", "Cabinet", "2021-10-01", "decision", "7", null, "a note");
    ItemMetadata meta =
        MetadataResolver.resolve(
            "x.txt",
            "Meeting: 30/09/2021 - Scrutiny (Item 54)\nText.",
            Optional.of(new Manifest.Described(entry, "minutebook-manifest.yaml")),
            Optional.empty());
    assertEquals(
        Optional.of(
            new Sourced<>("Cabinet", Origin.MANIFEST, "minutebook-manifest.yaml (\"a note\")")),
        meta.committee());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 1)), meta.date().map(Sourced::value));
    assertEquals(Optional.of("7"), meta.itemNumber());
    assertEquals(DocumentType.DECISION, meta.type());
  }

  @Test
  void aFileWithNoUsableTextIsNamedAfterItsFile() {
    assertEquals("budget report", resolve("a/budget_report.pdf", "Agenda item\n").title());
  }

  @Test
  void aCouncilLineNeverRunsIntoTheNextLine() {
    ItemMetadata meta =
        resolve(
            "x.txt", "Stoke Ferry Parish Council\nBoughton Parish Council\nMinutes of the meeting");
    assertEquals(Optional.of("Stoke Ferry Parish Council"), meta.council().map(Sourced::value));
  }
}
