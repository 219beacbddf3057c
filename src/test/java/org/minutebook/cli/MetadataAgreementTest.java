package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minutebook.cli.MetadataAgreement.DateCell;
import org.minutebook.cli.MetadataAgreement.DateKind;
import org.minutebook.cli.MetadataAgreement.ManifestRow;
import org.minutebook.cli.MetadataAgreement.Verdict;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/** How check-metadata reads a provenance manifest and compares it with what was resolved. */
class MetadataAgreementTest {
  private static Optional<Sourced<String>> ours(String council) {
    return Optional.of(new Sourced<>(council, Origin.TEXT, "\"" + council + "\""));
  }

  private static Optional<Sourced<LocalDate>> on(String date) {
    return Optional.of(new Sourced<>(LocalDate.parse(date), Origin.TEXT, "x"));
  }

  @Test
  void readsTheManifestsColumnsByName() throws IOException {
    String tsv =
        "file\tsource_repo\tcouncil_or_body\tcommittee_or_meeting\tmeeting_date\tnotes\n"
            + "a.pdf\trepo\tMilburn Parish Council (Cumbria)\tParish Council meeting minutes"
            + "\t2019-09-03\t2 pages\n"
            + "b.txt\trepo\tWereham Parish Council\tParish council minutes: \"January\"\t"
            + "(posted 2005-02-01)\t\n";
    List<ManifestRow> rows = MetadataAgreement.read(new StringReader(tsv));
    assertEquals(
        new ManifestRow(
            "a.pdf",
            "Milburn Parish Council (Cumbria)",
            "Parish Council meeting minutes",
            "2019-09-03",
            "2 pages"),
        rows.get(0));
    assertEquals("Parish council minutes: \"January\"", rows.get(1).committeeOrMeeting());
  }

  @Test
  void meetingDateCellsAreDaysPostingDatesPeriodsOrNothing() {
    assertEquals(
        new DateCell(
            DateKind.DAY,
            Optional.of(LocalDate.of(2019, 9, 3)),
            Optional.of(LocalDate.of(2019, 9, 3))),
        MetadataAgreement.dateCell("2019-09-03"));
    assertEquals(
        Optional.of(LocalDate.of(2017, 9, 21)),
        MetadataAgreement.dateCell("21 September 2017 (adopted at meeting 2017-10-19)").first());
    assertEquals(DateKind.POSTED, MetadataAgreement.dateCell("(posted 2005-02-01)").kind());
    DateCell month = MetadataAgreement.dateCell("2022-11 (Tuesday)");
    assertEquals(DateKind.PERIOD, month.kind());
    assertTrue(month.contains(LocalDate.of(2022, 11, 1)));
    assertFalse(month.contains(LocalDate.of(2022, 12, 1)));
    assertEquals(DateKind.PERIOD, MetadataAgreement.dateCell("2019").kind());
    assertEquals(DateKind.NONE, MetadataAgreement.dateCell("").kind());
    DateCell range = MetadataAgreement.dateCell("11/12 December 2017");
    assertEquals(Verdict.AGREE, MetadataAgreement.compareDate(range, on("2017-12-12")));
  }

  @Test
  void datesAgreeOnlyWithADayAndPostingDatesAreNotCompared() {
    DateCell day = MetadataAgreement.dateCell("2019-09-03");
    assertEquals(Verdict.AGREE, MetadataAgreement.compareDate(day, on("2019-09-03")));
    assertEquals(Verdict.DISAGREE, MetadataAgreement.compareDate(day, on("2019-09-04")));
    assertEquals(Verdict.MISSING, MetadataAgreement.compareDate(day, Optional.empty()));
    assertEquals(
        Verdict.NOT_COMPARED,
        MetadataAgreement.compareDate(
            MetadataAgreement.dateCell("(posted 2005-02-01)"), on("2005-02-01")));
  }

  @Test
  void councilsAgreeExactlyOrOnceNormalised() {
    assertEquals(
        Verdict.AGREE,
        MetadataAgreement.compareCouncil(
            "Milburn Parish Council (Cumbria)", ours("MILBURN  parish council")));
    assertEquals(
        Verdict.AGREE_NORMALISED,
        MetadataAgreement.compareCouncil(
            "Royal Borough of Kingston upon Thames",
            ours("Royal Borough of Kingston upon Thames Council")));
    assertEquals(
        Verdict.AGREE_NORMALISED,
        MetadataAgreement.compareCouncil("London Borough of Merton", ours("Merton Council")));
    assertEquals(
        Verdict.AGREE_NORMALISED,
        MetadataAgreement.compareCouncil(
            "City of Baldwin Park, CA", ours("Baldwin Park City Council")));
    assertEquals(
        Verdict.DISAGREE,
        MetadataAgreement.compareCouncil("Wereham Parish Council", ours("Wretton Parish Council")));
    assertEquals(Verdict.MISSING, MetadataAgreement.compareCouncil("Merton", Optional.empty()));
    assertEquals(Verdict.NOT_COMPARED, MetadataAgreement.compareCouncil("", ours("Merton")));
    assertEquals(
        Set.of("limerick"), MetadataAgreement.words("Limerick City & County Council (Ireland)"));
  }

  @Test
  void minutesAreWhatTheManifestDescribesAsMinutes() {
    assertTrue(
        MetadataAgreement.isMinutes(
            new ManifestRow("uk_pc_minutes_2019.pdf", "X", "Parish Council meeting", "", "")));
    assertTrue(
        MetadataAgreement.isMinutes(
            new ManifestRow("ca_proces-verbal.pdf", "X", "Comité - procès-verbal", "", "")));
    assertFalse(
        MetadataAgreement.isMinutes(
            new ManifestRow("board_minutes_listing.html", "X", "minutes listing page", "", "")));
    assertFalse(
        MetadataAgreement.isMinutes(new ManifestRow("agenda.pdf", "X", "Board agenda", "", "")));
  }
}
