package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named with a title ("Mr Paul Boyce", "Cllr. Teefy", "Councillor Healey"), and the role a
 * sentence gives them: "Mr Paul Boyce, the Director for Children", "the Clerk, Mrs Evans", "Ms
 * Rhodes-White … was the Chair of the Improvement Board".
 */
final class EntityPeople {
  /**
   * A person found in a sentence.
   *
   * @param name the name without title or possessive ("Paul Boyce")
   * @param text the words as written ("Mr Paul Boyce")
   * @param role the role the sentence links to them, or null
   */
  record Found(String name, String text, String role) {}

  private static final String WORD = "[A-Z][\\p{L}’'-]*[\\p{L}]";
  private static final Pattern PERSON =
      Pattern.compile(
          "\\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cllrs|Councillor|Professor|Prof|Sir|Dame|Revd|Rev)\\.?\\s+"
              + "((?:[A-Z]\\.?\\s+){0,2}"
              + WORD
              + "(?:\\s+"
              + WORD
              + "){0,2})");
  private static final Pattern ROLE_AFTER = Pattern.compile("^(?:,\\s*|\\s*\\(\\s*)(?:the\\s+)?$");
  private static final Pattern ROLE_LATER =
      Pattern.compile("^[^.;]{0,100}?\\b(?:was|is|as)\\s+(?:the|our)\\s+$");
  private static final Pattern ROLE_BEFORE = Pattern.compile("^,?\\s*$");
  private static final Set<String> NOT_NAMES =
      Set.of("Chair", "Chairman", "The", "And", "Members", "Officers", "Council", "Mayor");

  private EntityPeople() {}

  /** The titled people in {@code sentence}, with the roles it links to them. */
  static List<Found> find(String sentence) {
    List<EntityRoles.Found> roles = EntityRoles.find(sentence);
    List<Found> out = new ArrayList<>();
    Matcher m = PERSON.matcher(sentence);
    while (m.find()) {
      String name = trim(m.group(1));
      if (name.isEmpty()) {
        continue;
      }
      out.add(
          new Found(
              name,
              sentence.substring(m.start(), m.start(1) + name.length()),
              link(sentence, m, roles)));
    }
    return out;
  }

  private static String trim(String raw) {
    List<String> words = new ArrayList<>(List.of(raw.replaceAll("[’']s$", "").split("\\s+")));
    // A name runs into the next capitalised word at times: "Mr Boyce The"; keep names only.
    while (!words.isEmpty() && NOT_NAMES.contains(words.getLast())) {
      words.removeLast();
    }
    return String.join(" ", words);
  }

  private static String link(String s, Matcher person, List<EntityRoles.Found> roles) {
    for (EntityRoles.Found r : roles) {
      if (r.start() >= person.end()) {
        String between = s.substring(person.end(), r.start());
        if (ROLE_AFTER.matcher(between).find() || ROLE_LATER.matcher(between).find()) {
          return r.name();
        }
      } else if (r.end() <= person.start()
          && ROLE_BEFORE.matcher(s.substring(r.end(), person.start())).find()) {
        return r.name();
      }
    }
    return null;
  }
}
