package org.minutebook.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.InspectionKind;
import org.minutebook.model.InspectionMention;
import org.minutebook.model.Paragraph;
import org.minutebook.model.Sourced;

/**
 * Finds an item's mentions of inspections, monitoring visits and focused visits, with their dates,
 * ordinals, focus and whether they are still to come. Repeated mentions of the same visit within
 * the item become one, keeping the most complete details.
 */
final class Inspections {
  private Inspections() {}

  static List<InspectionMention> extract(AgendaItem item) {
    LocalDate meeting = meetingDate(item);
    String itemInspectorate = itemInspectorate(item);
    List<InspectionDraft> found = new ArrayList<>();
    for (Paragraph p : item.paragraphs()) {
      List<String> sentences = Sentences.texts(p.text());
      for (int i = 0; i < sentences.size(); i++) {
        String next = i + 1 < sentences.size() ? sentences.get(i + 1) : "";
        for (InspectionDraft d : read(sentences.get(i), next, p.anchor(), meeting)) {
          d.defaultInspectorate(itemInspectorate);
          if (d.inspectorate != null) {
            InspectionDraft.merge(found, d);
          }
        }
      }
    }
    return found.stream().map(InspectionDraft::toMention).toList();
  }

  private static LocalDate meetingDate(AgendaItem item) {
    return item.date().or(item::estimatedDate).map(Sourced::value).orElse(null);
  }

  private static String itemInspectorate(AgendaItem item) {
    for (Paragraph p : item.paragraphs()) {
      String named = InspectionClauses.inspectorate(p.text(), 0);
      if (named != null) {
        return named;
      }
    }
    return null;
  }

  /** The mentions in one sentence; {@code next} may state the focus of the last one. */
  static List<InspectionDraft> read(
      String sentence, String next, String anchor, LocalDate meeting) {
    List<InspectionDraft> out = new ArrayList<>();
    Matcher m = InspectionClauses.KIND.matcher(sentence);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    for (int k = 0; k < spans.size(); k++) {
      int start = spans.get(k)[0];
      int end = spans.get(k)[1];
      int clauseEnd = k + 1 < spans.size() ? spans.get(k + 1)[0] : sentence.length();
      int beforeStart = k > 0 ? spans.get(k - 1)[1] : 0;
      String word = sentence.substring(start, end);
      String before = sentence.substring(beforeStart, start);
      String clause = sentence.substring(end, Math.min(clauseEnd, end + 160));
      out.add(draft(sentence, start, k == 0, word, before, clause, anchor, meeting));
    }
    if (!out.isEmpty() && out.getLast().focus == null) {
      out.getLast().focus = InspectionClauses.focusSentence(next);
    }
    return out;
  }

  private static InspectionDraft draft(
      String sentence,
      int at,
      boolean firstInSentence,
      String word,
      String before,
      String clause,
      String anchor,
      LocalDate meeting) {
    InspectionDraft d = new InspectionDraft();
    d.kind = kind(word);
    d.explicitKind = !word.toLowerCase(Locale.ROOT).matches("(?:re-?)?inspections?");
    d.inspectorate = InspectionClauses.inspectorate(sentence, at);
    d.text = sentence;
    d.anchor = anchor;
    Boolean tense = InspectionClauses.tense(before, clause);
    d.future = Boolean.TRUE.equals(tense);
    d.ordinal = InspectionClauses.ordinal(before);
    d.focus = InspectionClauses.focus(clause);
    Optional<InspectionDates.Span> span = InspectionDates.find(clause, meeting, tense);
    if (span.isEmpty() && firstInSentence) {
      // "In June 2025 Ofsted carried out a monitoring visit": the date may come first.
      span = InspectionDates.find(before, meeting, tense);
    }
    d.span = span.orElse(null);
    return d;
  }

  private static InspectionKind kind(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("monitoring")) {
      return InspectionKind.MONITORING_VISIT;
    }
    return w.startsWith("focus") ? InspectionKind.FOCUSED_VISIT : InspectionKind.INSPECTION;
  }
}
