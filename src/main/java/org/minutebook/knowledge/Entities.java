package org.minutebook.knowledge;

import java.util.List;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Entity;

/** TODO: being written. */
final class Entities {
  private Entities() {}

  static List<Entity> extract(AgendaItem item) {
    return List.of();
  }
}
