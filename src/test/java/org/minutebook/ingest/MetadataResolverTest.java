package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Precedence and provenance: manifest, then text, then path, then inference, then file metadata.
 */
class MetadataResolverTest {
  static ItemMetadata resolve(String source, String text) {
    return MetadataResolver.resolve(source, text, Optional.empty(), EmbeddedMetadata.NONE);
  }

  private static ItemMetadata resolve(String source, String text, Manifest.Entry entry) {
    return MetadataResolver.resolve(
        source,
        text,
        Optional.of(new Manifest.Described(entry, "minutebook-manifest.yaml")),
        EmbeddedMetadata.NONE);
  }

  private static ItemMetadata withTitle(String source, String text, String title) {
    return MetadataResolver.resolve(
        source, text, Optional.empty(), EmbeddedMetadata.ofTitle(Optional.of(title)));
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
    assertEquals(Optional.empty(), meta.estimatedDate());
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
  void aResolutionToTheCommitteeNamesNoCommittee() {
    ItemMetadata meta = resolve("x.txt", "Minutes:\nRESOLVED:\nThat the Committee\n1. Note it.");
    assertEquals(Optional.empty(), meta.committee());
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
  void theTextOutranksAPostingDateInThePath() {
    ItemMetadata meta =
        resolve(
            "uk_parish_minutes-of-the-january-meeting_2005-02-01.txt",
            "---\ntitle: \"Minutes of the January meeting\"\ndate: \"2005-02-01\"\n---\n"
                + "Minutes of the Meeting of the Wereham Parish Council\nHeld on Tuesday 11th"
                + " January 2005\nIn The Village Hall at 7.30p.m.");
    assertEquals(Optional.of(LocalDate.of(2005, 1, 11)), meta.date().map(Sourced::value));
    assertEquals(Optional.of(Origin.TEXT), meta.date().map(Sourced::origin));
    assertEquals(Optional.of("Wereham Parish Council"), meta.council().map(Sourced::value));
    assertEquals(Optional.of("Parish Council"), meta.committee().map(Sourced::value));
    assertEquals("Minutes of the January meeting", meta.title());
  }

  @Test
  void datesMentionedInPassingAreNotMeetingDates() {
    ItemMetadata meta =
        resolve(
            "minutes.txt", "The Ofsted Monitoring Visit had taken place on 11/12 December 2017.");
    assertEquals(Optional.empty(), meta.date());
    assertEquals(
        Optional.of(
            new Sourced<>(
                LocalDate.of(2017, 12, 12),
                Origin.ESTIMATE,
                "estimated: on or after 12 December 2017, the latest date it mentions"
                    + " (\"11/12 December 2017\")")),
        meta.estimatedDate());
  }

  @Test
  void theManifestOutranksTheText() {
    Manifest.Entry entry =
        new Manifest.Entry(
            "Example Council", "Cabinet", "2021-10-01", "decision", "7", null, "a note");
    ItemMetadata meta = resolve("x.txt", "Meeting: 30/09/2021 - Scrutiny (Item 54)\nText.", entry);
    assertEquals(
        Optional.of(
            new Sourced<>("Cabinet", Origin.MANIFEST, "minutebook-manifest.yaml (\"a note\")")),
        meta.committee());
    assertEquals(Optional.of(LocalDate.of(2021, 10, 1)), meta.date().map(Sourced::value));
    assertEquals(Optional.of("7"), meta.itemNumber());
    assertEquals(DocumentType.DECISION, meta.type());
    assertEquals(Optional.empty(), meta.estimatedDate());
  }

  @Test
  void anInferenceIsLabelledAndLosesToWhatTheTextStates() {
    Manifest.Inference inference =
        new Manifest.Inference(null, "Children and Families Committee", "same series as 001");
    Manifest.Entry entry = new Manifest.Entry(null, null, null, null, null, null, null, inference);
    ItemMetadata silent = resolve("x.txt", "Minutes:\nThe Committee received an update.", entry);
    assertEquals(
        Optional.of(
            new Sourced<>(
                "Children and Families Committee",
                Origin.INFERRED,
                "minutebook-manifest.yaml (inferred: \"same series as 001\")")),
        silent.committee());
    ItemMetadata stating =
        resolve("x.txt", "Minutes:\nRESOLVED:\nThat the Audit Committee\n1. Note it.", entry);
    assertEquals(
        Optional.of(new Sourced<>("Audit Committee", Origin.TEXT, "\"That the Audit Committee\"")),
        stating.committee());
  }

  @Test
  void theFilesOwnTitleIsTheLastResortForCouncilAndCommittee() {
    ItemMetadata fromTitle = withTitle("doc.pdf", "garbled text", "HORSLEY PARISH COUNCIL");
    assertEquals(
        Optional.of(
            new Sourced<>(
                "Horsley Parish Council",
                Origin.FILE_METADATA,
                "title \"HORSLEY PARISH COUNCIL\"")),
        fromTitle.council());
    ItemMetadata page =
        withTitle(
            "page.html",
            "Welcome",
            "Agenda for Kingston and North Kingston Neighbourhood Committee on Thursday 15 January"
                + " 2026, 7:30 pm - Modern Council");
    assertEquals(
        Optional.of("Kingston and North Kingston Neighbourhood Committee"),
        page.committee().map(Sourced::value));
    assertEquals(Optional.of(Origin.FILE_METADATA), page.committee().map(Sourced::origin));
    // A title's date is never taken: titles are carried over from templates.
    assertEquals(Optional.empty(), page.date());
    ItemMetadata stated =
        withTitle(
            "doc.pdf", "Newbiggin Parish Council - 3rd September 2019", "Milburn Parish Council");
    assertEquals(Optional.of("Newbiggin Parish Council"), stated.council().map(Sourced::value));
  }

  @Test
  void anEstimateIsNeverTheDate() {
    ItemMetadata meta =
        resolve(
            "minutes.txt",
            "The improvement plan after the inspection conducted in February and March 2024.\n"
                + "The next monitoring visit would take place in June.");
    assertEquals(Optional.empty(), meta.date());
    Sourced<LocalDate> estimate = meta.estimatedDate().orElseThrow();
    assertEquals(LocalDate.of(2024, 3, 1), estimate.value());
    assertEquals(Origin.ESTIMATE, estimate.origin());
    assertTrue(estimate.evidence().startsWith("estimated: on or after March 2024"));
    assertTrue(estimate.provenance().startsWith("estimate: estimated:"));
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
