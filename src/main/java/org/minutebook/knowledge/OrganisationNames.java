package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations known by the shape of their name: capitalised words ending in Council, Board,
 * Partnership, Trust, Agency, Association, Union or Commission ("Cheshire East Council", "Local
 * Safeguarding Children Board").
 */
final class OrganisationNames {
  private static final String WORD = "[A-Z][\\p{L}’'&.-]*";
  private static final Pattern NAME =
      Pattern.compile(
          "\\b((?:"
              + WORD
              + "\\s+(?:(?:and|of|for|&|the|on)\\s+){0,2}){1,6}"
              + "(?:Council|Board|Partnership|Trust|Agency|Association|Union|Commission))\\b");
  private static final Set<String> LEADING =
      Set.of(
          "The",
          "A",
          "An",
          "This",
          "That",
          "These",
          "Both",
          "Each",
          "Members",
          "Member",
          "Officers",
          "Chair",
          "Chairman",
          "Leader",
          "Clerk",
          "Director",
          "Minutes",
          "Meeting",
          "Report",
          "Head",
          "Representatives",
          "Cllr",
          "Councillor",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "It",
          "In",
          "At",
          "If",
          "All",
          "Full",
          "Resolved",
          "Noted",
          "Agreed");

  private OrganisationNames() {}

  /**
   * The names found.
   *
   * @param start where each starts
   */
  record Found(String text, int start, int end) {}

  /** Every such name in {@code text}, in order. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      int start = m.start();
      String name = m.group(1);
      // Strip what leads into the name: "The", "Members of the", "Chair of".
      Matcher lead = Pattern.compile("^(\\S+)\\s+(?:(?:of|for|the|and|on)\\s+)*").matcher(name);
      while (lead.find() && LEADING.contains(lead.group(1).replaceAll("[.,]$", ""))) {
        start += lead.end();
        name = name.substring(lead.end());
        lead = Pattern.compile("^(\\S+)\\s+(?:(?:of|for|the|and|on)\\s+)*").matcher(name);
      }
      if (name.contains(" ")) {
        out.add(new Found(name, start, m.end()));
      }
    }
    return out;
  }
}
