package org.minutebook.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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

  private record Entry(String canonical, Pattern pattern) {}

  private static final List<Entry> ENTRIES = load();

  private Gazetteer() {}

  /** Every organisation named in {@code text}, in order, without overlaps (longest first). */
  static List<Found> find(String text) {
    List<Found> all = new ArrayList<>();
    for (Entry e : ENTRIES) {
      Matcher m = e.pattern().matcher(text);
      while (m.find()) {
        all.add(new Found(e.canonical(), m.group(), m.start(), m.end()));
      }
    }
    all.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    List<Found> kept = new ArrayList<>();
    for (Found f : all) {
      if (kept.isEmpty() || f.start() >= kept.getLast().end()) {
        kept.add(f);
      }
    }
    return kept;
  }

  private static List<Entry> load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "organisations gazetteer missing from the jar: " + RESOURCE);
      }
      GazetteerFile file = YamlFiles.read(in.readAllBytes(), GazetteerFile.class, RESOURCE);
      List<Entry> entries = new ArrayList<>();
      for (OrganisationFields o : file.organisations) {
        for (String a : nonNull(o.acronyms)) {
          // "Cabinet Member" is a role; "Cabinet" alone the body.
          entries.add(
              new Entry(o.name, Pattern.compile("\\b" + Pattern.quote(a) + "\\b(?! [Mm]ember)")));
        }
        for (String t : nonNull(o.terms)) {
          entries.add(
              new Entry(
                  o.name,
                  Pattern.compile(
                      "(?i)\\b" + Pattern.quote(t).replace(" ", "\\E[\\s-]+\\Q") + "\\b")));
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the organisations gazetteer", e);
    }
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }
}
