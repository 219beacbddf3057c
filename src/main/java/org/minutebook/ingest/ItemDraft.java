package org.minutebook.ingest;

import java.util.List;
import org.minutebook.model.Paragraph;

/**
 * One agenda item found in a document, before metadata is attached.
 *
 * @param number the item number as the document writes it ("26", "18.01.1", "246/18", "IV"), or
 *     null when it states none
 * @param title the item's title from its heading, or null when there is none (the caller falls back
 *     to other sources)
 * @param paragraphs the item's paragraphs in reading order, anchored p1, p2, …; a heading that gave
 *     only the number and title is not repeated here
 */
public record ItemDraft(String number, String title, List<Paragraph> paragraphs) {
  public ItemDraft {
    paragraphs = List.copyOf(paragraphs);
  }
}
