package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/**
 * Splits a document's paragraphs into the meeting's preamble and its agenda items. A file of a
 * whole meeting's minutes or agenda gives one item per numbered heading; a page about one item
 * (ModernGov's "Agenda item" and "Issue - meetings" pages, a report) stays one item, whatever
 * numbered lists it holds. Within each item, paragraphs get their section and an anchor.
 */
public final class StructureSplitter {
  /** ModernGov's label above a page about one item. */
  private static final Pattern SINGLE_ITEM_PAGE =
      Pattern.compile(
          "^(?:agenda item|issue - meetings|issue details|decision details|decision)$",
          Pattern.CASE_INSENSITIVE);

  /** "Meeting: 30/09/2021 - Cabinet (Item 54)" on ModernGov issue pages. */
  private static final Pattern MEETING_LINE =
      Pattern.compile("^Meeting:\\s.*?(?:\\(Item\\s+([\\w.]+)\\))?\\s*$");

  private static final int MARKER_WITHIN = 3;

  private static final Pattern WORDS = Pattern.compile("\\s+");

  /** "Minutes of the meeting …", "Present:", "Those attending": the head of minutes. */
  private static final Pattern MINUTES_HEAD =
      Pattern.compile(
          "^(?:(?:draft |unconfirmed |approved )?minutes of\\b|present\\b|those (?:present|attending)"
              + "|in attendance|members present|attendance:)",
          Pattern.CASE_INSENSITIVE);

  private static final int HEAD = 15;

  /** Fewer words before the first item are a heading, already read as the meeting's metadata. */
  private static final int OPENING_MIN_WORDS = 20;

  private static final int MIN_PROSE_WORDS = 4;

  private StructureSplitter() {}

  /** The document's preamble and items; a document without text gives no items. */
  public static DocumentStructure split(List<Para> paragraphs) {
    if (paragraphs.isEmpty()) {
      return new DocumentStructure(List.of(), List.of());
    }
    boolean minutes = isMinutes(paragraphs);
    int marker = singleItemMarker(paragraphs);
    List<Heading> headings = marker >= 0 ? List.of() : ItemSequence.headings(paragraphs);
    if (headings.isEmpty()) {
      return singleItem(paragraphs, marker, minutes);
    }
    List<ItemDraft> items = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      int end = i + 1 < headings.size() ? headings.get(i + 1).index() : paragraphs.size();
      int start = heading.index() + heading.consumed();
      items.add(item(heading.number(), heading.title(), paragraphs.subList(start, end), minutes));
    }
    List<Para> preamble = paragraphs.subList(0, headings.getFirst().index());
    return new DocumentStructure(preamble, items, opening(preamble, minutes));
  }

  /**
   * The text before a meeting's first item as an item of its own, titled by its first line, unless
   * it is only a heading: fewer than {@value #OPENING_MIN_WORDS} words.
   */
  private static Optional<ItemDraft> opening(List<Para> preamble, boolean minutes) {
    int words = 0;
    for (Para para : preamble) {
      words += WORDS.split(para.text().strip()).length;
    }
    if (preamble.isEmpty() || words < OPENING_MIN_WORDS) {
      return Optional.empty();
    }
    String title = Titles.tidy(preamble.getFirst().text());
    List<Para> body = preamble.size() > 1 ? preamble.subList(1, preamble.size()) : preamble;
    return Optional.of(item(null, title, body, minutes));
  }

  /**
   * A heading found in the document.
   *
   * @param index the paragraph it starts at
   * @param consumed how many paragraphs it takes up: 0 when the paragraph goes on with the item's
   *     text, 1 for a heading paragraph, 2 for a number on its own followed by the title
   */
  record Heading(int index, int consumed, String number, String title) {}

  private static DocumentStructure singleItem(List<Para> paragraphs, int marker, boolean minutes) {
    List<Para> preamble = new ArrayList<>();
    int start = 0;
    String number = null;
    String title = null;
    if (marker >= 0) {
      preamble.addAll(paragraphs.subList(0, marker + 1));
      start = marker + 1;
    }
    if (start < paragraphs.size()) {
      Heading heading = ItemSequence.leadingHeading(paragraphs, start);
      if (heading != null) {
        number = heading.number();
        title = heading.title();
        start += heading.consumed();
      } else if (marker >= 0) {
        title = Titles.tidy(WebFurniture.trimLink(paragraphs.get(start).text()));
        start++;
      }
    }
    List<Para> body = new ArrayList<>();
    for (Para para : paragraphs.subList(start, paragraphs.size())) {
      Matcher meeting = MEETING_LINE.matcher(para.text());
      if (marker >= 0 && meeting.matches()) {
        preamble.add(para);
        number = number == null ? meeting.group(1) : number;
      } else {
        body.add(para);
      }
    }
    return new DocumentStructure(preamble, List.of(item(number, title, body, minutes)));
  }

  private static ItemDraft item(String number, String title, List<Para> body, boolean minutes) {
    List<SectionKind> kinds =
        SectionClassifier.classify(body.stream().map(Para::text).toList(), minutes);
    List<Paragraph> paragraphs = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      Para para = body.get(i);
      paragraphs.add(new Paragraph("p" + (i + 1), para.text(), para.page(), kinds.get(i)));
    }
    return new ItemDraft(number, title, paragraphs);
  }

  /** The index of a ModernGov "Agenda item" label near the top, or -1. */
  private static int singleItemMarker(List<Para> paragraphs) {
    for (int i = 0; i < Math.min(MARKER_WITHIN, paragraphs.size()); i++) {
      if (SINGLE_ITEM_PAGE.matcher(paragraphs.get(i).text()).matches()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the document records a meeting: its head names the minutes or who attended, or enough
   * of its sentences report what happened.
   */
  static boolean isMinutes(List<Para> paragraphs) {
    for (Para para : paragraphs.subList(0, Math.min(HEAD, paragraphs.size()))) {
      if (MINUTES_HEAD.matcher(para.text()).find()) {
        return true;
      }
    }
    int prose = 0;
    int reporting = 0;
    for (Para para : paragraphs) {
      if (WORDS.split(para.text()).length >= MIN_PROSE_WORDS) {
        prose++;
        reporting += SectionClassifier.reports(para.text()) ? 1 : 0;
      }
    }
    return prose > 0 && reporting * 10 >= prose * 3;
  }
}
