package org.minutebook.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions and answers told in running text: "A Member asked what… Mr Boyce explained that…",
 * "Cllr X asked…; the Clerk replied…", "In response to a question raised in respect of X, officers
 * agreed…", within a paragraph or into the next one.
 */
final class QuestionSentences {
  /**
   * A question found in a sentence.
   *
   * @param question its words
   * @param askedBy who asked, or null
   * @param answer the answer in the same sentence, or null
   * @param answeredBy who gave that answer, or null
   * @param topicless whether it names no topic ("In response to Cllr Ryan, …"): the answer then
   *     belongs to the question before
   */
  record Asked(
      String question, String askedBy, String answer, String answeredBy, boolean topicless) {}

  private static final Pattern CONTINUES =
      Pattern.compile(
          "(?i)^(?:he|she|they|officers|it)\\s+(?:also\\s+|further\\s+)?"
              + "(?:added|advised|explained|stated|confirmed|noted|said|informed)\\b");
  private static final Pattern NO_TOPIC =
      Pattern.compile(
          "(?i)^(?:(?:this|these|that|them|it|questions?|quer(?:y|ies)|the questions?"
              + "|(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\\.?\\s+[\\p{L}’'. -]+)[,\\s]*)?$");

  private QuestionSentences() {}

  /** The question {@code sentence} puts, with an answer when the same sentence gives it. */
  static Asked question(String sentence) {
    Matcher r = QuestionPatterns.IN_RESPONSE.matcher(sentence);
    if (r.find()) {
      Matcher a = QuestionPatterns.answerFrom(sentence, r.end());
      if (a == null) {
        return null;
      }
      String topic = topic(sentence.substring(r.end(), a.start()));
      String answer = sentence.substring(a.start(1)).strip();
      return new Asked(topic, "Members", answer, a.group(1), NO_TOPIC.matcher(topic).find());
    }
    Matcher q = QuestionPatterns.ASKS.matcher(sentence);
    if (q.find() && !QuestionPatterns.REQUEST.matcher(sentence.substring(q.end())).find()) {
      return split(sentence, q.start(), q.group(1), q.end());
    }
    if (QuestionPatterns.PASSIVE_QUESTION.matcher(sentence).find()) {
      return split(sentence, 0, null, 0);
    }
    return null;
  }

  private static Asked split(String sentence, int start, String askedBy, int from) {
    // "Cllr X asked about the bins; the Clerk replied that…": the answer follows in the sentence.
    Matcher a = QuestionPatterns.answerFrom(sentence, from);
    if (a != null
        && a.start() > from + 10
        && sentence
            .substring(a.start(), a.start(1))
            .matches("(?s)[,;]\\s*(?:and\\s+|but\\s+)?|\\s+(?:and|but)\\s+")) {
      String q = sentence.substring(start, a.start()).strip();
      return new Asked(q, askedBy, sentence.substring(a.start(1)).strip(), a.group(1), false);
    }
    return new Asked(sentence.substring(start).strip(), askedBy, null, null, false);
  }

  /** The answer {@code sentence} opens with, or null: who answers, and the sentence. */
  static String[] answer(String sentence) {
    Matcher a = QuestionPatterns.answerAtStart(sentence);
    return a == null ? null : new String[] {a.group(1), sentence};
  }

  /** Whether {@code sentence} carries on the answer before it ("He added that…"). */
  static boolean continues(String sentence) {
    return CONTINUES.matcher(sentence).find();
  }

  private static String topic(String between) {
    String t = between.strip().replaceAll("[,;]$", "").strip();
    return QuestionPatterns.TOPIC_LEAD.matcher(t).replaceFirst("").strip();
  }

  /** The list of sentences as one answer text. */
  static String join(List<String> sentences) {
    return String.join(" ", sentences);
  }
}
