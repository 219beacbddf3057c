package org.minutebook.model;

import java.util.Objects;

/**
 * What happened to one file.
 *
 * @param source path relative to the corpus root
 * @param status the outcome
 * @param reason why, in words a person can act on (empty when indexed)
 * @param items how many agenda items it gave
 * @param contentType the detected media type, or empty when unknown
 */
public record FileOutcome(
    String source, IngestStatus status, String reason, int items, String contentType) {
  public FileOutcome {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
    contentType = contentType == null ? "" : contentType;
  }
}
