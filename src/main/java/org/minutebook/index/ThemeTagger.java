package org.minutebook.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Theme;
import org.minutebook.themes.ThemeCatalog;

/**
 * Tags items with themes at index time by running every theme's query against the item alone, in a
 * {@link MemoryIndex} analysed exactly as the main index is. Thread-safe.
 */
public final class ThemeTagger {
  private final Map<String, Query> queries;

  public ThemeTagger(ThemeCatalog catalog) {
    this.queries =
        catalog.themes().stream()
            .collect(
                Collectors.toMap(
                    Theme::id, ThemeQueries::of, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The ids of the themes {@code item} discusses, in taxonomy order. */
  public List<String> themesOf(AgendaItem item) {
    MemoryIndex memory = new MemoryIndex();
    memory.addField(Schema.TITLE, item.title(), Schema.textAnalyzer());
    memory.addField(Schema.BODY, item.body(), Schema.textAnalyzer());
    List<String> themes = new ArrayList<>();
    for (var entry : queries.entrySet()) {
      if (memory.search(entry.getValue()) > 0) {
        themes.add(entry.getKey());
      }
    }
    return themes;
  }

  /** {@code item} with its themes filled in. */
  public AgendaItem tag(AgendaItem item) {
    return item.withThemes(themesOf(item));
  }
}
