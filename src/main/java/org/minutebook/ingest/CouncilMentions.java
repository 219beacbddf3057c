package org.minutebook.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * The council a text names outside its heading, for documents whose heading names none: a copyright
 * line ("© 2024 Royal Borough of Kingston upon Thames Council"), else the council it names most
 * often ("Limerick City and County Council", twelve times). Names are read within one line.
 */
final class CouncilMentions {
  private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final String JOIN = "(?:(?:and|of|upon|on|the|in|&|de|du|la|le)[ ]+){0,3}";

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?([^.\\n]{3,90})");

  /** A council's name in running text, not the "Council Chambers" it meets in. */
  private static final Pattern MENTIONED =
      Pattern.compile(
          "((?:"
              + WORD
              + "[ ]+"
              + JOIN
              + "){1,6}Council)(?![\\p{L}])(?![ ]+(?:Chambers?|Offices?"
              + "|Hall)\\b)");

  private CouncilMentions() {}

  /** The council the text names outside its heading, if any. */
  static Optional<Sourced<String>> find(String text) {
    return fromCopyright(text).or(() -> mostNamed(text));
  }

  private static Optional<Sourced<String>> fromCopyright(String text) {
    String end = text.length() > 4_000 ? text.substring(text.length() - 4_000) : text;
    Matcher m = COPYRIGHT.matcher(end);
    while (m.find()) {
      Optional<String> name =
          CouncilNames.startingName(Names.titleCaseCapitals(m.group(1).strip()), false);
      if (name.isPresent()) {
        return Optional.of(new Sourced<>(name.get(), Origin.TEXT, Names.quote(m.group(), 120)));
      }
    }
    return Optional.empty();
  }

  /**
   * The council the text names most often (first named on a tie), if it names any by a name that
   * begins with a place ("Limerick City and County Council", "Kingston Council"), not "the May
   * Council meeting", "Neighborhood Council" or "Council Chambers".
   */
  private static Optional<Sourced<String>> mostNamed(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> firstWords = new LinkedHashMap<>();
    for (String line : TextHead.body(text).split("\n")) {
      if (line.length() > 20_000) {
        line = line.substring(0, 20_000);
      }
      Matcher m = MENTIONED.matcher(Names.titleCaseCapitals(Names.collapse(line)));
      while (m.find()) {
        String name = CouncilNames.tidy(m.group(1));
        if (CouncilNames.isProperName(name)) {
          counts.merge(name, 1, Integer::sum);
          firstWords.putIfAbsent(name, m.group(1));
        }
      }
    }
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .map(
            e ->
                new Sourced<>(
                    e.getKey(),
                    Origin.TEXT,
                    "named "
                        + (e.getValue() == 1 ? "once" : e.getValue() + " times")
                        + " in the text, first as "
                        + Names.quote(firstWords.get(e.getKey()), 120)));
  }
}
