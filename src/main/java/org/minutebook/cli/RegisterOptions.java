package org.minutebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minutebook.export.CsvTable;
import org.minutebook.model.Filters;
import picocli.CommandLine.Option;

/** The filters and output format the register commands share. */
final class RegisterOptions {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** How a register is printed. */
  enum Format {
    table,
    csv,
    json
  }

  @Option(names = "--council", paramLabel = "NAME", description = "Only this council (repeatable).")
  List<String> councils = new ArrayList<>();

  @Option(
      names = "--committee",
      paramLabel = "NAME",
      description = "Only this committee (repeatable).")
  List<String> committees = new ArrayList<>();

  @Option(names = "--theme", paramLabel = "ID", description = "Only this theme (repeatable).")
  List<String> themes = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Meetings on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Meetings on or before.")
  LocalDate to;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  Format format;

  Filters filters() {
    return new Filters(
        committees,
        councils,
        themes,
        List.of(),
        List.of(),
        Optional.ofNullable(from),
        Optional.ofNullable(to));
  }

  /** Where indexing progress goes: beside a table, or to stderr so that CSV and JSON stay clean. */
  PrintWriter progress(PrintWriter out, PrintWriter err) {
    return format == Format.table ? out : err;
  }

  /** Prints {@code rows} as CSV or JSON, or returns false for the caller's own table. */
  <T> boolean printed(List<T> rows, CsvTable<T> csv, PrintWriter out) throws Exception {
    switch (format) {
      case csv -> out.print(csv.write(rows));
      case json -> out.println(JSON.writeValueAsString(rows));
      default -> {
        return false;
      }
    }
    return true;
  }

  /** {@code text} cut to {@code width} characters with an ellipsis. */
  static String cut(String text, int width) {
    if (text == null) {
      return "";
    }
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
