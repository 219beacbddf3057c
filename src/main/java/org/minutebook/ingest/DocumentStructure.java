package org.minutebook.ingest;

import java.util.List;
import java.util.Optional;

/**
 * A document split into agenda items.
 *
 * @param preamble paragraphs about the meeting or page rather than any item: the council and
 *     meeting heading, attendance before the first item, ModernGov page labels such as "Agenda
 *     item" and "Meeting: 30/09/2021 - Cabinet (Item 54)"
 * @param items at least one item for a document with any text; a single-item page gives one
 * @param opening the text of a whole meeting's record before its first item (attendance, apologies,
 *     a presentation before the meeting, items the numbering missed), as an item of its own so that
 *     none of it is lost; empty for a single-item page or a bare heading
 */
public record DocumentStructure(
    List<Para> preamble, List<ItemDraft> items, Optional<ItemDraft> opening) {
  public DocumentStructure {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
  }

  /** With no opening item. */
  public DocumentStructure(List<Para> preamble, List<ItemDraft> items) {
    this(preamble, items, Optional.empty());
  }
}
