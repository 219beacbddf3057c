package org.minutebook.search;

import java.util.List;
import java.util.Objects;
import org.minutebook.model.CommitmentStatus;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.Filters;

/**
 * What a register is asked for: the filters search uses (council, committee, theme, type, year,
 * from, to, section), and the statuses of commitments or outcomes of decisions wanted (empty: all).
 */
public record KnowledgeRequest(
    Filters filters, List<CommitmentStatus> statuses, List<DecisionOutcome> outcomes) {
  public static final KnowledgeRequest ALL =
      new KnowledgeRequest(Filters.NONE, List.of(), List.of());

  public KnowledgeRequest {
    Objects.requireNonNull(filters, "filters");
    statuses = List.copyOf(statuses);
    outcomes = List.copyOf(outcomes);
  }
}
