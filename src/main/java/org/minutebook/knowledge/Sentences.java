package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences the way minutes are written: a full stop, question or
 * exclamation mark followed by a space and a capital (or a bullet) ends a sentence, except after
 * titles and abbreviations ("Mr.", "Cllr.", "e.g.", "i.e.", "No.") and initials ("J. Smith").
 * Semicolon-separated list entries ("…; and") stay in one sentence.
 */
final class Sentences {
  /** A sentence and where it starts and ends in its paragraph. */
  record Sentence(String text, int start, int end) {}

  private static final Pattern END =
      Pattern.compile("[.!?][\"'’”)]*\\s+(?=[\"'‘“(]?[A-Z0-9£•·-]|[a-z]\\)\\s)");

  private static final Pattern NOT_AN_END =
      Pattern.compile(
          "(?i)(?:\\b(?:mr|mrs|ms|dr|cllr|cll|prof|rev|st|br|no|nos|para|paras|approx|cf|vs|etc|ref"
              + "|e\\.g|i\\.e|inc|ltd|co|sec|min|max|fig|vol|ch|art|reg)|\\b[A-Z])$");

  private Sentences() {}

  /** The sentences of {@code paragraph}, stripped, with their offsets. */
  static List<Sentence> split(String paragraph) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = END.matcher(paragraph);
    int start = 0;
    while (m.find()) {
      String before = paragraph.substring(start, m.start());
      if (NOT_AN_END.matcher(before).find() && paragraph.charAt(m.start()) == '.') {
        continue;
      }
      add(sentences, paragraph, start, m.start() + 1);
      start = m.end();
    }
    add(sentences, paragraph, start, paragraph.length());
    return sentences;
  }

  /** The sentence texts only. */
  static List<String> texts(String paragraph) {
    return split(paragraph).stream().map(Sentence::text).toList();
  }

  private static void add(List<Sentence> out, String paragraph, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new Sentence(paragraph.substring(s, e), s, e));
    }
  }
}
