package org.minutebook.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a line split a word ("recom-" / "mendation") or belongs to
 * it ("multi-" / "agency"), from the words the same document uses elsewhere. Minutes typed in a
 * word processor are rarely hyphenated automatically, so a hyphen is kept unless the evidence says
 * it split a word.
 */
final class Hyphenation {
  private static final Set<String> PREFIXES =
      Set.of(
          "multi", "non", "co", "pre", "post", "cross", "self", "well", "long", "short", "sub",
          "inter", "anti", "over", "under", "semi", "ex", "vice", "mid", "re", "bye", "by", "on",
          "off", "out", "up", "down", "all", "half", "part", "full", "low", "high", "cost", "year",
          "day", "e", "x", "pro", "counter", "socio", "eco", "cyber", "tri", "bi", "de");

  private static final Pattern WORD = Pattern.compile("\\p{L}++(?:['’]\\p{L}++)*+");
  private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}-])\\p{L}++(?:-\\p{L}++)+");

  /** A word fragment and its hyphen at the end of a line; a spaced " -" is a dash instead. */
  private static final Pattern LINE_END = Pattern.compile("(?<!\\p{L})(\\p{L}++)-$");

  private static final Pattern LINE_START = Pattern.compile("^(\\p{L}+)");

  /** How often each word occurs; the fragments of a split word count once, where they stand. */
  private final Map<String, Integer> words = new HashMap<>();

  private final Set<String> compounds = new HashSet<>();

  private Hyphenation() {}

  /** The vocabulary of the given lines. */
  static Hyphenation of(List<Line> lines) {
    Hyphenation hyphenation = new Hyphenation();
    for (Line line : lines) {
      String text = line.text().toLowerCase(Locale.ROOT);
      Matcher word = WORD.matcher(text);
      while (word.find()) {
        hyphenation.words.merge(word.group(), 1, Integer::sum);
      }
      Matcher compound = COMPOUND.matcher(text);
      while (compound.find()) {
        hyphenation.compounds.add(compound.group());
      }
    }
    return hyphenation;
  }

  /** Whether {@code previous} ends in a hyphen that joins it to a word at the start of next. */
  static boolean splitsAWord(String previous, String next) {
    return LINE_END.matcher(previous).find() && LINE_START.matcher(next).find();
  }

  /**
   * Whether the hyphen that ends {@code previous} stays when the lines are joined; requires {@link
   * #splitsAWord}.
   */
  boolean keepsHyphen(String previous, String next) {
    Matcher end = LINE_END.matcher(previous);
    Matcher start = LINE_START.matcher(next);
    if (!end.find() || !start.find()) {
      throw new IllegalArgumentException("no hyphenated word across these lines");
    }
    return keepsHyphenBetween(end.group(1), start.group(1));
  }

  private boolean keepsHyphenBetween(String first, String second) {
    String head = first.toLowerCase(Locale.ROOT);
    String tail = second.toLowerCase(Locale.ROOT);
    if (compounds.contains(head + "-" + tail)) {
      return true;
    }
    if (words.containsKey(head + tail)) {
      return false;
    }
    if (PREFIXES.contains(head)
        || Character.isUpperCase(first.codePointAt(0))
        || Character.isUpperCase(second.codePointAt(0))) {
      return true;
    }
    // Two words the document uses on their own make a compound; a fragment is not a word.
    if (words.getOrDefault(head, 0) > 1 && words.getOrDefault(tail, 0) > 1) {
      return true;
    }
    return !Character.isLowerCase(second.codePointAt(0));
  }
}
