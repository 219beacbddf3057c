package org.minutebook.knowledge;

import java.util.List;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;

/** TODO: being written. */
final class Commitments {
  private Commitments() {}

  static List<Commitment> extract(AgendaItem item) {
    return List.of();
  }
}
