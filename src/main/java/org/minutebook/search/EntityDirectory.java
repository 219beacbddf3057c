package org.minutebook.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minutebook.model.Entity;
import org.minutebook.model.EntityKind;
import org.minutebook.model.EntitySummary;
import org.minutebook.model.Filters;

/**
 * Gathers the entities of every item into one entry per kind and name: how many items name it,
 * when, and for people the roles they were given at each meeting.
 */
final class EntityDirectory {
  private EntityDirectory() {}

  private record Named(KnowledgeRecords.Held item, Entity entity) {}

  /**
   * The entities of {@code items} that pass {@code filters}, of the given kinds (all when empty)
   * and whose name contains {@code words} (any case; all when blank): most often named first.
   */
  static List<EntitySummary> gather(
      List<KnowledgeRecords.Held> items, Filters filters, List<EntityKind> kinds, String words) {
    String wanted = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
    Map<String, List<Named>> byName = new LinkedHashMap<>();
    for (KnowledgeRecords.Held item : items) {
      if (!item.passes(filters, item.themes())) {
        continue;
      }
      for (Entity e : item.knowledge().entities()) {
        if ((kinds.isEmpty() || kinds.contains(e.kind()))
            && e.name().toLowerCase(Locale.ROOT).contains(wanted)) {
          byName
              .computeIfAbsent(e.kind().label() + "\u0000" + e.name(), k -> new ArrayList<>())
              .add(new Named(item, e));
        }
      }
    }
    List<EntitySummary> summaries = new ArrayList<>();
    for (List<Named> named : byName.values()) {
      summaries.add(summary(named));
    }
    summaries.sort(
        Comparator.comparingInt(EntitySummary::items)
            .reversed()
            .thenComparing(EntitySummary::name));
    return summaries;
  }

  private static EntitySummary summary(List<Named> named) {
    Comparator<Named> byDate =
        Comparator.comparing(
            (Named n) -> n.item().effectiveDate(),
            Comparator.nullsFirst(Comparator.naturalOrder()));
    named.sort(byDate);
    List<EntitySummary.Role> roles = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    for (Named n : named) {
      LocalDate day = n.item().date();
      if (day != null) {
        first = first == null || day.isBefore(first) ? day : first;
        last = last == null || day.isAfter(last) ? day : last;
      }
      if (n.entity().role() != null) {
        roles.add(
            new EntitySummary.Role(
                n.entity().role(),
                iso(n.item().effectiveDate()),
                n.item().committee(),
                n.item().id(),
                KnowledgeBase.link(n.item().id(), n.entity().anchor())));
      }
    }
    List<EntitySummary.Mention> mentions = new ArrayList<>();
    for (int i = named.size() - 1; i >= 0 && mentions.size() < EntitySummary.MAX_MENTIONS; i--) {
      mentions.add(mention(named.get(i)));
    }
    Entity e = named.get(0).entity();
    return new EntitySummary(
        e.kind(), e.name(), named.size(), iso(first), iso(last), roles, mentions);
  }

  private static EntitySummary.Mention mention(Named n) {
    KnowledgeRecords.Held item = n.item();
    return new EntitySummary.Mention(
        item.id(),
        n.entity().anchor(),
        KnowledgeBase.link(item.id(), n.entity().anchor()),
        item.title(),
        iso(item.effectiveDate()),
        item.committee(),
        item.council(),
        n.entity().text());
  }

  private static String iso(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
