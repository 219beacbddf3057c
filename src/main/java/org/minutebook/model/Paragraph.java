package org.minutebook.model;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of an agenda item.
 *
 * @param anchor stable id within the item, "p1", "p2", … in reading order, the same every time the
 *     same file is read
 * @param text the paragraph's clean text
 * @param page the page it starts on, from 1; 0 for formats without pages
 * @param section the part of the item it belongs to
 * @param themes the themes the paragraph discusses, each with the terms that matched (empty until
 *     tagged at index time)
 */
public record Paragraph(
    String anchor, String text, int page, SectionKind section, List<ThemeMatch> themes) {
  public Paragraph {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(section, "section");
    themes = List.copyOf(themes);
  }

  /** A paragraph not yet tagged with themes. */
  public Paragraph(String anchor, String text, int page, SectionKind section) {
    this(anchor, text, page, section, List.of());
  }

  /** The same paragraph with these themes. */
  public Paragraph withThemes(List<ThemeMatch> matches) {
    return new Paragraph(anchor, text, page, section, matches);
  }

  /** The ids of its themes. */
  public List<String> themeIds() {
    return themes.stream().map(ThemeMatch::theme).toList();
  }
}
