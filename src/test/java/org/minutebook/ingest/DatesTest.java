package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Tuesday 3rd September 2019 | 2019-09-03",
        "held on 3 September 2019 at 7pm | 2019-09-03",
        "the 21st of June 2023 | 2023-06-21",
        "Monitoring Visit that had taken place on 11/12 December 2017 | 2017-12-11",
        "the Ofsted focus visit on 7 - 8 July 2021 | 2021-07-07",
        "17th-June-2024 | 2024-06-17",
        "September 3, 2019 | 2019-09-03",
        "Sept. 3rd 2019 | 2019-09-03",
        "Meeting: 30/09/2021 - Cabinet | 2021-09-30",
        "30.09.2021 | 2021-09-30",
        "uk_merton_audit_committee_agenda_2009-10-22.pdf | 2009-10-22",
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
      })
  void findsNothingWhereNoValidDateIsStated(String text) {
    assertEquals(Optional.empty(), Dates.first(text));
  }
}
