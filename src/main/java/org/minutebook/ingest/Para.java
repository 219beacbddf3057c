package org.minutebook.ingest;

import java.util.Objects;

/**
 * One paragraph of clean text and the page it starts on.
 *
 * @param text the paragraph, on one line
 * @param page 1-based page number, or 0 for formats without pages
 */
public record Para(String text, int page) {
  public Para {
    Objects.requireNonNull(text, "text");
  }
}
