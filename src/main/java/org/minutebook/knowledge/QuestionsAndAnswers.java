package org.minutebook.knowledge;

import java.util.List;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.QuestionAnswer;

/** TODO: being written. */
final class QuestionsAndAnswers {
  private QuestionsAndAnswers() {}

  static List<QuestionAnswer> extract(AgendaItem item) {
    return List.of();
  }
}
