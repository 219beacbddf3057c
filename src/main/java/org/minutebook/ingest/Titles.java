package org.minutebook.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an item's title ends in a heading paragraph. Some minutes put the title on a line of
 * its own; others run it into the text ("Apologies for absence Apologies were received from …",
 * "Minutes of the last Meeting: Cllr Mendoza proposed …").
 */
final class Titles {
  /** The title and whether it is all the paragraph says. */
  record Split(String title, boolean whole) {}

  private static final int MAX_TITLE = 100;
  private static final int MAX_HEADING = 120;
  private static final int MAX_SENTENCE_WORDS = 8;
  private static final int SHORT_TITLE_WORDS = 6;
  private static final int LONG_TITLE_WORDS = 12;
  private static final double TITLE_SHARE = 0.6;
  private static final int MIN_COLON = 3;
  private static final int MAX_COLON = 80;

  /** "To Discuss:", "To Approve:": an agenda's verb before the real title. */
  private static final Pattern AGENDA_VERB = Pattern.compile("^To \\p{L}+$");

  private static final Pattern LIST_MARKER = Pattern.compile("\\s(?:\\(?[a-z]\\)|\\([ivx]+\\))\\s");
  private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");

  /** A full stop that ends a sentence, not an initial ("Councillor K. Ryan") or "Mr.". */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<!\\b\\p{Lu})(?<!\\b(?:Mr|Mrs|Ms|Dr|No|St|Cllr|Co|Rd|Ltd|etc|Ave))[.!?](?:\\s|$)");

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern TRAILING = Pattern.compile("[\\s:;,.–—-]+$");

  /** Words that start the minute's text after a run-in title. */
  private static final Set<String> STARTERS =
      Set.of(
          "The",
          "There",
          "It",
          "This",
          "Cllr",
          "Cllrs",
          "Councillor",
          "Councillors",
          "Members",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Apologies",
          "Following",
          "Proposed",
          "Resolved",
          "RESOLVED",
          "All",
          "No",
          "Nothing",
          "Noted",
          "Agreed",
          "Clerk");

  private static final int MIN_RUN_IN_WORDS = 3;

  /** Words a heading does not end on, besides the function words. */
  private static final Set<String> RUN_ON_WORDS =
      Set.of(
          "be", "is", "are", "was", "were", "that", "which", "who", "will", "would", "should",
          "has", "have", "had", "not", "their", "its", "his", "her");

  private static final Set<String> DETERMINERS =
      Set.of(
          "The", "A", "An", "This", "These", "That", "Those", "In", "It", "Its", "Our", "Their",
          "Each", "All", "Any", "Some", "On", "At", "For", "As", "If", "When", "Where");

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "of", "to", "on", "for", "by", "in", "at", "and", "from", "with", "the", "a", "an", "&",
          "-", "–", "or");

  private Titles() {}

  /**
   * The title at the start of {@code text}, or null when the text reads as prose rather than a
   * heading.
   */
  static Split split(String text) {
    Split colon = atColon(text);
    if (colon != null) {
      return colon;
    }
    int starter = starter(text);
    if (starter > 0 && isTitle(text.substring(0, starter))) {
      return new Split(tidy(text.substring(0, starter)), false);
    }
    if (text.length() <= MAX_HEADING && isHeadingLine(text)) {
      return new Split(tidy(text), true);
    }
    Matcher sentence = SENTENCE_END.matcher(text);
    if (sentence.find() && sentence.start() <= MAX_TITLE) {
      // "Election of Chairman. A proposal was made …": a short first sentence as the title.
      String first = text.substring(0, sentence.start());
      return isTitle(first) ? new Split(tidy(first), false) : null;
    }
    String prefix = titleCasePrefix(text);
    return prefix == null ? null : new Split(tidy(prefix), false);
  }

  /**
   * Whether the words read as a title rather than a sentence: a few words, an agenda's "To …", or
   * most words capitalised; never a long sentence with a full stop.
   */
  static boolean isTitle(String text) {
    String tidy = tidy(text);
    int words = words(tidy);
    if (words == 0 || (SENTENCE_END.matcher(text).find() && words > MAX_SENTENCE_WORDS)) {
      return false;
    }
    return words <= SHORT_TITLE_WORDS
        || tidy.startsWith("To ")
        || ItemHeading.isCapitals(tidy)
        || capitalisedShare(tidy) >= TITLE_SHARE;
  }

  /**
   * Whether a paragraph of its own reads as a heading: a title, or a dozen words in sentence case
   * that neither end a sentence nor run on ("Demande de démolition pour le 1069, boulevard …").
   */
  static boolean isHeadingLine(String text) {
    return isTitle(text)
        || (words(text) <= LONG_TITLE_WORDS && !hasSentenceEnd(text) && !runsOn(text));
  }

  /** Whether most of the words that matter start with a capital: "Proposal and Options". */
  static boolean isTitleCase(String text) {
    return capitalisedShare(text) >= TITLE_SHARE;
  }

  private static double capitalisedShare(String text) {
    int significant = 0;
    int capitalised = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      String w = word.group();
      if (Character.isLetter(w.codePointAt(0)) && !FUNCTION_WORDS.contains(w)) {
        significant++;
        capitalised += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return significant == 0 ? 0 : (double) capitalised / significant;
  }

  /**
   * The words in title case at the start of a run-in heading ("Aquatic Program Annual Report Report
   * on annual …"), or null when fewer than two lead the text.
   */
  private static String titleCasePrefix(String text) {
    Matcher word = WORD.matcher(text);
    int end = 0;
    int significant = 0;
    while (word.find() && word.end() <= MAX_TITLE) {
      String w = word.group();
      boolean capital =
          Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0));
      if (!capital && !FUNCTION_WORDS.contains(w)) {
        break;
      }
      if (capital) {
        significant++;
        end = word.end();
      }
      if (SENTENCE_END.matcher(w).find()) {
        break;
      }
    }
    boolean subject = DETERMINERS.contains(text.substring(0, text.indexOf(' ') + 1).strip());
    return significant >= MIN_RUN_IN_WORDS && !subject ? text.substring(0, end) : null;
  }

  /** Whether the text stops mid-sentence or introduces a list: "… are to be", "… as follows:". */
  private static boolean runsOn(String text) {
    String stripped = text.strip();
    if (stripped.endsWith(":") || stripped.endsWith(",")) {
      return true;
    }
    String last = stripped.substring(stripped.lastIndexOf(' ') + 1);
    return FUNCTION_WORDS.contains(last) || RUN_ON_WORDS.contains(last);
  }

  private static boolean hasSentenceEnd(String text) {
    return SENTENCE_END.matcher(text).find();
  }

  private static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  private static Split atColon(String text) {
    int colon = text.indexOf(':');
    if (colon < MIN_COLON || colon > MAX_COLON || colon + 1 >= text.length()) {
      return null;
    }
    String head = text.substring(0, colon).strip();
    String rest = text.substring(colon + 1).strip();
    if (AGENDA_VERB.matcher(head).matches() && !rest.isEmpty()) {
      Split inner = split(rest);
      return inner == null ? null : new Split(inner.title(), false);
    }
    if (SENTENCE_END.matcher(head).find() || !isTitle(head)) {
      return null;
    }
    return new Split(tidy(head), false);
  }

  /** Where the minute's own text starts after a run-in title, or -1. */
  private static int starter(String text) {
    Matcher marker = LIST_MARKER.matcher(text);
    if (marker.find() && marker.start() <= MAX_TITLE) {
      return marker.start();
    }
    Matcher word = WORD.matcher(text);
    String previous = null;
    int index = 0;
    while (word.find() && word.start() <= MAX_TITLE) {
      String current = word.group();
      if (index >= 2 && STARTERS.contains(current) && !FUNCTION_WORDS.contains(previous)) {
        return word.start();
      }
      previous = current;
      index++;
    }
    return -1;
  }

  /** The title without trailing punctuation. */
  static String tidy(String title) {
    return TRAILING.matcher(title.strip()).replaceAll("");
  }
}
