package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutebook.model.QuestionAnswer;

/**
 * Questions and answers minuted as two lists: "Members asked questions … in respect of" and its
 * bullets, then "In response officers reported that:" and its bullets. Each answer goes to the
 * question it shares the most distinctive words with; a question nothing answers keeps a null
 * answer.
 */
final class QuestionLists {
  /**
   * One bullet line and its paragraph.
   *
   * @param text the line without its bullet
   * @param anchor its paragraph
   */
  record Line(String text, String anchor) {}

  private static final Pattern INTRO =
      Pattern.compile(
          "(?i)^(?:members|councillors|the committee|questions)\\b[^.]{0,80}?"
              + "\\b(?:asked|raised|queried|put|comments?)\\b[^.]*?(?:in respect of|regarding|about"
              + "|on|including|:|the following)\\s*:?\\s*$");
  private static final Pattern RESPONSE_INTRO =
      Pattern.compile(
          "(?i)^(?:in (?:response|reply)|(?:the\\s+)?officers?\\s+(?:responded|reported|advised"
              + "|explained|confirmed|stated|said))[^.]*:?\\s*$");
  private static final Pattern BULLET =
      Pattern.compile("^\\s*(?:[-•·*–▪o]|\\(?[a-z0-9]{1,2}[.)])\\s+");
  private static final Set<String> STOP =
      Set.of(
          "the",
          "and",
          "for",
          "was",
          "were",
          "what",
          "which",
          "that",
          "this",
          "there",
          "with",
          "being",
          "been",
          "from",
          "into",
          "about",
          "respect",
          "relation",
          "any",
          "only",
          "had",
          "have",
          "has",
          "are",
          "its",
          "not",
          "but",
          "all",
          "their",
          "they",
          "request",
          "concern",
          "raise",
          "issue",
          "work",
          "need",
          "reason",
          "also",
          "would",
          "could",
          "should",
          "how",
          "why",
          "when",
          "where",
          "who",
          "same",
          "some",
          "such");

  private QuestionLists() {}

  /** Whether {@code text} introduces a list of members' questions. */
  static boolean isIntro(String text) {
    return INTRO.matcher(text.strip()).find();
  }

  /** Whether {@code text} introduces the list of responses. */
  static boolean isResponseIntro(String text) {
    return RESPONSE_INTRO.matcher(text.strip()).find();
  }

  /** Whether {@code text} is a bullet; its text without the bullet is {@link #strip}. */
  static boolean isBullet(String text) {
    return BULLET.matcher(text).find();
  }

  static String strip(String text) {
    return BULLET.matcher(text).replaceFirst("").strip();
  }

  /** The answer of each question, paired by shared words; null where none is shared enough. */
  static List<QuestionAnswer> pair(
      List<Line> questions, String askedBy, List<Line> answers, String answeredBy) {
    List<Set<String>> q = questions.stream().map(l -> stems(l.text())).toList();
    List<Set<String>> a = answers.stream().map(l -> stems(l.text())).toList();
    Map<String, Integer> df = new HashMap<>();
    q.forEach(s -> s.forEach(w -> df.merge(w, 1, Integer::sum)));
    a.forEach(s -> s.forEach(w -> df.merge(w, 1, Integer::sum)));
    List<double[]> scored = new ArrayList<>();
    for (int i = 0; i < q.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        double score = score(q.get(i), a.get(j), df, questions.get(i).text());
        if (score > 0.5) {
          scored.add(new double[] {score, i, j});
        }
      }
    }
    scored.sort(Comparator.comparingDouble((double[] s) -> -s[0]));
    Line[] answerOf = new Line[q.size()];
    Set<Integer> used = new HashSet<>();
    for (double[] s : scored) {
      int i = (int) s[1];
      int j = (int) s[2];
      if (answerOf[i] == null && used.add(j)) {
        answerOf[i] = answers.get(j);
      }
    }
    List<QuestionAnswer> out = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Line ql = questions.get(i);
      Line al = answerOf[i];
      out.add(
          new QuestionAnswer(
              ql.text(),
              ql.anchor(),
              askedBy,
              al == null ? null : al.text(),
              al == null ? null : al.anchor(),
              al == null ? null : answeredBy));
    }
    return out;
  }

  /**
   * The words a question and an answer share, each weighted by how rare it is among the bullets; an
   * acronym ("AI", "PLO") counts double, being the surest sign of a shared topic.
   */
  private static double score(
      Set<String> question, Set<String> answer, Map<String, Integer> df, String questionText) {
    double score = 0;
    for (String w : question) {
      if (answer.contains(w)) {
        boolean acronym =
            Pattern.compile("\\b" + Pattern.quote(w.toUpperCase(Locale.ROOT)) + "\\b")
                .matcher(questionText)
                .find();
        score += (acronym ? 2.0 : 1.0) / df.get(w);
      }
    }
    return score;
  }

  /** Content words, crudely stemmed so that "interviews" meets "interview". */
  static Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      String s = stem(w);
      if (s.length() >= 2 && !STOP.contains(s) && !STOP.contains(w)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
