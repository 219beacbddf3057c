package org.minutebook.knowledge;

import java.util.List;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Decision;

/** TODO: being written. */
final class Decisions {
  private Decisions() {}

  static List<Decision> extract(AgendaItem item) {
    return List.of();
  }
}
