package org.minutebook.ingest;

/**
 * One non-blank line of extracted text on its way to becoming part of a paragraph.
 *
 * @param text the line, trimmed, runs of spaces collapsed
 * @param page the page it is on, from 1 (plain text split at "---" rules has pages of its own,
 *     which are not reported)
 * @param gap how many blank lines stood above it on its page
 */
record Line(String text, int page, int gap) {
  Line withText(String replacement) {
    return new Line(replacement, page, gap);
  }
}
