package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Paragraph;
import org.minutebook.model.QuestionAnswer;

/**
 * Pairs members' questions with the responses the minutes record: lists of questions and of
 * responses, questions and answers in running text (within a paragraph or into the next), "In
 * response to a question…" sentences, and "Q:"/"A:" lines. A question nobody is recorded answering
 * keeps a null answer.
 */
final class QuestionsAndAnswers {
  private QuestionsAndAnswers() {}

  static List<QuestionAnswer> extract(AgendaItem item) {
    List<Paragraph> ps = item.paragraphs();
    List<QuestionAnswer> out = new ArrayList<>();
    int i = 0;
    while (i < ps.size()) {
      int next = QuestionLists.isIntro(ps.get(i).text()) ? readList(ps, i, out) : i;
      if (next == i) {
        next = readQandA(ps, i, out);
      }
      if (next == i) {
        if (discussion(ps.get(i))) {
          readSentences(ps, i, out);
        }
        next = i + 1;
      }
      i = next;
    }
    return out;
  }

  /** Resolutions and recommendations put no questions. */
  private static boolean discussion(Paragraph p) {
    return switch (p.section()) {
      case RESOLVED, RECOMMENDATIONS, ACTIONS, SUPPORTING_DOCUMENTS -> false;
      default -> true;
    };
  }

  /** Reads a list of questions and the list of responses after it; returns the next paragraph. */
  private static int readList(List<Paragraph> ps, int i, List<QuestionAnswer> out) {
    List<QuestionLists.Line> questions = new ArrayList<>();
    int j = bullets(ps, i + 1, questions);
    if (questions.isEmpty()) {
      return i;
    }
    List<QuestionLists.Line> answers = new ArrayList<>();
    String answeredBy = null;
    if (j < ps.size() && QuestionLists.isResponseIntro(ps.get(j).text())) {
      String intro = ps.get(j).text().toLowerCase(Locale.ROOT);
      answeredBy = intro.contains("officer") ? "officers" : null;
      j = bullets(ps, j + 1, answers);
    }
    out.addAll(QuestionLists.pair(questions, asker(ps.get(i).text()), answers, answeredBy));
    return j;
  }

  private static String asker(String intro) {
    String first = intro.strip().split("\\s+")[0];
    return first.equalsIgnoreCase("questions") ? null : first;
  }

  private static int bullets(List<Paragraph> ps, int from, List<QuestionLists.Line> into) {
    int j = from;
    while (j < ps.size() && QuestionLists.isBullet(ps.get(j).text())) {
      for (String line : ps.get(j).text().split("\n")) {
        if (!line.isBlank()) {
          into.add(new QuestionLists.Line(QuestionLists.strip(line), ps.get(j).anchor()));
        }
      }
      j++;
    }
    return j;
  }

  /** Reads a "Q:" paragraph and the "A:" paragraph after it; returns the next paragraph. */
  private static int readQandA(List<Paragraph> ps, int i, List<QuestionAnswer> out) {
    Matcher q = QuestionPatterns.Q_LINE.matcher(ps.get(i).text().strip());
    if (!q.lookingAt()) {
      return i;
    }
    Matcher a =
        i + 1 < ps.size() ? QuestionPatterns.A_LINE.matcher(ps.get(i + 1).text().strip()) : null;
    if (a != null && a.lookingAt()) {
      out.add(
          new QuestionAnswer(
              q.group(1), ps.get(i).anchor(), null, a.group(1), ps.get(i + 1).anchor(), null));
      return i + 2;
    }
    out.add(new QuestionAnswer(q.group(1), ps.get(i).anchor(), null, null, null, null));
    return i + 1;
  }

  /** Reads the questions told in paragraph {@code i}'s sentences, answers sought after them. */
  private static void readSentences(List<Paragraph> ps, int i, List<QuestionAnswer> out) {
    Paragraph p = ps.get(i);
    List<String> sentences = Sentences.texts(p.text());
    int pending = -1;
    for (int s = 0; s < sentences.size(); s++) {
      QuestionSentences.Asked asked = QuestionSentences.question(sentences.get(s));
      if (asked != null) {
        pending = record(asked, sentences, s, p.anchor(), out);
        continue;
      }
      String[] answer = pending < 0 ? null : QuestionSentences.answer(sentences.get(s));
      if (answer != null) {
        answer(out, pending, answered(sentences, s), p.anchor(), answer[0]);
        pending = -1;
      }
    }
    if (pending >= 0 && i + 1 < ps.size()) {
      // An answer may open the next paragraph.
      List<String> next = Sentences.texts(ps.get(i + 1).text());
      String[] answer = next.isEmpty() ? null : QuestionSentences.answer(next.getFirst());
      if (answer != null && QuestionSentences.question(next.getFirst()) == null) {
        answer(out, pending, answered(next, 0), ps.get(i + 1).anchor(), answer[0]);
      }
    }
  }

  /** Records a question; returns its index while it awaits an answer, else -1. */
  private static int record(
      QuestionSentences.Asked asked,
      List<String> sentences,
      int s,
      String anchor,
      List<QuestionAnswer> out) {
    String answer = asked.answer() == null ? null : answered(sentences, s, asked.answer());
    if (asked.topicless()) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).answer() == null && answer != null) {
        answer(out, last, answer, anchor, asked.answeredBy());
      }
      return -1;
    }
    out.add(
        new QuestionAnswer(
            asked.question(),
            anchor,
            asked.askedBy(),
            answer,
            answer == null ? null : anchor,
            asked.answeredBy()));
    return answer == null ? out.size() - 1 : -1;
  }

  private static void answer(
      List<QuestionAnswer> out, int at, String answer, String anchor, String answeredBy) {
    QuestionAnswer q = out.get(at);
    out.set(
        at,
        new QuestionAnswer(
            q.question(), q.questionAnchor(), q.askedBy(), answer, anchor, answeredBy));
  }

  private static String answered(List<String> sentences, int s) {
    return answered(sentences, s, sentences.get(s));
  }

  /** {@code first} and the sentences after {@code s} that carry it on ("He added that…"). */
  private static String answered(List<String> sentences, int s, String first) {
    List<String> parts = new ArrayList<>(List.of(first));
    for (int k = s + 1;
        k < sentences.size() && QuestionSentences.continues(sentences.get(k));
        k++) {
      parts.add(sentences.get(k));
    }
    return QuestionSentences.join(parts);
  }
}
