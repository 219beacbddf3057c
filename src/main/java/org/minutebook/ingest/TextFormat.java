package org.minutebook.ingest;

import java.util.Locale;

/** How a format's extracted text breaks into lines, which decides how lines become paragraphs. */
enum TextFormat {
  /** PDF: lines are the page's, prose wraps at the page width, '\f' ends each page. */
  PAGED,
  /**
   * HTML: every block ends a line, but Tika also passes on the line breaks of the page's source, so
   * a block can run over several lines.
   */
  BLOCKS,
  /** Word, ODT, RTF and the like: every line is a block of its own. */
  LINES,
  /** Plain text: either one paragraph per line or prose wrapped at a fixed width. */
  PLAIN;

  static TextFormat of(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
    if (type.equals("application/pdf")) {
      return PAGED;
    }
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return BLOCKS;
    }
    if (type.startsWith("text/plain") || type.equals("text/markdown") || type.isEmpty()) {
      return PLAIN;
    }
    return LINES;
  }

  /** Whether the format has real pages whose numbers are worth reporting. */
  boolean hasPages() {
    return this == PAGED;
  }
}
