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
          "Agreed",
          // Questions and meeting names that run into a body's name: "Can the Council", "AGM of the
          // Parish Council", "Dates for Next Parish Council", "Annual Parish Council".
          "Can",
          "Could",
          "Would",
          "Will",
          "Should",
          "Does",
          "Did",
          "Has",
          "Had",
          "Was",
          "Is",
          "AGM",
          "Annual",
          "Extraordinary",
          "Ordinary",
          "Special",
          "Monthly",
          "Next",
          "Dates",
          "Date");

  /**
   * Words that say what kind of body it is, not which: a name made only of these ("Parish Council",
   * "Borough Council", "Planning Commission") is a reference, not a named organisation.
   */
  private static final Set<String> GENERIC =
      Set.of(
          "Parish",
          "Town",
          "City",
          "County",
          "Borough",
          "District",
          "Community",
          "Metropolitan",
          "Municipal",
          "Unitary",
          "Local",
          "Regional",
          "National",
          "Planning",
          "Council",
          "Board",
          "Partnership",
          "Trust",
          "Agency",
          "Association",
          "Union",
          "Commission",
          "and",
          "of",
          "for",
          "&",
          "the",
          "on");

  private static final Pattern LEAD = Pattern.compile("^(\\S+)\\s+(?:(?:of|for|the|and|on)\\s+)*");

  private OrganisationNames() {}

  /**
   * The names found.
   *
   * @param start where each starts
   */
  record Found(String text, int start, int end) {}

  private static boolean generic(String name) {
    for (String word : name.split("\\s+")) {
      if (!GENERIC.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Every such name in {@code text}, in order. */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      int start = m.start();
      String name = m.group(1);
      // Strip what leads into the name: "The", "Members of the", "Chair of".
      Matcher lead = LEAD.matcher(name);
      while (lead.find() && LEADING.contains(lead.group(1).replaceAll("[.,]$", ""))) {
        start += lead.end();
        name = name.substring(lead.end());
        lead = LEAD.matcher(name);
      }
      if (name.contains(" ") && !generic(name)) {
        out.add(new Found(name, start, m.end()));
      }
    }
    return out;
  }
}
