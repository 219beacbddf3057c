package org.minutebook.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.minutebook.cli.MetadataAgreement.DateKind;
import org.minutebook.cli.MetadataAgreement.Row;
import org.minutebook.cli.MetadataAgreement.Verdict;
import org.minutebook.model.DocumentType;
import org.minutebook.model.IngestReport;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/** Prints what {@code check-metadata} found: a line per file and field, and the summary. */
final class AgreementReport {
  /** The share of minutes whose date must agree (issue 3's target). */
  static final double DATE_TARGET = 0.90;

  private AgreementReport() {}

  /** One line per file and field: file, field, manifest value, ours, origin, verdict. */
  static void printRows(List<Row> rows, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-60s %-8s %-40s %-40s %-14s %s%n",
        "file",
        "field",
        "manifest",
        "ours",
        "origin",
        "verdict");
    for (Row row : rows) {
      String file = shorten(row.manifest().file(), 60);
      out.printf(
          Locale.ROOT,
          "%-60s %-8s %-40s %-40s %-14s %s%n",
          file,
          "date",
          shorten(row.manifest().meetingDate(), 40),
          row.ours().date().map(d -> d.value().toString()).orElse(estimateOrDash(row)),
          row.ours()
              .date()
              .map(d -> d.origin().label())
              .orElse(row.ours().read() ? "" : "not read"),
          label(row.dateVerdict()));
      out.printf(
          Locale.ROOT,
          "%-60s %-8s %-40s %-40s %-14s %s%n",
          "",
          "council",
          shorten(row.manifest().council(), 40),
          shorten(row.ours().council().map(Sourced::value).orElse("-"), 40),
          row.ours().council().map(c -> c.origin().label()).orElse(""),
          label(row.councilVerdict()));
    }
    out.println();
  }

  private static String estimateOrDash(Row row) {
    return row.ours().estimate().map(e -> "~" + e.value() + " (estimate)").orElse("-");
  }

  /** The summary: how many files, and how many agree, for all files and for minutes. */
  static void printSummary(List<Row> rows, IngestReport report, String manifest, PrintWriter out) {
    long read = rows.stream().filter(r -> r.ours().read()).count();
    List<Row> minutes = rows.stream().filter(Row::minutes).toList();
    long typedMinutes =
        minutes.stream()
            .filter(r -> r.ours().type().equals(Optional.of(DocumentType.MINUTES)))
            .count();
    out.printf(
        Locale.ROOT,
        "Compared %d files of %s with what Minutebook resolves (%d read; %d files in the corpus,"
            + " %d items).%n",
        rows.size(),
        manifest,
        read,
        report.files().size(),
        report.items());
    out.printf(
        Locale.ROOT,
        "Minutes: %s. That is %d files; Minutebook types %d of them as minutes.%n%n",
        MetadataAgreement.MINUTES_RULE,
        minutes.size(),
        typedMinutes);
    printDates(rows, minutes, out);
    printCouncils(rows, minutes, out);
  }

  private static void printDates(List<Row> all, List<Row> minutes, PrintWriter out) {
    out.printf(
        Locale.ROOT, "%-58s %7s %8s%n", "Meeting date (manifest meeting_date)", "all", "minutes");
    line(out, "files", all, minutes, r -> true);
    Predicate<Row> day = r -> r.date().kind() == DateKind.DAY;
    line(out, "the manifest states a day", all, minutes, day);
    line(out, "  we state a date", all, minutes, day.and(r -> r.ours().date().isPresent()));
    for (Origin origin : Origin.values()) {
      Predicate<Row> from =
          day.and(r -> r.ours().date().map(Sourced::origin).equals(Optional.of(origin)));
      if (all.stream().anyMatch(from)) {
        line(out, "    from the " + origin.label(), all, minutes, from);
      }
    }
    line(out, "  agree", all, minutes, r -> r.dateVerdict() == Verdict.AGREE);
    line(out, "  disagree", all, minutes, r -> r.dateVerdict() == Verdict.DISAGREE);
    line(out, "  we state none", all, minutes, r -> r.dateVerdict() == Verdict.MISSING);
    line(
        out,
        "  we state none but estimate one",
        all,
        minutes,
        r -> r.dateVerdict() == Verdict.MISSING && r.ours().estimate().isPresent());
    line(
        out,
        "    the estimate is the manifest's day",
        all,
        minutes,
        r -> r.dateVerdict() == Verdict.MISSING && estimateIn(r));
    Predicate<Row> posted = r -> r.date().kind() == DateKind.POSTED;
    line(out, "\"(posted …)\": a posting date, not compared", all, minutes, posted);
    line(
        out,
        "  we state a meeting date from the text",
        all,
        minutes,
        posted.and(r -> MetadataAgreement.statedByText(r.ours())));
    line(
        out,
        "    on or before the posting date",
        all,
        minutes,
        posted
            .and(r -> MetadataAgreement.statedByText(r.ours()))
            .and(AgreementReport::notAfterPosting));
    line(
        out,
        "  we have only the path's (posting) date",
        all,
        minutes,
        posted.and(r -> onlyPath(r)));
    line(
        out,
        "  we estimate a date",
        all,
        minutes,
        posted.and(r -> r.ours().estimate().isPresent()));
    Predicate<Row> period = r -> r.date().kind() == DateKind.PERIOD;
    line(
        out,
        "a year or month only: our date falls in it",
        all,
        minutes,
        period.and(r -> r.ours().date().filter(d -> r.date().contains(d.value())).isPresent()));
    line(out, "  of", all, minutes, period);
    long dayMinutes = minutes.stream().filter(day).count();
    long agreeMinutes = minutes.stream().filter(r -> r.dateVerdict() == Verdict.AGREE).count();
    boolean met = dayMinutes > 0 && agreeMinutes >= Math.ceil(DATE_TARGET * dayMinutes);
    out.printf(
        Locale.ROOT,
        "Minutes that agree on date: %d of %d (%s); target %.0f %%: %s.%n%n",
        agreeMinutes,
        dayMinutes,
        CheckMetadataCommand.percent(agreeMinutes, dayMinutes),
        DATE_TARGET * 100,
        met ? "met" : "NOT met");
  }

  private static void printCouncils(List<Row> all, List<Row> minutes, PrintWriter out) {
    out.printf(
        Locale.ROOT, "%-58s %7s %8s%n", "Council (manifest council_or_body)", "all", "minutes");
    Predicate<Row> named = r -> r.councilVerdict() != Verdict.NOT_COMPARED;
    line(out, "the manifest names one", all, minutes, named);
    line(out, "  we state one", all, minutes, named.and(r -> r.ours().council().isPresent()));
    line(out, "  agree exactly", all, minutes, r -> r.councilVerdict() == Verdict.AGREE);
    line(
        out,
        "  agree normalised (including exactly)",
        all,
        minutes,
        r -> r.councilVerdict() == Verdict.AGREE || r.councilVerdict() == Verdict.AGREE_NORMALISED);
    line(out, "  disagree", all, minutes, r -> r.councilVerdict() == Verdict.DISAGREE);
    line(out, "  we state none", all, minutes, r -> r.councilVerdict() == Verdict.MISSING);
    out.printf(Locale.ROOT, "Council comparison: %s.%n", MetadataAgreement.COUNCIL_RULE);
  }

  private static void line(
      PrintWriter out, String label, List<Row> all, List<Row> minutes, Predicate<Row> test) {
    out.printf(
        Locale.ROOT,
        "  %-56s %7d %8d%n",
        label,
        all.stream().filter(test).count(),
        minutes.stream().filter(test).count());
  }

  private static boolean estimateIn(Row row) {
    return row.ours().estimate().filter(e -> row.date().contains(e.value())).isPresent();
  }

  private static boolean onlyPath(Row row) {
    return row.ours().date().filter(d -> d.origin() == Origin.PATH).isPresent();
  }

  private static boolean notAfterPosting(Row row) {
    Optional<LocalDate> posted = row.date().first();
    return posted.isPresent()
        && row.ours().date().filter(d -> !d.value().isAfter(posted.get())).isPresent();
  }

  private static String label(Verdict verdict) {
    return switch (verdict) {
      case AGREE -> "agree";
      case AGREE_NORMALISED -> "agree (normalised)";
      case DISAGREE -> "DISAGREE";
      case MISSING -> "none";
      case NOT_COMPARED -> "";
    };
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
