package org.minutebook.model;

import java.util.Locale;

/** Where a metadata value came from, in order of precedence (highest first). */
public enum Origin {
  /** A sidecar manifest written by a person who read the document. */
  MANIFEST,
  /** The document's own words, for example "Meeting: 30/09/2021 - Cabinet (Item 54)". */
  TEXT,
  /** The file's path or name, for example a date in "minutes-2019-09-03.pdf". */
  PATH,
  /**
   * A person's conclusion, recorded in a manifest as inferred, about something the document itself
   * does not state (for example the committee of a page that says only "the Committee").
   */
  INFERRED,
  /** Metadata embedded in the file and reported by the parser. */
  FILE_METADATA,
  /**
   * Minutebook's own estimate of a meeting date from the dated events a document mentions. Never a
   * stated date: estimates are kept apart from stated dates (see {@code estimatedDate}).
   */
  ESTIMATE;

  /** Lower-case name used in JSON and the index. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether a value of this origin was stated by the document, its path or a manifest. */
  public boolean isStated() {
    return this != INFERRED && this != ESTIMATE;
  }
}
