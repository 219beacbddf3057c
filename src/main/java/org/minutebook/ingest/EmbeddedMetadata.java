package org.minutebook.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * The few values of a file's own metadata (as Tika reports them) that metadata resolution may use,
 * and only as a last resort.
 *
 * <p>The title may name the council or committee (an HTML page's {@code <title>}, a PDF's title
 * field). It never gives the meeting date: word processors carry titles over from templates
 * (several parish PDFs in the real corpus are titled after a meeting years earlier). The created
 * and modified times are when a file was saved, not when the meeting was held (agendas are written
 * before it, minutes weeks or months after), so they are kept for information and not used as
 * dates.
 *
 * @param title the title field, if any
 * @param created when the file says it was created, if it says
 * @param modified when the file says it was last modified, if it says
 */
public record EmbeddedMetadata(
    Optional<String> title, Optional<Instant> created, Optional<Instant> modified) {
  /** No embedded metadata at all. */
  public static final EmbeddedMetadata NONE =
      new EmbeddedMetadata(Optional.empty(), Optional.empty(), Optional.empty());

  /** Only a title, as the extractor has reported it so far. */
  public static EmbeddedMetadata ofTitle(Optional<String> title) {
    return new EmbeddedMetadata(title, Optional.empty(), Optional.empty());
  }
}
