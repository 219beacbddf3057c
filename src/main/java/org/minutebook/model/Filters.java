package org.minutebook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Restrictions shared by search and timelines. Several values of one facet are alternatives (OR);
 * different facets must all hold (AND). Years are meeting years; {@code from} and {@code to} are
 * inclusive dates. Sections are section kinds ("resolved", "discussion"…) an item must have;
 * records are kinds of knowledge record ("decision", "commitment", "question", "inspection") it
 * must hold.
 */
public record Filters(
    List<String> committees,
    List<String> councils,
    List<String> themes,
    List<String> types,
    List<String> years,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    List<String> sections,
    List<String> records) {

  /** The kinds of knowledge record there are. */
  public static final List<String> RECORD_KINDS =
      List.of("decision", "commitment", "question", "inspection");

  public static final Filters NONE =
      new Filters(
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of());

  public Filters {
    committees = List.copyOf(committees);
    councils = List.copyOf(councils);
    themes = List.copyOf(themes);
    types = List.copyOf(types);
    years = List.copyOf(years);
    sections = List.copyOf(sections);
    sections.forEach(SectionKind::fromLabel);
    records = List.copyOf(records);
    for (String record : records) {
      if (!RECORD_KINDS.contains(record)) {
        throw new IllegalArgumentException(
            "record must be one of " + String.join(", ", RECORD_KINDS) + " (was '" + record + "')");
      }
    }
    for (String year : years) {
      if (!year.matches("\\d{4}")) {
        throw new IllegalArgumentException("year must be four digits (was '" + year + "')");
      }
    }
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException(
          "'from' (" + from.get() + ") is after 'to' (" + to.get() + ")");
    }
  }

  /** Without a section restriction. */
  public Filters(
      List<String> committees,
      List<String> councils,
      List<String> themes,
      List<String> types,
      List<String> years,
      Optional<LocalDate> from,
      Optional<LocalDate> to) {
    this(committees, councils, themes, types, years, from, to, List.of(), List.of());
  }

  /** Without a record restriction. */
  public Filters(
      List<String> committees,
      List<String> councils,
      List<String> themes,
      List<String> types,
      List<String> years,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      List<String> sections) {
    this(committees, councils, themes, types, years, from, to, sections, List.of());
  }

  /** The same filters with one more theme. */
  public Filters withTheme(String themeId) {
    List<String> more = new java.util.ArrayList<>(themes);
    more.add(themeId);
    return new Filters(committees, councils, more, types, years, from, to, sections, records);
  }

  /** The same filters, restricted to these committees. */
  public Filters withCommittees(List<String> values) {
    return new Filters(values, councils, themes, types, years, from, to, sections, records);
  }

  /** The same filters, restricted to these meeting years. */
  public Filters withYears(List<String> values) {
    return new Filters(committees, councils, themes, types, values, from, to, sections, records);
  }

  /** The same filters with these themes instead. */
  public Filters withThemes(List<String> values) {
    return new Filters(committees, councils, values, types, years, from, to, sections, records);
  }

  /** The same filters, restricted to items with sections of these kinds. */
  public Filters withSections(List<String> values) {
    return new Filters(committees, councils, themes, types, years, from, to, values, records);
  }

  /** The same filters, restricted to items holding records of these kinds. */
  public Filters withRecords(List<String> values) {
    return new Filters(committees, councils, themes, types, years, from, to, sections, values);
  }

  /** The same filters, restricted to meetings between these dates (inclusive). */
  public Filters withDates(Optional<LocalDate> first, Optional<LocalDate> last) {
    return new Filters(committees, councils, themes, types, years, first, last, sections, records);
  }
}
