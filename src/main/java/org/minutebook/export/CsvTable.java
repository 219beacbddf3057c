package org.minutebook.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes register rows as CSV (RFC 4180, a header row). A cell that a spreadsheet would read as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so
 * that opening an export never runs anything.
 */
public final class CsvTable<T> {
  /** One column: its header and how a row gives its cell. */
  public record Column<T>(String header, Function<T, Object> value) {}

  private final List<Column<T>> columns;

  public CsvTable(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /** The header and one line per row. */
  public String write(List<T> rows) {
    StringWriter out = new StringWriter();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader(columns.stream().map(Column::header).toArray(String[]::new))
            .get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (T row : rows) {
        for (Column<T> column : columns) {
          printer.print(cell(column.value().apply(row)));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing CSV to memory failed", e);
    }
    return out.toString();
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text =
        value instanceof List<?> list
            ? String.join("; ", list.stream().map(String::valueOf).toList())
            : String.valueOf(value);
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
