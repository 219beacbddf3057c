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

  /** Two or more consecutive words in capitals (single capitalised words are acronyms: MASH). */
  private static final Pattern CAPS_RUN =
      Pattern.compile(
          "(?<![\\p{L}\\d])[\\p{Lu}][\\p{Lu}'’.&-]*(?:[ \\t]+(?:[\\p{Lu}][\\p{Lu}'’.&-]*|&|-|–))+"
              + "(?![\\p{L}])");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private Names() {}

  /**
   * Rewrites runs of words in capitals in title case ("STOKE FERRY PARISH COUNCIL DRAFT Minutes"
   * becomes "Stoke Ferry Parish Council Draft Minutes"). Single capitalised words (acronyms) and
   * mixed-case text are left alone, and the length of the text never changes, so that positions
   * found in the result are positions in the original.
   */
  static String titleCaseCapitals(String text) {
    Matcher m = CAPS_RUN.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      out.append(text, last, m.start()).append(titleCase(m.group(), m.start() == 0));
      last = m.end();
    } while (m.find());
    out.append(text, last, text.length());
    // Lower-casing a few letters changes their length; positions must hold, so keep those as is.
    return out.length() == text.length() ? out.toString() : text;
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
