package org.minutebook.model;

import java.util.Locale;

/**
 * How one file of the corpus ended up. Everything except {@link #INDEXED} is a skip with a reason.
 */
public enum IngestStatus {
  INDEXED,
  /** The parser found no text: an image-only PDF that needs OCR, or an empty file. */
  EMPTY,
  ENCRYPTED,
  UNSUPPORTED,
  CORRUPT,
  TIMED_OUT,
  TOO_LARGE,
  /** A corpus's own notes (README, provenance manifests, Minutebook sidecars): not minutes. */
  CORPUS_NOTES,
  /** Reading the file failed for a reason of the machine, not of the file. */
  IO_ERROR;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
