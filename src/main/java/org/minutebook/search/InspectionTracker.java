package org.minutebook.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minutebook.model.Filters;
import org.minutebook.model.Inspection;
import org.minutebook.model.InspectionMention;
import org.minutebook.model.InspectionReference;

/**
 * Merges the inspection mentions of every item into one entry per inspection or visit: same
 * council, inspectorate and kind, and the same month (or, undated, the same ordinal, or the same
 * "still to come"). A mention dated only by its year joins the one visit of that year if there is
 * exactly one.
 */
final class InspectionTracker {
  private static final List<String> PRECISIONS = List.of("year", "month", "day");

  private InspectionTracker() {}

  private record Mention(KnowledgeRecords.Held item, InspectionMention mention) {}

  static List<Inspection> track(List<KnowledgeRecords.Held> items, Filters filters) {
    Filters itemFilters =
        filters
            .withDates(java.util.Optional.empty(), java.util.Optional.empty())
            .withYears(List.of());
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (KnowledgeRecords.Held item : items) {
      if (!item.passes(itemFilters, item.themes())) {
        continue;
      }
      for (InspectionMention m : item.knowledge().inspections()) {
        groups.computeIfAbsent(key(item, m), k -> new ArrayList<>()).add(new Mention(item, m));
      }
    }
    mergeLooseMentions(groups);
    attachUndated(groups);
    List<Inspection> inspections = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> group : groups.entrySet()) {
      Inspection inspection = inspection(group.getKey(), group.getValue());
      if (inDates(inspection, filters)) {
        inspections.add(inspection);
      }
    }
    inspections.sort(
        Comparator.comparing(Inspection::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Inspection::id));
    return inspections;
  }

  /** Council, inspectorate, kind, then the month, the ordinal, or whether it is still to come. */
  private static String key(KnowledgeRecords.Held item, InspectionMention m) {
    String when;
    if (m.date() != null) {
      when = "year".equals(m.precision()) ? m.date().substring(0, 4) : m.date().substring(0, 7);
    } else if (m.ordinal() != null) {
      when = m.ordinal();
    } else {
      when = m.future() ? "upcoming" : "undated";
    }
    return String.join(
            "/",
            item.council() == null ? "council-unknown" : item.council(),
            m.inspectorate(),
            m.kind().label(),
            when)
        .toLowerCase(Locale.ROOT)
        .replace(' ', '-');
  }

  /**
   * Joins year-only groups to the one dated group of that year, and ordinal-only groups to the
   * dated group with that ordinal, where there is exactly one.
   */
  private static void mergeLooseMentions(Map<String, List<Mention>> groups) {
    for (String loose : new ArrayList<>(groups.keySet())) {
      String prefix = loose.substring(0, loose.lastIndexOf('/') + 1);
      String when = loose.substring(prefix.length());
      List<String> targets = new ArrayList<>();
      for (String other : groups.keySet()) {
        if (!other.equals(loose)
            && other.startsWith(prefix)
            && fits(when, other, groups.get(other))) {
          targets.add(other);
        }
      }
      if (targets.size() == 1) {
        groups.get(targets.get(0)).addAll(groups.remove(loose));
      }
    }
  }

  /**
   * A later item that mentions "the inspection" or "the monitoring visit" without dating it refers
   * to the last one of that kind the same council had before its meeting: it joins that entry.
   */
  private static void attachUndated(Map<String, List<Mention>> groups) {
    for (String loose : new ArrayList<>(groups.keySet())) {
      if (!loose.endsWith("/undated")) {
        continue;
      }
      String prefix = loose.substring(0, loose.lastIndexOf('/') + 1);
      List<Mention> left = new ArrayList<>();
      for (Mention m : groups.get(loose)) {
        String target = lastBefore(groups, prefix, m.item().effectiveDate());
        if (target == null) {
          left.add(m);
        } else {
          groups.get(target).add(m);
        }
      }
      if (left.isEmpty()) {
        groups.remove(loose);
      } else {
        groups.put(loose, left);
      }
    }
  }

  /** The key of the dated group under {@code prefix} with the latest visit before {@code day}. */
  private static String lastBefore(
      Map<String, List<Mention>> groups, String prefix, LocalDate day) {
    if (day == null) {
      return null;
    }
    String best = null;
    LocalDate bestDate = null;
    for (Map.Entry<String, List<Mention>> group : groups.entrySet()) {
      if (!group.getKey().startsWith(prefix)) {
        continue;
      }
      for (Mention m : group.getValue()) {
        String date = m.mention().date();
        if (date != null && !m.mention().future()) {
          LocalDate visited = LocalDate.parse(date);
          if (visited.isBefore(day) && (bestDate == null || visited.isAfter(bestDate))) {
            best = group.getKey();
            bestDate = visited;
          }
        }
      }
    }
    return best;
  }

  private static boolean fits(String when, String otherKey, List<Mention> other) {
    String otherWhen = otherKey.substring(otherKey.lastIndexOf('/') + 1);
    if (when.matches("\\d{4}")) {
      return otherWhen.matches("\\d{4}-\\d{2}") && otherWhen.startsWith(when);
    }
    if (!when.matches("\\d.*") && !when.equals("upcoming") && !when.equals("undated")) {
      return otherWhen.matches("\\d.*")
          && other.stream().anyMatch(m -> when.equals(m.mention().ordinal()));
    }
    return false;
  }

  private static Inspection inspection(String id, List<Mention> mentions) {
    mentions.sort(
        Comparator.comparing(
            (Mention m) -> m.item().effectiveDate(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    InspectionMention best = mentions.get(0).mention();
    String ordinal = null;
    String focus = null;
    boolean upcoming = true;
    for (Mention m : mentions) {
      InspectionMention x = m.mention();
      if (precision(x) > precision(best)) {
        best = x;
      }
      ordinal = ordinal != null ? ordinal : x.ordinal();
      focus = focus != null ? focus : x.focus();
      upcoming &= x.future();
    }
    LocalDate visited = best.date() == null ? null : LocalDate.parse(best.date());
    List<InspectionReference> references = new ArrayList<>();
    int later = 0;
    for (Mention m : mentions) {
      LocalDate met = m.item().effectiveDate();
      boolean after = visited != null && met != null && met.isAfter(visited);
      later += after ? 1 : 0;
      references.add(reference(m, after));
    }
    InspectionMention first = mentions.get(0).mention();
    return new Inspection(
        id,
        mentions.get(0).item().council(),
        first.inspectorate(),
        first.kind(),
        best.date(),
        best.endDate(),
        best.precision(),
        ordinal,
        focus,
        upcoming,
        references,
        later);
  }

  private static InspectionReference reference(Mention m, boolean later) {
    KnowledgeRecords.Held item = m.item();
    return new InspectionReference(
        item.id(),
        m.mention().anchor(),
        KnowledgeBase.link(item.id(), m.mention().anchor()),
        item.title(),
        item.date() == null ? null : item.date().toString(),
        item.estimatedDate() == null ? null : item.estimatedDate().toString(),
        item.committee(),
        m.mention().text(),
        later,
        m.mention().future());
  }

  private static int precision(InspectionMention m) {
    return m.date() == null ? -1 : PRECISIONS.indexOf(m.precision());
  }

  private static boolean inDates(Inspection inspection, Filters filters) {
    if (filters.from().isEmpty() && filters.to().isEmpty() && filters.years().isEmpty()) {
      return true;
    }
    if (inspection.date() == null) {
      return false;
    }
    LocalDate day = LocalDate.parse(inspection.date());
    return (filters.from().isEmpty() || !day.isBefore(filters.from().get()))
        && (filters.to().isEmpty() || !day.isAfter(filters.to().get()))
        && (filters.years().isEmpty() || filters.years().contains(Integer.toString(day.getYear())));
  }
}
