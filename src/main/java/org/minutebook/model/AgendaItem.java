package org.minutebook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agenda item of one meeting: the unit that is indexed, searched and shown.
 *
 * @param id stable identifier, derived from the source path and the item's position in it
 * @param source the file's path relative to the corpus root, with forward slashes
 * @param itemNumber the agenda item number the document states, or null
 * @param title the item's title
 * @param council the council, where known
 * @param committee the committee, where known
 * @param date the meeting date, where a source states it
 * @param estimatedDate where none does, an estimate from the dates the text mentions: labelled as
 *     such, never sorted, filtered or counted as a meeting date
 * @param type the kind of paper
 * @param body the item's text: its paragraphs in order, one blank line apart
 * @param paragraphs the item's paragraphs with their anchors, pages and sections
 * @param themes ids of the themes the item discusses (filled in by the indexer)
 * @param access whether the item is restricted (exempt business), and why
 */
public record AgendaItem(
    String id,
    String source,
    String itemNumber,
    String title,
    Optional<Sourced<String>> council,
    Optional<Sourced<String>> committee,
    Optional<Sourced<LocalDate>> date,
    Optional<Sourced<LocalDate>> estimatedDate,
    DocumentType type,
    String body,
    List<Paragraph> paragraphs,
    List<String> themes,
    Access access) {

  public AgendaItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(committee, "committee");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(estimatedDate, "estimatedDate");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
    paragraphs = List.copyOf(paragraphs);
    themes = List.copyOf(themes);
    Objects.requireNonNull(access, "access");
  }

  /** A public item (what every item was before restricted items existed). */
  public AgendaItem(
      String id,
      String source,
      String itemNumber,
      String title,
      Optional<Sourced<String>> council,
      Optional<Sourced<String>> committee,
      Optional<Sourced<LocalDate>> date,
      Optional<Sourced<LocalDate>> estimatedDate,
      DocumentType type,
      String body,
      List<Paragraph> paragraphs,
      List<String> themes) {
    this(
        id,
        source,
        itemNumber,
        title,
        council,
        committee,
        date,
        estimatedDate,
        type,
        body,
        paragraphs,
        themes,
        Access.PUBLIC);
  }

  /** Whether the item is restricted: it goes to the private index only. */
  public boolean restricted() {
    return access.restricted();
  }

  /** The same item with its paragraphs tagged and the given item themes. */
  public AgendaItem withThemes(List<Paragraph> taggedParagraphs, List<String> themeIds) {
    return new AgendaItem(
        id,
        source,
        itemNumber,
        title,
        council,
        committee,
        date,
        estimatedDate,
        type,
        body,
        taggedParagraphs,
        themeIds,
        access);
  }

  /** The same item tagged with the given themes, its paragraphs as they are. */
  public AgendaItem withThemes(List<String> themeIds) {
    return withThemes(paragraphs, themeIds);
  }
}
