package org.minutebook.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.config.YamlFiles;

/**
 * The organisations recognised by name ({@value #RESOURCE}), each with its canonical name. Acronyms
 * match only as written, so that "SLIP" is a partner and "slip" a trip hazard.
 */
final class Gazetteer {
  static final String RESOURCE = "/org/minutebook/knowledge/organisations.yaml";

  /** The file's shape (public fields, so that errors point at their line). */
  static final class GazetteerFile {
    public List<OrganisationFields> organisations;
  }

  /** One organisation as written. */
  static final class OrganisationFields {
    public String name;
    public List<String> acronyms;
    public List<String> terms;
  }

  /**
   * A name found in a text.
   *
   * @param canonical the organisation's canonical name
   * @param text the words as written
   * @param start where they start
   * @param end where they end
   */
  record Found(String canonical, String text, int start, int end) {}

  /** Names by their words: acronyms as written, terms lower-cased; and the longest in words. */
  private record Names(Map<String, String> asWritten, Map<String, String> anyCase, int longest) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** What may stand between the words of a name: spaces and hyphens ("sector-led"). */
  private static final Pattern JOIN = Pattern.compile("[\\s-]+");

  /** After an acronym, a role rather than the body: "Cabinet Member". */
  private static final Pattern ROLE_AFTER = Pattern.compile("^ [Mm]ember");

  private static final Names NAMES = load();

  private Gazetteer() {}

  /**
   * Every organisation named in {@code text}, in order, without overlaps (longest first). One pass
   * over the text's words, looking each run of up to the longest name's length up in two maps: this
   * runs on every paragraph at index time, where a regular expression per name was the hot spot.
   */
  static List<Found> find(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Found> kept = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Found found = longestAt(text, words, i);
      if (found == null) {
        i++;
        continue;
      }
      kept.add(found);
      while (i < words.size() && words.get(i)[0] < found.end()) {
        i++;
      }
    }
    return kept;
  }

  /** The longest name that starts at word {@code first}, or null. */
  private static Found longestAt(String text, List<int[]> words, int first) {
    StringBuilder key = new StringBuilder();
    Found best = null;
    int limit = Math.min(words.size(), first + NAMES.longest());
    for (int j = first; j < limit; j++) {
      int[] w = words.get(j);
      if (j > first) {
        String gap = text.substring(words.get(j - 1)[1], w[0]);
        if (!JOIN.matcher(gap).matches()) {
          break;
        }
        key.append(' ');
      }
      key.append(text, w[0], w[1]);
      int start = words.get(first)[0];
      String written = key.toString();
      String canonical = NAMES.asWritten().get(written);
      if (canonical != null && ROLE_AFTER.matcher(text.substring(w[1])).find()) {
        canonical = null;
      }
      if (canonical == null) {
        canonical = NAMES.anyCase().get(written.toLowerCase(Locale.ROOT));
      }
      if (canonical != null) {
        best = new Found(canonical, text.substring(start, w[1]), start, w[1]);
      }
    }
    return best;
  }

  /** A name's words joined by single spaces, as {@link #find} looks them up. */
  private static String words(String name) {
    List<String> parts = new ArrayList<>();
    Matcher m = WORD.matcher(name);
    while (m.find()) {
      parts.add(m.group());
    }
    return String.join(" ", parts);
  }

  private static Names load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "organisations gazetteer missing from the jar: " + RESOURCE);
      }
      GazetteerFile file = YamlFiles.read(in.readAllBytes(), GazetteerFile.class, RESOURCE);
      Map<String, String> asWritten = new HashMap<>();
      Map<String, String> anyCase = new HashMap<>();
      int longest = 1;
      for (OrganisationFields o : file.organisations) {
        for (String a : nonNull(o.acronyms)) {
          String key = words(a);
          asWritten.putIfAbsent(key, o.name);
          longest = Math.max(longest, key.split(" ").length);
        }
        for (String t : nonNull(o.terms)) {
          String key = words(t).toLowerCase(Locale.ROOT);
          anyCase.putIfAbsent(key, o.name);
          longest = Math.max(longest, key.split(" ").length);
        }
      }
      return new Names(Map.copyOf(asWritten), Map.copyOf(anyCase), longest);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the organisations gazetteer", e);
    }
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }
}
