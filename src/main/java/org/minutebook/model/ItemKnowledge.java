package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an item records beyond its text: decisions, commitments, questions and answers, entities and
 * inspections, each pointing at its paragraph. Field names are part of the public JSON API.
 */
public record ItemKnowledge(
    List<Decision> decisions,
    List<Commitment> commitments,
    List<QuestionAnswer> questions,
    List<Entity> entities,
    List<InspectionMention> inspections) {
  public static final ItemKnowledge NONE =
      new ItemKnowledge(List.of(), List.of(), List.of(), List.of(), List.of());

  public ItemKnowledge {
    decisions = List.copyOf(decisions);
    commitments = List.copyOf(commitments);
    questions = List.copyOf(questions);
    entities = List.copyOf(entities);
    inspections = List.copyOf(inspections);
  }

  /** Whether it records nothing at all. */
  @JsonIgnore
  public boolean isEmpty() {
    return decisions.isEmpty()
        && commitments.isEmpty()
        && questions.isEmpty()
        && entities.isEmpty()
        && inspections.isEmpty();
  }
}
