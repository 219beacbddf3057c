package org.minutebook.ingest;

import org.minutebook.model.FileOutcome;

/** Told about progress as files finish; called from worker threads. */
public interface IngestListener {
  /** Called once, before any file is read. */
  default void started(int files) {}

  /** Called once per file when it is done, whatever its outcome. */
  default void fileDone(FileOutcome outcome) {}

  IngestListener NONE = new IngestListener() {};
}
