package org.minutebook.knowledge;

import java.util.List;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.InspectionMention;

/** TODO: being written. */
final class Inspections {
  private Inspections() {}

  static List<InspectionMention> extract(AgendaItem item) {
    return List.of();
  }
}
