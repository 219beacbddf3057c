package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Paragraph;

/**
 * Turns one file's extracted text into its agenda items: clean paragraphs, split into items, the
 * meeting's metadata resolved once for the whole file and shared by its items. Pure: no I/O.
 */
final class ItemAssembler {
  private ItemAssembler() {}

  /** The items of {@code source}; none when the file holds no text once its furniture is gone. */
  static List<AgendaItem> assemble(
      String source, Extracted extracted, Optional<Manifest.Described> described) {
    List<Para> paras = TextCleaner.clean(extracted.text(), extracted.contentType());
    DocumentStructure structure = StructureSplitter.split(paras);
    if (structure.items().isEmpty()) {
      return List.of();
    }
    ItemMetadata meeting =
        MetadataResolver.resolve(
            source, documentText(structure), described, extracted.embeddedTitle());
    boolean single = structure.items().size() == 1;
    List<AgendaItem> items = new ArrayList<>(structure.items().size() + 1);
    // Position 0, so that the agenda items keep their ids whether or not there is an opening.
    structure.opening().ifPresent(o -> items.add(item(source, 0, o, meeting, false)));
    int position = 0;
    for (ItemDraft draft : structure.items()) {
      position++;
      items.add(item(source, position, draft, meeting, single));
    }
    return items;
  }

  private static AgendaItem item(
      String source, int position, ItemDraft draft, ItemMetadata meeting, boolean single) {
    // A single-item page is the item: what the file says of itself is what the item says.
    String number =
        draft.number() != null ? draft.number() : single ? meeting.itemNumber().orElse(null) : null;
    // One line each, so that the body's blank lines tell its paragraphs apart exactly.
    List<Paragraph> paragraphs =
        draft.paragraphs().stream()
            .map(
                p ->
                    new Paragraph(
                        p.anchor(), p.text().replaceAll("\\s*\\n\\s*", " "), p.page(), p.section()))
            .toList();
    String title =
        draft.title() != null
            ? draft.title()
            : single ? meeting.title() : number != null ? "Item " + number : meeting.title();
    return new AgendaItem(
        Ingester.itemId(source, position),
        source,
        number,
        title,
        meeting.council(),
        meeting.committee(),
        meeting.date(),
        meeting.estimatedDate(),
        meeting.type(),
        body(paragraphs),
        paragraphs,
        List.of());
  }

  /** The searchable text: the paragraphs in order, one blank line apart. */
  static String body(List<Paragraph> paragraphs) {
    return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }

  /**
   * The whole document's clean text, paragraphs one blank line apart: the resolver reads the
   * heading from its start and counts council names throughout (it caps how much it reads).
   */
  private static String documentText(DocumentStructure structure) {
    return Stream.concat(
            structure.preamble().stream().map(Para::text),
            structure.items().stream()
                .flatMap(item -> item.paragraphs().stream())
                .map(Paragraph::text))
        .collect(Collectors.joining("\n\n"));
  }
}
