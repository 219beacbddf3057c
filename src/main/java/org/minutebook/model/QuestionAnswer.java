package org.minutebook.model;

import java.util.Objects;

/**
 * A member's question and the response the minutes record to it. Field names are part of the public
 * JSON API.
 *
 * @param question the question, in the minutes' words
 * @param questionAnchor the paragraph it stands in
 * @param askedBy who asked ("Members", "a Member", "Cllr Smith"), or null
 * @param answer the response, in the minutes' words, or null when none is recorded
 * @param answerAnchor the paragraph of the response, or null
 * @param answeredBy who answered ("officers", "Mr Boyce"), or null
 */
public record QuestionAnswer(
    String question,
    String questionAnchor,
    String askedBy,
    String answer,
    String answerAnchor,
    String answeredBy) {
  public QuestionAnswer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(questionAnchor, "questionAnchor");
  }
}
