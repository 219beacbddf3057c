package org.minutebook.knowledge;

import org.minutebook.model.AgendaItem;
import org.minutebook.model.ItemKnowledge;

/** Reads everything the knowledge base keeps from one item. Stateless and thread-safe. */
public final class KnowledgeExtractor {
  private KnowledgeExtractor() {}

  /** The decisions, commitments, questions, entities and inspections {@code item} records. */
  public static ItemKnowledge extract(AgendaItem item) {
    return new ItemKnowledge(
        Decisions.extract(item),
        Commitments.extract(item),
        QuestionsAndAnswers.extract(item),
        Entities.extract(item),
        Inspections.extract(item));
  }
}
