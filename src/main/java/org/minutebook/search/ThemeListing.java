package org.minutebook.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.minutebook.model.ItemKnowledge;

/**
 * The records of one kind (commitments, decisions) of every item of one reader, each with the
 * themes of the paragraph it comes from, listed once per reader and indexed by theme. A register
 * asked for one theme visits that theme's records only; working out every record's themes on every
 * request was half of a register's time at 100,000 items.
 */
final class ThemeListing<T> {
  /** A record, the item it belongs to, and its themes. */
  record Listed<T>(KnowledgeRecords.Held held, T record, List<String> themes) {}

  private final List<Listed<T>> all;
  private final Map<String, List<Listed<T>>> byTheme = new HashMap<>();

  ThemeListing(
      List<KnowledgeRecords.Held> items,
      Function<ItemKnowledge, List<T>> records,
      Function<T, String> anchor) {
    List<Listed<T>> listed = new ArrayList<>();
    for (KnowledgeRecords.Held held : items) {
      for (T record : records.apply(held.knowledge())) {
        Listed<T> one = new Listed<>(held, record, held.themesAt(anchor.apply(record)));
        listed.add(one);
        for (String theme : one.themes()) {
          byTheme.computeIfAbsent(theme, k -> new ArrayList<>()).add(one);
        }
      }
    }
    this.all = List.copyOf(listed);
  }

  /**
   * The records that can pass a filter on {@code themes}: all of them when it is empty, else those
   * with any of the themes, each once, in index order.
   */
  List<Listed<T>> candidates(List<String> themes) {
    if (themes.isEmpty()) {
      return all;
    }
    if (themes.size() == 1) {
      return byTheme.getOrDefault(themes.getFirst(), List.of());
    }
    return all.stream().filter(l -> l.themes().stream().anyMatch(themes::contains)).toList();
  }
}
