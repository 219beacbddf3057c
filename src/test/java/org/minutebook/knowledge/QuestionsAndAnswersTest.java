package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.QuestionAnswer;

class QuestionsAndAnswersTest {
  @Test
  void inResponseToAQuestionSplitsTopicFromAnswer() {
    List<QuestionAnswer> qa =
        QuestionsAndAnswers.extract(
            QuestionItems.item(
                null,
                "In response to a question raised in respect of the cost of the new bus shelters"
                    + " officers confirmed that the grant would cover half of it."));
    assertEquals(1, qa.size());
    assertEquals("the cost of the new bus shelters", qa.get(0).question());
    assertTrue(qa.get(0).answer().startsWith("officers confirmed that the grant"));
    assertEquals("officers", qa.get(0).answeredBy());
  }

  @Test
  void listsArePairedByTheirSharedWords() {
    List<QuestionAnswer> qa =
        QuestionsAndAnswers.extract(
            QuestionItems.item(
                null,
                "Members asked questions and provided comments in respect of",
                "- CCTV coverage: why were the cameras at the depot switched off.",
                "- Staff morale in the call centre.",
                "- A general welcome for the report.",
                "In response officers reported that:",
                "- Morale surveys in the call centre showed a small rise.",
                "- CCTV at the depot was being replaced this month."));
    assertEquals(3, qa.size());
    assertTrue(qa.get(0).answer().startsWith("CCTV at the depot"));
    assertEquals("p7", qa.get(0).answerAnchor());
    assertTrue(qa.get(1).answer().startsWith("Morale surveys"));
    assertNull(qa.get(2).answer());
    assertEquals("Members", qa.get(0).askedBy());
  }

  @Test
  void aMembersQuestionIsAnsweredInTheNextSentences() {
    List<QuestionAnswer> qa =
        QuestionsAndAnswers.extract(
            QuestionItems.item(
                null,
                "A Member asked whether the library would open on Sundays. Ms Quill explained"
                    + " that staffing did not allow it. She added that volunteers might help."));
    assertEquals(1, qa.size());
    assertEquals("A Member", qa.get(0).askedBy());
    assertEquals("Ms Quill", qa.get(0).answeredBy());
    assertTrue(qa.get(0).answer().endsWith("volunteers might help."));
  }

  @Test
  void answersMayOpenTheNextParagraphOrShareTheSentence() {
    List<QuestionAnswer> qa =
        QuestionsAndAnswers.extract(
            QuestionItems.item(
                null,
                "Cllr Amberley queried the price of the new benches.",
                "The Clerk replied that three quotes had been obtained.",
                "Cllr Birch asked when the pond would be cleared; the Clerk advised that it"
                    + " would be done in spring."));
    assertEquals(2, qa.size());
    assertEquals("p2", qa.get(0).answerAnchor());
    assertEquals("Cllr Birch", qa.get(1).askedBy());
    assertTrue(qa.get(1).answer().startsWith("the Clerk advised"));
  }

  @Test
  void requestsAndProcedureAreNotQuestions() {
    List<QuestionAnswer> qa =
        QuestionsAndAnswers.extract(
            QuestionItems.item(
                null,
                "Members were asked to note the report.",
                "The Chair asked members to approve the minutes."));
    assertTrue(qa.isEmpty(), qa.toString());
  }

  @Test
  void questionAndAnswerLines() {
    List<QuestionAnswer> qa =
        QuestionsAndAnswers.extract(
            QuestionItems.item(
                null, "Q: Will the car park be resurfaced?", "A: Yes, in the autumn."));
    assertEquals(1, qa.size());
    assertEquals("Yes, in the autumn.", qa.get(0).answer());
  }
}
