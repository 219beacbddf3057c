package org.minutebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.minutebook.config.Paths;
import org.minutebook.export.CsvTable;
import org.minutebook.model.Filters;
import org.minutebook.search.Archive;
import picocli.CommandLine;
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

  /** What a register command asks the archive for, with the filters given. */
  @FunctionalInterface
  interface Ask<T> {
    List<T> rows(Archive archive, Filters filters) throws IOException;
  }

  /**
   * Indexes first if needed (saying so on stderr when the rows are CSV or JSON, so that they stay
   * clean), asks the archive, and prints the rows in the chosen format; {@code table} prints a
   * table. Returns the exit status.
   */
  <T> int run(
      CorpusOptions corpus,
      CommandLine.Model.CommandSpec spec,
      Ask<T> ask,
      CsvTable<T> csv,
      BiConsumer<List<T>, PrintWriter> table)
      throws Exception {
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Indexing.ensureFresh(paths, format == Format.table ? out : err, err);
    try (Archive archive = Archive.forCorpus(paths.corpus(), paths.index())) {
      List<T> rows = ask.rows(archive, filters());
      switch (format) {
        case csv -> out.print(csv.write(rows));
        case json -> out.println(JSON.writeValueAsString(rows));
        default -> table.accept(rows, out);
      }
    }
    out.flush();
    return 0;
  }

  /** {@code text} cut to {@code width} characters with an ellipsis. */
  static String cut(String text, int width) {
    if (text == null) {
      return "";
    }
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
