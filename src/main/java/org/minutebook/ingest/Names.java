package org.minutebook.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidies the names of councils and committees as documents write them. */
final class Names {
  /** Words written in lower case inside a name ("Kingston upon Thames", "Comité de démolition"). */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "and", "of", "upon", "on", "the", "in", "for", "at", "to", "a", "an", "de", "du", "des",
          "la", "le", "les", "et", "à");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private Names() {}

  /**
   * Rewrites runs of words in capitals in title case ("STOKE FERRY PARISH COUNCIL DRAFT Minutes"
   * becomes "Stoke Ferry Parish Council Draft Minutes"). Single capitalised words (acronyms) and
   * mixed-case text are left alone, and the length of the text never changes, so that positions
   * found in the result are positions in the original.
   */
  static String titleCaseCapitals(String text) {
    // A scanner rather than a regular expression: a repeated group recurses once per word, and a
    // long line of capitals would overflow the stack.
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = capitalWordAt(text, i);
      if (end < 0) {
        out.append(text.charAt(i++));
        continue;
      }
      int runEnd = end;
      int words = 1;
      for (int next = nextCapitalWord(text, end); next > 0; next = nextCapitalWord(text, runEnd)) {
        runEnd = next;
        words++;
      }
      String run = text.substring(i, runEnd);
      out.append(words >= 2 ? titleCase(run, i == 0) : run);
      i = runEnd;
    }
    // Lower-casing a few letters changes their length; positions must hold, so keep those as is.
    return out.length() == text.length() ? out.toString() : text;
  }

  /** Where a word in capitals that starts at {@code at} ends, or -1 if none starts there. */
  private static int capitalWordAt(String text, int at) {
    if (!Character.isUpperCase(text.charAt(at))
        || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
      return -1;
    }
    int end = at;
    while (end < text.length()
        && (Character.isUpperCase(text.charAt(end)) || "'’.&-".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    return end < text.length() && Character.isLetter(text.charAt(end)) ? -1 : end;
  }

  /** The end of the next word of a run ("OF", "&"), after spaces, or -1 when the run ends. */
  private static int nextCapitalWord(String text, int from) {
    int at = from;
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
    if (at == from || at >= text.length()) {
      return -1;
    }
    boolean connector =
        "&-–".indexOf(text.charAt(at)) >= 0
            && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    return connector ? at + 1 : capitalWordAt(text, at);
  }

  /** Title case, with {@link #SMALL_WORDS} in lower case except at the start. */
  static String titleCase(String words, boolean atStart) {
    Matcher m = WORD.matcher(words);
    StringBuilder out = new StringBuilder(words.length());
    int last = 0;
    boolean first = atStart;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      boolean afterApostrophe = m.start() > 0 && "'’".indexOf(words.charAt(m.start() - 1)) >= 0;
      boolean small = SMALL_WORDS.contains(word) && !first;
      boolean keepLower = small || (afterApostrophe && word.length() == 1);
      out.append(words, last, m.start()).append(keepLower ? word : capitalise(word));
      last = m.end();
      first = false;
    }
    return out.append(words, last, words.length()).toString();
  }

  /** "O'BRIEN" becomes "O'Brien"; "COUNCIL'S" becomes "Council's" (a one-letter tail stays low). */
  private static String capitalise(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /**
   * Joins a line whose letters are spaced out, as some PDFs set headings: "C I T Y O F G A R D E N
   * A" becomes "CITY OF GARDENA". Other lines are returned unchanged.
   */
  static String unspaced(String line) {
    String[] tokens = line.strip().split(" ");
    int singles = 0;
    int nonEmpty = 0;
    for (String token : tokens) {
      if (!token.isEmpty()) {
        nonEmpty++;
        if (token.length() == 1) {
          singles++;
        }
      }
    }
    if (nonEmpty < 6 || singles < nonEmpty * 0.8) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    for (String word : line.strip().split(" {2,}")) {
      out.append(out.isEmpty() ? "" : " ").append(word.replace(" ", ""));
    }
    return out.toString();
  }

  /** Collapses runs of white space to one space and trims. */
  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** A name as shown: spaces collapsed, capitals in title case, no trailing punctuation. */
  static String tidy(String name) {
    String flat = collapse(name).replaceAll("^[\\s,;:.–—-]+|[\\s,;:–—-]+$", "");
    flat = flat.replaceAll("(\\p{L})- (\\p{Lu})", "$1-$2");
    flat = flat.replaceAll("[’']s$", "");
    return titleCaseCapitals(flat);
  }

  /** Words quoted as evidence, at most {@code max} characters. */
  static String quote(String words, int max) {
    String flat = collapse(words);
    if (flat.length() > max) {
      int cut = flat.lastIndexOf(' ', max);
      flat = flat.substring(0, cut > max / 2 ? cut : max) + "…";
    }
    return "\"" + flat + "\"";
  }
}
