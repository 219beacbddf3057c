package org.minutebook.ingest;

import java.io.IOException;
import org.minutebook.model.AgendaItem;

/** Receives the items of a corpus as they are read; must be thread-safe. */
@FunctionalInterface
public interface ItemSink {
  void accept(AgendaItem item) throws IOException;
}
