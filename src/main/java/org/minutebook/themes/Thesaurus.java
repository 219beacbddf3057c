package org.minutebook.themes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minutebook.config.YamlFiles;

/**
 * The local-government glossary searches are expanded with: groups of equivalent acronyms and
 * phrases ("MASH", "multi-agency safeguarding hub", "front door"), applied at query time, and UK/US
 * spelling variants, folded at analysis time. The built-in glossary ships in the jar; a {@value
 * #FILE_NAME} at the corpus root adds groups to it.
 */
public final class Thesaurus {
  /** The name of a corpus's own additions. */
  public static final String FILE_NAME = "thesaurus.yaml";

  private static final String BUILT_IN = "/org/minutebook/themes/thesaurus.yaml";
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Thesaurus BUILT_IN_THESAURUS = loadBuiltIn();

  /** The file's shape (public fields, so that errors point at their line). */
  static final class ThesaurusFile {
    public List<GroupFields> groups;
    public List<List<String>> spellings;
  }

  /** One group as written. */
  static final class GroupFields {
    public String id;
    public List<String> acronyms;
    public List<String> terms;
    public List<String> related;
    public boolean ambiguous;
    public String note;
  }

  /**
   * One concept.
   *
   * @param id kebab-case id
   * @param acronyms matched only as typed, in capitals
   * @param terms equivalent words and phrases, lower case
   * @param related near-synonyms searched one way, with less weight
   * @param ambiguous whether an acronym is also a common word ("SEND"), so that only its
   *     capitalised form may be searched
   */
  public record Group(
      String id,
      List<String> acronyms,
      List<String> terms,
      List<String> related,
      boolean ambiguous) {}

  /**
   * Where a group matched in a run of words.
   *
   * @param start the first word
   * @param end one past the last word
   * @param group the group
   * @param matched the words as typed
   */
  public record Match(int start, int end, Group group, String matched) {}

  private final List<Group> groups;
  private final Map<String, Group> byAcronym = new HashMap<>();
  private final Map<String, Group> byLowerAcronym = new HashMap<>();
  private final Map<String, Group> byTerm = new HashMap<>();
  private final Map<String, String> spellings;
  private final int longestTerm;

  private Thesaurus(List<Group> groups, Map<String, String> spellings) {
    this.groups = List.copyOf(groups);
    this.spellings = Map.copyOf(spellings);
    int longest = 1;
    for (Group group : groups) {
      for (String acronym : group.acronyms()) {
        byAcronym.putIfAbsent(acronym, group);
        if (!group.ambiguous()) {
          byLowerAcronym.putIfAbsent(acronym.toLowerCase(Locale.ROOT), group);
        }
      }
      for (String term : group.terms()) {
        byTerm.putIfAbsent(key(words(term)), group);
        longest = Math.max(longest, words(term).size());
      }
    }
    this.longestTerm = longest;
  }

  /** How a run of lower-case words is looked up: spelling variants folded ("behavior"). */
  private String key(List<String> words) {
    StringBuilder key = new StringBuilder();
    for (String w : words) {
      key.append(key.isEmpty() ? "" : " ").append(spellings.getOrDefault(w, w));
    }
    return key.toString();
  }

  /** The built-in glossary. */
  public static Thesaurus builtIn() {
    return BUILT_IN_THESAURUS;
  }

  /** The built-in glossary plus the groups of the corpus's {@value #FILE_NAME}, if it has one. */
  public static Thesaurus forCorpus(Path corpusRoot) throws IOException {
    Path file = corpusRoot.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return BUILT_IN_THESAURUS;
    }
    ThesaurusFile added = read(Files.readAllBytes(file), file.toString());
    if (added.spellings != null && !added.spellings.isEmpty()) {
      throw new ThesaurusFileException(
          file
              + ": 'spellings' are part of how text is indexed and can only be changed in"
              + " Minutebook's built-in thesaurus; list variants as a group's terms instead");
    }
    List<Group> all = new ArrayList<>(BUILT_IN_THESAURUS.groups);
    all.addAll(0, groups(added, file.toString()));
    return new Thesaurus(all, BUILT_IN_THESAURUS.spellings);
  }

  private static Thesaurus loadBuiltIn() {
    try (InputStream in = Thesaurus.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("built-in thesaurus missing from the jar: " + BUILT_IN);
      }
      ThesaurusFile file = read(in.readAllBytes(), "built-in thesaurus");
      return new Thesaurus(groups(file, "built-in thesaurus"), spellings(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in thesaurus", e);
    }
  }

  /** Parses a thesaurus file; for tests and for checking a corpus's file. */
  static Thesaurus parse(byte[] yaml, String name) {
    ThesaurusFile file = read(yaml, name);
    return new Thesaurus(groups(file, name), spellings(file));
  }

  private static ThesaurusFile read(byte[] yaml, String name) {
    ThesaurusFile file;
    try {
      file = YamlFiles.read(yaml, ThesaurusFile.class, name);
    } catch (YamlFiles.InvalidFileException e) {
      throw new ThesaurusFileException(e.getMessage());
    }
    if (file == null || file.groups == null) {
      throw new ThesaurusFileException(name + ": expected a 'groups:' list");
    }
    return file;
  }

  private static List<Group> groups(ThesaurusFile file, String name) {
    Map<String, Group> seen = new LinkedHashMap<>();
    for (GroupFields fields : file.groups) {
      Group group = validate(fields, name);
      if (seen.put(group.id(), group) != null) {
        throw new ThesaurusFileException(name + ": group id '" + group.id() + "' is defined twice");
      }
    }
    return List.copyOf(seen.values());
  }

  private static Group validate(GroupFields fields, String name) {
    if (fields == null || fields.id == null || !ID.matcher(fields.id).matches()) {
      throw new ThesaurusFileException(
          name
              + ": group id '"
              + (fields == null ? null : fields.id)
              + "' must be lower-case words joined by '-'");
    }
    List<String> acronyms = clean(fields.acronyms);
    List<String> terms = clean(fields.terms).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    if (acronyms.size() + terms.size() < 2) {
      throw new ThesaurusFileException(
          name + ": group '" + fields.id + "' needs at least two acronyms or terms to equate");
    }
    List<String> related =
        clean(fields.related).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    return new Group(fields.id, acronyms, terms, related, fields.ambiguous);
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
  }

  private static Map<String, String> spellings(ThesaurusFile file) {
    Map<String, String> fold = new HashMap<>();
    if (file.spellings != null) {
      for (List<String> row : file.spellings) {
        for (String variant : row.subList(1, row.size())) {
          fold.put(variant.toLowerCase(Locale.ROOT), row.get(0).toLowerCase(Locale.ROOT));
        }
      }
    }
    return fold;
  }

  /** Lower-cased words of {@code text}, split at anything not a letter or digit. */
  public static List<String> words(String text) {
    return typedWords(text.toLowerCase(Locale.ROOT));
  }

  /** The words of {@code text} as typed (case kept), split at anything not a letter or digit. */
  public static List<String> typedWords(String text) {
    List<String> words = new ArrayList<>();
    for (String w : WORD_BREAK.split(text)) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Every group, in file order (a corpus's own groups first). */
  public List<Group> groups() {
    return groups;
  }

  /** Variant spelling → the form it is folded to (lower case). */
  public Map<String, String> spellings() {
    return spellings;
  }

  /**
   * The groups that match in {@code typed}, the words of a query as typed: acronyms (an ambiguous
   * one only in its capitals; a plural "s" allowed), terms as the longest run of words, left to
   * right.
   */
  public List<Match> matches(List<String> typed) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < typed.size()) {
      Optional<Match> match = longestAt(typed, i);
      if (match.isPresent()) {
        found.add(match.get());
        i = match.get().end();
      } else {
        i++;
      }
    }
    return found;
  }

  private Optional<Match> longestAt(List<String> typed, int start) {
    for (int end = Math.min(typed.size(), start + longestTerm); end > start; end--) {
      List<String> run = typed.subList(start, end);
      Group group = byTerm.get(key(words(String.join(" ", run))));
      if (group == null && end == start + 1) {
        group = acronym(run.get(0));
      }
      if (group != null) {
        return Optional.of(new Match(start, end, group, String.join(" ", run)));
      }
    }
    return Optional.empty();
  }

  /**
   * The group of an acronym: as typed, or in any case when it is not also a common word ("ehcp" but
   * not "send"); a plural "s" is allowed.
   */
  private Group acronym(String word) {
    Group group = acronymAsTyped(word);
    if (group == null && word.length() > 2 && word.endsWith("s")) {
      group = acronymAsTyped(word.substring(0, word.length() - 1));
    }
    return group;
  }

  private Group acronymAsTyped(String word) {
    Group group = byAcronym.get(word);
    return group != null ? group : byLowerAcronym.get(word.toLowerCase(Locale.ROOT));
  }

  /** An invalid thesaurus file; the message names the file and, where known, the line. */
  public static final class ThesaurusFileException extends YamlFiles.InvalidFileException {
    private static final long serialVersionUID = 1L;

    public ThesaurusFileException(String message) {
      super(message);
    }
  }
}
