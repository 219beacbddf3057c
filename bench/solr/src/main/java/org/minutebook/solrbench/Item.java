package org.minutebook.solrbench;

import java.util.List;
import java.util.Objects;

/**
 * One agenda item as Minutebook writes it to ITEMS.jsonl: what both systems index.
 *
 * @param id the item's id
 * @param source the file's path relative to the corpus root
 * @param format the file's format: txt, html, docx or pdf
 * @param title the item's title, or null
 * @param body the item's text
 * @param council the council, or null
 * @param committee the committee, or null
 * @param type the document type's label, or null
 * @param themes the item's theme ids
 * @param date the meeting date as yyyy-MM-dd, or null
 * @param commitments the text of the item's commitments
 * @param commitmentStatuses the statuses of those commitments
 */
public record Item(
    String id,
    String source,
    String format,
    String title,
    String body,
    String council,
    String committee,
    String type,
    List<String> themes,
    String date,
    List<String> commitments,
    List<String> commitmentStatuses) {

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    themes = themes == null ? List.of() : List.copyOf(themes);
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
    commitmentStatuses = commitmentStatuses == null ? List.of() : List.copyOf(commitmentStatuses);
  }
}
