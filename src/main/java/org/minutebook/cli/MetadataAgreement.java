package org.minutebook.cli;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.minutebook.ingest.Dates;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Compares the council and meeting date Minutebook resolves for each file with a provenance
 * manifest ({@code MANIFEST.tsv}: file, council_or_body, committee_or_meeting, meeting_date,
 * notes). The manifest is what a person recorded about where each file came from; it is never an
 * input to indexing. Pure functions, so that every rule is unit-tested.
 */
final class MetadataAgreement {
  /** The rule for which rows are minutes, printed with the summary. */
  static final String MINUTES_RULE =
      "a file counts as minutes when the manifest describes it so: its file name or its"
          + " committee_or_meeting column says \"minutes\" or \"procès-verbal\", and it is not a"
          + " listing or index page";

  /** The rule for comparing council names, printed with the summary. */
  static final String COUNCIL_RULE =
      "exact: the same words, ignoring case, spacing and a note in brackets; normalised: after dropping accents,"
          + " punctuation, notes in brackets, US state names and abbreviations, and the words"
          + " council, borough, city, county, parish, town, district, royal, london, of, the, and,"
          + " the words of one name include all the words of the other";

  /** One row of the manifest. */
  record ManifestRow(
      String file, String council, String committeeOrMeeting, String meetingDate, String notes) {}

  /** What a meeting_date cell says. */
  enum DateKind {
    /** A day: "2019-09-03", "21 September 2017 (adopted at meeting 2017-10-19)". */
    DAY,
    /** "(posted 2005-02-01)": when the file was posted, not when the meeting was held. */
    POSTED,
    /** Only a year or a month: "2019", "2022-11 (Tuesday)". */
    PERIOD,
    /** Nothing. */
    NONE
  }

  /**
   * A meeting_date cell read.
   *
   * @param first the day (or the first day of a range or period)
   * @param last the last day of a range or period, else {@code first}
   */
  record DateCell(DateKind kind, Optional<LocalDate> first, Optional<LocalDate> last) {
    boolean contains(LocalDate date) {
      return first.isPresent() && !date.isBefore(first.get()) && !date.isAfter(last.get());
    }
  }

  /** How a value compares. */
  enum Verdict {
    AGREE,
    AGREE_NORMALISED,
    DISAGREE,
    /** The manifest has a value and we have none. */
    MISSING,
    /** Nothing to compare: the manifest has no comparable value. */
    NOT_COMPARED
  }

  /**
   * What Minutebook resolved for one file.
   *
   * @param read whether the file was indexed at all
   */
  record Ours(
      boolean read,
      Optional<Sourced<String>> council,
      Optional<Sourced<LocalDate>> date,
      Optional<Sourced<LocalDate>> estimate,
      Optional<DocumentType> type) {
    static final Ours UNREAD =
        new Ours(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** One file compared. */
  record Row(
      ManifestRow manifest,
      Ours ours,
      boolean minutes,
      DateCell date,
      Verdict dateVerdict,
      Verdict councilVerdict) {}

  private static final Pattern POSTED = Pattern.compile("^\\(posted\\s+([^)]*)\\)$");
  private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:\\s.*)?$");
  private static final Pattern MINUTES =
      Pattern.compile("minutes|procès-verbal|proces-verbal", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_MINUTES =
      Pattern.compile("listing|index", Pattern.CASE_INSENSITIVE);
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "council",
          "borough",
          "city",
          "county",
          "parish",
          "town",
          "district",
          "royal",
          "london",
          "of",
          "the",
          "and",
          "upon");
  private static final Set<String> US_STATES =
      Set.of(
          "ca",
          "il",
          "oh",
          "or",
          "mi",
          "ny",
          "tx",
          "california",
          "illinois",
          "ohio",
          "oregon",
          "michigan");

  private MetadataAgreement() {}

  /** Reads a tab-separated manifest with a header row. */
  static List<ManifestRow> read(Reader tsv) throws IOException {
    CSVFormat format =
        CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
    List<ManifestRow> rows = new ArrayList<>();
    for (CSVRecord r : format.parse(tsv)) {
      rows.add(
          new ManifestRow(
              cell(r, "file"),
              cell(r, "council_or_body"),
              cell(r, "committee_or_meeting"),
              cell(r, "meeting_date"),
              cell(r, "notes")));
    }
    return rows;
  }

  private static String cell(CSVRecord r, String column) {
    return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
  }

  /** Reads a meeting_date cell. */
  static DateCell dateCell(String cell) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return new DateCell(DateKind.NONE, Optional.empty(), Optional.empty());
    }
    Matcher posted = POSTED.matcher(text);
    if (posted.matches()) {
      Optional<LocalDate> day = Dates.parse(posted.group(1));
      return new DateCell(DateKind.POSTED, day, day);
    }
    String lead = text.replaceFirst("\\s*\\(.*$", "");
    Optional<Dates.Found> found = Dates.first(lead);
    if (found.isPresent() && found.get().start() == 0) {
      return new DateCell(
          DateKind.DAY, Optional.of(found.get().date()), Optional.of(found.get().last()));
    }
    Matcher period = YEAR_MONTH.matcher(text);
    if (period.matches()) {
      int year = Integer.parseInt(period.group(1));
      LocalDate first =
          period.group(2) == null
              ? LocalDate.of(year, 1, 1)
              : LocalDate.of(year, Integer.parseInt(period.group(2)), 1);
      LocalDate last =
          period.group(2) == null
              ? LocalDate.of(year, 12, 31)
              : first.withDayOfMonth(first.lengthOfMonth());
      return new DateCell(DateKind.PERIOD, Optional.of(first), Optional.of(last));
    }
    return new DateCell(DateKind.NONE, Optional.empty(), Optional.empty());
  }

  /** Whether the manifest describes the row as minutes ({@link #MINUTES_RULE}). */
  static boolean isMinutes(ManifestRow row) {
    String described = row.file() + " " + row.committeeOrMeeting();
    return MINUTES.matcher(described).find() && !NOT_MINUTES.matcher(described).find();
  }

  /** Compares our date with a DAY cell; other cells are not compared. */
  static Verdict compareDate(DateCell cell, Optional<Sourced<LocalDate>> ours) {
    if (cell.kind() != DateKind.DAY) {
      return Verdict.NOT_COMPARED;
    }
    if (ours.isEmpty()) {
      return Verdict.MISSING;
    }
    return cell.contains(ours.get().value()) ? Verdict.AGREE : Verdict.DISAGREE;
  }

  /** Compares council names by {@link #COUNCIL_RULE}. */
  static Verdict compareCouncil(String manifest, Optional<Sourced<String>> ours) {
    if (manifest.isBlank()) {
      return Verdict.NOT_COMPARED;
    }
    if (ours.isEmpty()) {
      return Verdict.MISSING;
    }
    String value = ours.get().value();
    if (flat(manifest).equals(flat(value))) {
      return Verdict.AGREE;
    }
    Set<String> a = words(manifest);
    Set<String> b = words(value);
    boolean contained = !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    return contained ? Verdict.AGREE_NORMALISED : Verdict.DISAGREE;
  }

  private static String flat(String name) {
    return name.replaceAll("\\([^)]*\\)", " ")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /** The distinctive words of a council's name, for the normalised comparison. */
  static Set<String> words(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("\\([^)]*\\)", " ")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ");
    return Arrays.stream(plain.split(" "))
        .filter(w -> !w.isBlank() && !GENERIC_WORDS.contains(w) && !US_STATES.contains(w))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Compares one file. */
  static Row compare(ManifestRow manifest, Ours ours) {
    DateCell cell = dateCell(manifest.meetingDate());
    return new Row(
        manifest,
        ours,
        isMinutes(manifest),
        cell,
        compareDate(cell, ours.date()),
        compareCouncil(manifest.council(), ours.council()));
  }

  /** Whether our date was stated by the text or a manifest (not only the file's path). */
  static boolean statedByText(Ours ours) {
    return ours.date().filter(d -> d.origin() != Origin.PATH).isPresent();
  }
}
