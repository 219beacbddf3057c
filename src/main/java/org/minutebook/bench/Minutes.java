package org.minutebook.bench;

import java.util.List;

/**
 * One meeting's minutes as written, before any file format: what every renderer lays out.
 *
 * @param council the council's name, the first line of the file
 * @param heading "Minutes of the meeting of the … held on …"
 * @param items the agenda items in order
 * @param notice the line that marks the file as synthetic
 */
record Minutes(String council, String heading, List<Item> items, String notice) {

  /** An agenda item: its number, title and body. */
  record Item(int number, String title, List<Block> blocks) {
    String heading() {
      return number + ". " + title;
    }
  }

  /** A paragraph of an item's body. */
  record Block(String text, Style style) {
    static Block plain(String text) {
      return new Block(text, Style.PLAIN);
    }
  }

  /** How a paragraph is set: renderers show labels in bold and indent list entries. */
  enum Style {
    PLAIN,
    /** "Minutes:", "RESOLVED: That": a label that opens a section. */
    LABEL,
    /** "(1) the report be noted;": an entry of a resolution's list. */
    LIST
  }

  /** Paragraphs in the items' bodies, as the summary counts them. */
  int paragraphs() {
    return items.stream().mapToInt(item -> item.blocks().size()).sum();
  }
}
