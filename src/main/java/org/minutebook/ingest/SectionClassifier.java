package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.minutebook.model.SectionKind;

/**
 * Gives each paragraph of an item the section its preceding headings put it in. A heading on its
 * own ("RESOLVED:", "Minutes:") opens a section that lasts until the next; a paragraph that starts
 * with one ("Resolved – That the report be noted.") is in that section, and so are the list items
 * that follow it, after which the text returns to the section it was in.
 */
final class SectionClassifier {
  private static final String END = "\\s*(?:[:.–—-]+\\s*)?$";

  private static final Pattern PURPOSE =
      heading(
          "purpose(?: of (?:the )?(?:report|item|paper))?|reasons? for (?:the )?(?:report|decision)");
  private static final Pattern DISCUSSION =
      heading("minutes|discussion|notes of discussion|debate");
  private static final Pattern RESOLVED =
      heading(
          "(?:it was |and |the (?:committee|council|board|cabinet|panel) )?(?:resolved|agreed)"
              + "(?: unanimously)?(?: that)?|resolutions?|decisions?|decision taken"
              + "|il est résolu(?: à l'unanimité| à l’unanimité)?");
  private static final Pattern RECOMMENDATIONS =
      heading(
          "recommendations?|recommendation\\(s\\)|recommended|(?:the )?(?:committee|council|board"
              + "|panel|cabinet) (?:recommended|is asked to (?:resolve|recommend|agree|note))(?: that)?");
  private static final Pattern ACTIONS =
      heading("actions?(?: agreed| points| arising)?|agreed actions");
  private static final Pattern DOCUMENTS =
      heading(
          "supporting documents|additional documents|background (?:papers|documents)"
              + "|appendices|attachments|documents");

  private static final Pattern RESOLVED_LEAD =
      lead(
          "(?:it was |and |the (?:committee|council|board|cabinet|panel) )?resolved"
              + "(?: unanimously)?|decision|il est résolu");
  private static final Pattern RECOMMENDATIONS_LEAD =
      lead("recommendations?|(?:the )?(?:committee|council|board|panel|cabinet) recommended");
  private static final Pattern ACTIONS_LEAD = lead("actions?(?: agreed)?|action by");
  private static final Pattern PURPOSE_LEAD = lead("purpose(?: of (?:the )?report)?");

  /** A heading that introduces its list rather than a section: "And Resolved:", "… that:". */
  private static final Pattern LEADS_IN =
      Pattern.compile("^(?:it was|and|the)\\b|\\bthat\\W*$", Pattern.CASE_INSENSITIVE);

  /** "To provide an update…", "To receive…": what an agenda says an item is for. */
  private static final Pattern TO_DO = Pattern.compile("^To \\p{Ll}+\\b");

  private static final int OTHER_HEADING_CHARS = 60;
  private static final int PROSE_CHARS = 200;
  private static final Pattern TERMINAL = Pattern.compile("[.;,!?]$");

  /** Verbs that report what a meeting did. */
  private static final Pattern REPORTING =
      Pattern.compile(
          "\\b(?:was|were|had|noted|agreed|resolved|reported|discussed"
              + "|received|approved|confirmed|thanked|explained|asked|stated|proposed|seconded"
              + "|declared|considered|presented|welcomed|informed|advised|raised|queried"
              + "|commented|suggested|requested|outlined|introduced|said|attended|circulated"
              + "|deferred|adopted|elected|decided|highlighted|acknowledged|responded|replied)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A resolution's wording: "That the minutes be signed." */
  private static final Pattern THAT = Pattern.compile("^[“\"‘']?That\\b");

  private SectionClassifier() {}

  private static Pattern heading(String words) {
    return Pattern.compile("^(?:" + words + ")" + END, Pattern.CASE_INSENSITIVE);
  }

  /** A paragraph that starts with a section's word and goes on: "RESOLVED: That …". */
  private static Pattern lead(String words) {
    return Pattern.compile(
        "^(?:" + words + ")\\s*(?:[:–—-]|,|\\bthat\\b|\\bto\\b)\\s*\\S", Pattern.CASE_INSENSITIVE);
  }

  /**
   * The section of each paragraph.
   *
   * @param texts an item's paragraphs in order
   * @param minutes whether the document records a meeting, so that plain text is discussion
   */
  static List<SectionKind> classify(List<String> texts, boolean minutes) {
    Reader reader = new Reader(minutes, hasDiscussionHeading(texts));
    List<SectionKind> kinds = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      kinds.add(reader.next(texts.get(i), i == 0));
    }
    return kinds;
  }

  /** Whether a paragraph reports what happened, as minutes do: "The clerk reported …". */
  static boolean reports(String text) {
    return REPORTING.matcher(text).find();
  }

  /** Reads an item's paragraphs in order, remembering the section and any list it is in. */
  private static final class Reader {
    private final boolean minutes;

    /** The section the last heading opened; null before any, or after an unknown heading. */
    private SectionKind current;

    /** The section of a list that a lead-in paragraph introduced, while the list goes on. */
    private SectionKind list;

    Reader(boolean minutes, boolean described) {
      this.minutes = minutes;
      // A page with a "Minutes:" heading describes the item above it.
      this.current = described ? SectionKind.PURPOSE : null;
    }

    SectionKind next(String text, boolean first) {
      SectionKind heading = headingKind(text);
      if (heading != null) {
        // "It was resolved that:", "The Committee recommended that:": what follows is the list.
        if (LEADS_IN.matcher(text).find()) {
          list = heading;
        } else {
          current = heading;
          list = null;
        }
        return heading;
      }
      SectionKind lead = leadKind(text);
      if (lead != null) {
        list = lead;
        return lead;
      }
      if (list != null && continuesList(text)) {
        return list;
      }
      list = null;
      // Document titles listed under "Supporting documents:" look like headings; prose ends it.
      boolean documents = current == SectionKind.SUPPORTING_DOCUMENTS;
      if (documents ? isProse(text) : isOtherHeading(text)) {
        current = null;
      }
      if (first && current == null && TO_DO.matcher(text).find()) {
        return SectionKind.PURPOSE;
      }
      return current != null ? current : plain(text);
    }

    private SectionKind plain(String text) {
      return minutes || reports(text) ? SectionKind.DISCUSSION : SectionKind.OTHER;
    }
  }

  /** A sentence or more of text, not a document's title. */
  private static boolean isProse(String text) {
    return text.length() > PROSE_CHARS || !Titles.isTitle(text);
  }

  /** A heading this reader does not know ("Background", "Key Points"): it ends a section. */
  private static boolean isOtherHeading(String text) {
    return text.length() <= OTHER_HEADING_CHARS
        && !text.contains(":")
        && !TERMINAL.matcher(text).find()
        && !THAT.matcher(text).find()
        && !Reflow.isListItem(text)
        && (ItemHeading.isCapitals(text) || Titles.isTitleCase(text));
  }

  private static boolean hasDiscussionHeading(List<String> texts) {
    return texts.stream().anyMatch(text -> DISCUSSION.matcher(text).matches());
  }

  /** The section a paragraph that is only a heading opens, or null. */
  static SectionKind headingKind(String text) {
    if (PURPOSE.matcher(text).matches()) {
      return SectionKind.PURPOSE;
    }
    if (DISCUSSION.matcher(text).matches()) {
      return SectionKind.DISCUSSION;
    }
    if (RESOLVED.matcher(text).matches()) {
      return SectionKind.RESOLVED;
    }
    if (RECOMMENDATIONS.matcher(text).matches()) {
      return SectionKind.RECOMMENDATIONS;
    }
    if (ACTIONS.matcher(text).matches()) {
      return SectionKind.ACTIONS;
    }
    return DOCUMENTS.matcher(text).matches() ? SectionKind.SUPPORTING_DOCUMENTS : null;
  }

  private static SectionKind leadKind(String text) {
    if (RESOLVED_LEAD.matcher(text).find()) {
      return SectionKind.RESOLVED;
    }
    if (RECOMMENDATIONS_LEAD.matcher(text).find()) {
      return SectionKind.RECOMMENDATIONS;
    }
    if (ACTIONS_LEAD.matcher(text).find()) {
      return SectionKind.ACTIONS;
    }
    return PURPOSE_LEAD.matcher(text).find() ? SectionKind.PURPOSE : null;
  }

  private static boolean continuesList(String text) {
    return Reflow.isListItem(text) || THAT.matcher(text).find();
  }
}
