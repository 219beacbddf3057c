package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/** Estimates for documents that state no meeting date: labelled, explained, never guessed. */
class DateEstimatorTest {
  private static Optional<Sourced<LocalDate>> estimate(String source, String text) {
    ItemMetadata meta = MetadataResolverTest.resolve(source, text);
    assertEquals(
        Optional.empty(),
        meta.date().filter(d -> d.origin() != Origin.PATH),
        "an estimate is only made when nothing states the date");
    return meta.estimatedDate();
  }

  @Test
  void theLatestPastEventIsALowerBound() {
    assertEquals(
        Optional.of(
            new Sourced<>(
                LocalDate.of(2025, 8, 1),
                Origin.ESTIMATE,
                "estimated: on or after August 2025, the latest date it mentions (\"August 2025\")")),
        estimate(
            "minutes.txt",
            "The plan after the inspection in February and March 2024. The second monitoring visit"
                + " took place in June 2025, the improvement partner's work in August 2025 and the"
                + " councillor visits in July 2025."));
  }

  @Test
  void eventsInAFutureContextAreNotCounted() {
    assertEquals(
        Optional.of(LocalDate.of(2024, 3, 1)),
        estimate(
                "minutes.txt",
                "The inspection was conducted in February and March 2024. The next visit will take"
                    + " place in June 2026 and a report is due by September 2026.")
            .map(Sourced::value));
  }

  @Test
  void agendasAndReportsLookAheadSoTheirEventsAreNotCounted() {
    assertEquals(
        Optional.empty(),
        estimate(
            "agenda.pdf",
            "AGENDA\nThe consultation ran in October 2025; works follow in July 2026."));
  }

  @Test
  void aTextWithNoYearGetsNoEstimate() {
    assertEquals(
        Optional.empty(),
        estimate(
            "x.txt",
            "The notice had been put in place in May of this year. The Strategic Plan was endorsed"
                + " by Cabinet on 28 October."));
  }

  @Test
  void aHeadingWithoutItsYearTakesTheYearInWhichItsWeekdayFits() {
    Sourced<LocalDate> estimate =
        estimate(
                "x.txt",
                "MINUTES OF PROCEEDINGS OF MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF EXAMPLE HELD"
                    + " IN THE HALL ON THURSDAY 16th FEBRUARY AT 3.00PM.\n\nMinutes of the meeting held"
                    + " on 19th January, 2023 were adopted. The budget for 2023 and 2024 was noted.")
            .orElseThrow();
    assertEquals(LocalDate.of(2023, 2, 16), estimate.value());
    assertEquals(
        "estimated: \"THURSDAY 16th FEBRUARY\" states no year; 16 February fell on a Thursday"
            + " in 2023, a year the text mentions 2 times",
        estimate.evidence());
  }

  @Test
  void aDayWithNoWeekdayTakesTheYearTheTextMentionsMost() {
    assertEquals(
        Optional.of(LocalDate.of(2023, 6, 20)),
        estimate(
                "proces-verbal.pdf",
                "COMITÉ DE DÉMOLITION\nPROCÈS-VERBAL\nSéance publique tenue le 20 juin, à 16h00 à la"
                    + " salle du conseil\nLa demande 2023-0042 déposée en 2023 est acceptée.")
            .map(Sourced::value));
  }

  @Test
  void aPostingDateInThePathStaysTheDateAndTheEstimateIsKeptApart() {
    ItemMetadata meta =
        MetadataResolverTest.resolve(
            "uk_norfolk_parish-council-minutes-4_2005-10-01.txt",
            "Minutes of the September meeting\nMinutes of Wereham Parish Council meeting held on"
                + " Tuesday 13th September\nat 7.30 p.m. in The Village Hall.\nThe minutes of the"
                + " meeting held in July 2005 were signed.");
    assertEquals(
        Optional.of(
            new Sourced<>(LocalDate.of(2005, 10, 1), Origin.PATH, meta.date().get().evidence())),
        meta.date());
    assertEquals(Optional.of(LocalDate.of(2005, 9, 13)), meta.estimatedDate().map(Sourced::value));
  }

  @Test
  void minutesWithNoYearButThePandemicAreOnOrAfterMarch2020() {
    String text =
        "Minutes:\nThe plan was endorsed by Cabinet on 28 October. Schools did well throughout the"
            + " pandemic. The next meeting will be on 3 February.";
    Sourced<LocalDate> estimate =
        DateEstimator.estimate(
                TextHead.of(text),
                text,
                Dates.Order.DAY_FIRST,
                Optional.empty(),
                DocumentType.MINUTES)
            .orElseThrow();
    assertEquals(LocalDate.of(2020, 10, 28), estimate.value());
    assertTrue(
        estimate.evidence().startsWith("estimated: on or after 28 October 2020"),
        estimate.evidence());
    String noPandemic = "Minutes:\nThe plan was endorsed by Cabinet on 28 October.";
    assertEquals(
        Optional.empty(),
        DateEstimator.estimate(
            TextHead.of(noPandemic),
            noPandemic,
            Dates.Order.DAY_FIRST,
            Optional.empty(),
            DocumentType.MINUTES));
  }
}
