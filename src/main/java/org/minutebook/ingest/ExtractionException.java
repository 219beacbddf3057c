package org.minutebook.ingest;

import org.minutebook.model.IngestStatus;

/** A file that gave no text, with the status and reason to report for it. */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final IngestStatus status;
  private final String contentType;

  public ExtractionException(IngestStatus status, String reason, String contentType) {
    super(reason);
    this.status = status;
    this.contentType = contentType == null ? "" : contentType;
  }

  public IngestStatus status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }
}
