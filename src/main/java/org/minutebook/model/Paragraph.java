package org.minutebook.model;

import java.util.Objects;

/**
 * One paragraph of an agenda item.
 *
 * @param anchor stable id within the item, "p1", "p2", … in reading order, the same every time the
 *     same file is read
 * @param text the paragraph's clean text
 * @param page the page it starts on, from 1; 0 for formats without pages
 * @param section the part of the item it belongs to
 */
public record Paragraph(String anchor, String text, int page, SectionKind section) {
  public Paragraph {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
  }
}
