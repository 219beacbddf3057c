package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts and offices named in minutes: "Director for Children and Families", "Assistant Director for
 * Children's Social Care", "Principal Social Worker", "Chair of the Improvement Board", "Cabinet
 * Member", "Clerk". The head is matched in any case; what the post is for or of must be
 * capitalised, so that "the Director for Children introduced" stops before the verb.
 */
final class EntityRoles {
  /**
   * A role found in a text.
   *
   * @param name the canonical name: the head as the gazetteer spells it, then its remit
   * @param text the words as written
   * @param start where they start
   * @param end where they end
   */
  record Found(String name, String text, int start, int end) {}

  private static final String HEADS =
      "(?:(?:interim|acting|permanent|deputy)\\s+)?"
          + "(principal social worker|director of children[’']s services"
          + "|(?:assistant|executive|strategic|corporate|service|deputy)\\s+director|director"
          + "|vice[- ]chair(?:man|person)?|chair(?:man|person)?|cabinet member|deputy leader|leader"
          + "|chief executive|(?:parish |town |deputy |assistant )?clerk|monitoring officer"
          + "|section 151 officer|responsible financial officer|deputy mayor|mayor|head of)";
  private static final String CAP = "[A-Z][\\p{L}’'&-]*";
  private static final String REMIT =
      "(?:\\s+(?:for|of)(?:\\s+the)?\\s+|\\s+(?=[A-Z]{2,}))"
          + CAP
          + "(?:(?:,?\\s+|\\s+(?:and|&|of|for|the)\\s+)"
          + CAP
          + ")*";
  private static final Pattern ROLE =
      Pattern.compile("(?i:\\b" + HEADS + "\\b)(" + REMIT + ")?(?![\\p{L}])");

  private EntityRoles() {}

  /** Every role named in {@code text}, in order. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = ROLE.matcher(text);
    while (m.find()) {
      String head = canonicalHead(m.group(1));
      String remit = m.group(2) == null ? "" : m.group(2).replaceAll("\\s+", " ");
      if (head.equals("Head of") && remit.isEmpty()) {
        continue;
      }
      out.add(new Found(head + remit, m.group(), m.start(), m.end()));
    }
    return out;
  }

  private static String canonicalHead(String head) {
    String h =
        head.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("vice chair", "vice-chair");
    if (h.startsWith("director of children")) {
      return "Director of Children's Services";
    }
    StringBuilder b = new StringBuilder();
    for (String w : h.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(w.equals("of") ? w : capitalise(w));
    }
    return b.toString();
  }

  private static String capitalise(String w) {
    StringBuilder b = new StringBuilder(w.length());
    boolean up = true;
    for (char c : w.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == '-';
    }
    return b.toString();
  }
}
