package org.minutebook.export;

import java.util.List;
import org.minutebook.model.SearchHit;

/**
 * Search results as CSV: one row per item, its first snippet as plain text and an absolute link
 * that opens the item at that snippet's paragraph.
 */
public final class SearchTable {
  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "id",
          "title",
          "council",
          "committee",
          "date",
          "item_number",
          "type",
          "themes",
          "snippet",
          "link",
          "estimated_date");

  private SearchTable() {}

  /** The CSV of {@code hits}, found by {@code query}, with links under {@code base}. */
  public static String write(List<SearchHit> hits, String base, String query) {
    CsvTable<SearchHit> table =
        new CsvTable<>(
            List.of(
                new CsvTable.Column<>(HEADER.get(0), SearchHit::id),
                new CsvTable.Column<>(HEADER.get(1), SearchHit::title),
                new CsvTable.Column<>(HEADER.get(2), SearchHit::council),
                new CsvTable.Column<>(HEADER.get(3), SearchHit::committee),
                new CsvTable.Column<>(HEADER.get(4), SearchHit::date),
                new CsvTable.Column<>(HEADER.get(5), SearchHit::itemNumber),
                new CsvTable.Column<>(HEADER.get(6), SearchHit::type),
                new CsvTable.Column<>(HEADER.get(7), SearchHit::themes),
                new CsvTable.Column<>(HEADER.get(8), SearchTable::snippet),
                new CsvTable.Column<>(HEADER.get(9), h -> link(h, base, query)),
                new CsvTable.Column<>(HEADER.get(10), SearchHit::estimatedDate)));
    return table.write(hits);
  }

  /** The first snippet as plain text, or "" when the item has none. */
  public static String snippet(SearchHit hit) {
    return hit.snippets().isEmpty() ? "" : PlainText.fromSnippet(hit.snippets().get(0));
  }

  /** The page that opens the item at its first snippet's paragraph. */
  public static String link(SearchHit hit, String base, String query) {
    String anchor = hit.passages().isEmpty() ? null : hit.passages().get(0).anchor();
    return DocumentLinks.view(base, hit.id(), query, anchor);
  }
}
