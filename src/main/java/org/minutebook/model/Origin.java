package org.minutebook.model;

/** Where a metadata value came from, in order of precedence (highest first). */
public enum Origin {
  /** A sidecar manifest written by a person who read the document. */
  MANIFEST,
  /** The document's own words, for example "Meeting: 30/09/2021 - Cabinet (Item 54)". */
  TEXT,
  /** The file's path or name, for example a date in "minutes-2019-09-03.pdf". */
  PATH,
  /** Metadata embedded in the file and reported by the parser. */
  FILE_METADATA;

  /** Lower-case name used in JSON and the index. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
