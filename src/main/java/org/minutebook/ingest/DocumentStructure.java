package org.minutebook.ingest;

import java.util.List;

/**
 * A document split into agenda items.
 *
 * @param preamble paragraphs about the meeting or page rather than any item: the council and
 *     meeting heading, attendance before the first item, ModernGov page labels such as "Agenda
 *     item" and "Meeting: 30/09/2021 - Cabinet (Item 54)"
 * @param items at least one item for a document with any text; a single-item page gives one
 */
public record DocumentStructure(List<Para> preamble, List<ItemDraft> items) {
  public DocumentStructure {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
  }
}
