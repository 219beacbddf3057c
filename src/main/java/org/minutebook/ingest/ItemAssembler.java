package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minutebook.model.Access;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Paragraph;

/**
 * Turns one file's extracted text into its agenda items: clean paragraphs, split into items, the
 * meeting's metadata resolved once for the whole file and shared by its items. Pure: no I/O.
 */
final class ItemAssembler {
  private ItemAssembler() {}

  /**
   * The items of {@code source}; none when the file holds no text once its furniture is gone.
   * {@code restricted} is what the manifests say of the file (empty: its wording decides).
   */
  static List<AgendaItem> assemble(
      String source,
      Extracted extracted,
      Optional<Manifest.Described> described,
      Optional<Boolean> restricted) {
    List<Para> paras = TextCleaner.clean(extracted.text(), extracted.contentType());
    DocumentStructure structure = StructureSplitter.split(paras);
    if (structure.items().isEmpty()) {
      return List.of();
    }
    List<ItemDraft> drafts = new ArrayList<>(structure.items().size() + 1);
    structure.opening().ifPresent(drafts::add);
    drafts.addAll(structure.items());
    List<Access> access = Restrictions.decide(drafts, restricted);
    int firstItem = structure.opening().isPresent() ? 1 : 0;
    List<ItemDraft> publicItems = new ArrayList<>();
    for (int i = 0; i < structure.items().size(); i++) {
      if (!access.get(firstItem + i).restricted()) {
        publicItems.add(structure.items().get(i));
      }
    }
    // Public items take their metadata from the public text only: a date or council named in a
    // restricted item must not show through a public item's estimated date or council.
    ItemMetadata open =
        MetadataResolver.resolve(
            source,
            documentText(structure.preamble(), publicItems),
            described,
            extracted.embeddedTitle());
    ItemMetadata whole =
        publicItems.size() == structure.items().size()
            ? open
            : MetadataResolver.resolve(
                source,
                documentText(structure.preamble(), structure.items()),
                described,
                extracted.embeddedTitle());
    boolean single = structure.items().size() == 1;
    List<AgendaItem> items = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      // The opening has position 0, so that the agenda items keep their ids whether or not there
      // is one.
      int position = i - firstItem + 1;
      boolean opening = i < firstItem;
      Access a = access.get(i);
      items.add(
          item(
              source,
              opening ? 0 : position,
              drafts.get(i),
              a.restricted() ? whole : open,
              single && !opening,
              a));
    }
    return items;
  }

  private static AgendaItem item(
      String source,
      int position,
      ItemDraft draft,
      ItemMetadata meeting,
      boolean single,
      Access access) {
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
        List.of(),
        access);
  }

  /** The searchable text: the paragraphs in order, one blank line apart. */
  static String body(List<Paragraph> paragraphs) {
    return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }

  /**
   * The document's clean text, paragraphs one blank line apart: the preamble and {@code items}. The
   * resolver reads the heading from its start and counts council names throughout (it caps how much
   * it reads).
   */
  private static String documentText(List<Para> preamble, List<ItemDraft> items) {
    return Stream.concat(
            preamble.stream().map(Para::text),
            items.stream().flatMap(item -> item.paragraphs().stream()).map(Paragraph::text))
        .collect(Collectors.joining("\n\n"));
  }
}
