package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // UK and Irish forms: day first, ordinals, weekdays, "of", commas, capitals.
        "Tuesday 3rd September 2019 | 2019-09-03",
        "held on 3 September 2019 at 7pm | 2019-09-03",
        "the 21st of June 2023 | 2023-06-21",
        "ON THURSDAY, 17TH JUNE, 2021 AT 4.30 P.M. | 2021-06-17",
        "ON MONDAY, 15th JUNE, 2020 at 09:45 A.M. | 2020-06-15",
        "Newbiggin Parish Council - 3  rd   September 2019 | 2019-09-03",
        "WAS HELD THIS 12TH DAY OF JANUARY, 2011 AT 9:30 A.M. | 2011-01-12",
        "17th-June-2024 | 2024-06-17",
        "Meeting: 30/09/2021 - Cabinet | 2021-09-30",
        "30.09.2021 | 2021-09-30",
        "minutes of the 12/05/08 were confirmed | 2008-05-12",
        // Marks OCR leaves where an ordinal was.
        "ON THURSDAY, 15™ OCTOBER, 2020, AT 3.30 P.M. | 2020-10-15",
        "ON WEDNESDAY, 7\" DECEMBER, 2016, AT 10:00 A.M. | 2016-12-07",
        "ON THURSDAY, 21% JULY, 2016 AT 3.30 P.M. | 2016-07-21",
        // Ranges are read as their first day.
        "Monitoring Visit that had taken place on 11/12 December 2017 | 2017-12-11",
        "the Ofsted focus visit on 7 - 8 July 2021 | 2021-07-07",
        "January 26-27, 2011 | 2011-01-26",
        // US forms: month first.
        "September 3, 2019 | 2019-09-03",
        "Sept. 3rd 2019 | 2019-09-03",
        "Thursday, November 10, 2022, at 06:00 P.M. | 2022-11-10",
        "Monday, November 4th, 2019 | 2019-11-04",
        "Minutes from 11/30/17 meeting | 2017-11-30",
        "REVISED 4/23/19 | 2019-04-23",
        // French.
        "Séance publique tenue le 20 juin 2023, à 16h00 | 2023-06-20",
        "le 1er août 2022 | 2022-08-01",
        "LE 3 DÉCEMBRE 2019 | 2019-12-03",
        // ISO, also inside file names.
        "uk_merton_audit_committee_agenda_2009-10-22.pdf | 2009-10-22",
        "minutes-2019-09-03.txt | 2019-09-03",
        "Dec 1 2020 and 5 January 2021 | 2020-12-01",
      })
  void findsTheFirstDateInEveryForm(String text, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), Dates.first(text).map(Dates.Found::date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no date here",
        "31/02/2021",
        "item 19/0456 on the agenda",
        "in 2024 and 2025",
        "32 March 2020",
        "1 January 1066",
        "15.11.1  Apologies",
        "17.03.02 Register of Interests",
        "Estimated Accounts - 2016/17",
        "in May 2016",
      })
  void findsNothingWhereNoValidDateIsStated(String text) {
    assertEquals(Optional.empty(), Dates.first(text));
  }

  @Test
  void aRangeKnowsItsLastDay() {
    Dates.Found range = Dates.first("the visit of 11/12 December 2017").orElseThrow();
    assertEquals(LocalDate.of(2017, 12, 11), range.date());
    assertEquals(LocalDate.of(2017, 12, 12), range.last());
    assertEquals("11/12 December 2017", range.text());
    Dates.Found us = Dates.first("January 26-27, 2011").orElseThrow();
    assertEquals(LocalDate.of(2011, 1, 27), us.last());
  }

  @Test
  void numericDatesFollowTheDocumentsOrderUnlessANumberCanOnlyBeADay() {
    assertEquals(
        LocalDate.of(2020, 5, 4), Dates.first("04/05/2020", Dates.Order.DAY_FIRST).get().date());
    assertEquals(
        LocalDate.of(2020, 4, 5), Dates.first("04/05/2020", Dates.Order.MONTH_FIRST).get().date());
    assertEquals(
        LocalDate.of(2019, 4, 23), Dates.first("4/23/2019", Dates.Order.DAY_FIRST).get().date());
    assertEquals(
        LocalDate.of(2021, 9, 30), Dates.first("30/09/2021", Dates.Order.MONTH_FIRST).get().date());
  }

  @Test
  void allListsEveryDateInOrderWithoutOverlaps() {
    List<Dates.Found> all =
        Dates.all(
            "Held on 3 May 2016; minutes of 12/04/2016 and 2016-03-01.", Dates.Order.DAY_FIRST);
    assertEquals(
        List.of(LocalDate.of(2016, 5, 3), LocalDate.of(2016, 4, 12), LocalDate.of(2016, 3, 1)),
        all.stream().map(Dates.Found::date).toList());
  }

  @Test
  void dateOrderIsDecidedByEvidenceInTheDocument() {
    assertEquals(
        Dates.Order.MONTH_FIRST,
        DateOrder.of(
            "City Council Chambers, Burbank, CA 91502\nNovember 10, 2022\nItem 05/06/2022"));
    assertEquals(Dates.Order.MONTH_FIRST, DateOrder.of("Minutes from 11/30/17 meeting approved"));
    assertEquals(
        Dates.Order.DAY_FIRST,
        DateOrder.of("Stoke Ferry Parish Council\nheld on 3 May 2016\nCllr Smith, 05/06/2016"));
    assertEquals(Dates.Order.DAY_FIRST, DateOrder.of("Meeting: 30/09/2021 - Cabinet"));
    assertEquals(Dates.Order.DAY_FIRST, DateOrder.of("no evidence at all: 04/05/2020"));
  }
}
