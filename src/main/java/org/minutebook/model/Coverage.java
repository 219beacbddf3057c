package org.minutebook.model;

import java.util.List;
import java.util.Map;

/**
 * What an index covers and what it could not: the answer of {@code /api/coverage}. Field names are
 * part of the public JSON API.
 *
 * @param files every file of the corpus at the last indexing run
 * @param statuses files per status label ("indexed", "empty", "corrupt", ...)
 * @param failures every file that was not indexed, with its reason
 * @param councils councils with their item counts
 * @param committees committees with their item counts
 * @param dateRange the span of stated meeting dates
 * @param years items per meeting year, oldest first (undated items are in none)
 * @param table what is indexed per council, committee and year
 */
public record Coverage(
    int files,
    Map<String, Integer> statuses,
    List<Failure> failures,
    List<FacetValue> councils,
    List<FacetValue> committees,
    DateRange dateRange,
    List<FacetValue> years,
    List<Row> table) {

  /** A file that was not indexed. */
  public record Failure(String source, String status, String reason) {}

  /**
   * The first and last stated meeting dates (ISO, or null when none), and how many items have one.
   */
  public record DateRange(String from, String to, long dated, long undated) {}

  /**
   * The items and meetings (files) of one committee of one council in one year. Council, committee
   * and year are null when unknown; rows are in that order, unknowns last.
   */
  public record Row(String council, String committee, String year, long items, long meetings) {}
}
