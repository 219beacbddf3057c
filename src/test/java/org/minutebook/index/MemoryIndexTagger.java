package org.minutebook.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Paragraph;
import org.minutebook.model.Theme;
import org.minutebook.model.ThemeMatch;
import org.minutebook.themes.ThemeCatalog;

/**
 * Tags items and their paragraphs with themes at index time, by running every theme's query against
 * the text alone in a {@link MemoryIndex} analysed exactly as the main index is. A paragraph has a
 * theme when it contains one of the theme's terms and none of its exclusions; it records which
 * terms matched. An item has the themes of its title and of its paragraphs. Thread-safe.
 */
final class MemoryIndexTagger {
  /** A theme's query and the query of each of its terms (to say why a paragraph has it). */
  private record Compiled(Theme theme, Query query, Map<String, Query> terms) {}

  private final List<Compiled> themes = new ArrayList<>();

  MemoryIndexTagger(ThemeCatalog catalog) {
    for (Theme theme : catalog.themes()) {
      Map<String, Query> terms = new LinkedHashMap<>();
      for (String term : theme.terms()) {
        terms.put(term, ThemeQueries.term(term));
      }
      themes.add(new Compiled(theme, ThemeQueries.of(theme), terms));
    }
  }

  /** The ids of the themes {@code item} discusses, in taxonomy order. */
  public List<String> themesOf(AgendaItem item) {
    return tag(item).themes();
  }

  /** {@code item} with its paragraphs and itself tagged. */
  public AgendaItem tag(AgendaItem item) {
    MemoryIndex memory = new MemoryIndex();
    memory.addField(Schema.TITLE, item.title(), Schema.textAnalyzer());
    memory.addField(Schema.BODY, item.body(), Schema.textAnalyzer());
    List<Compiled> candidates = new ArrayList<>();
    for (Compiled c : themes) {
      if (memory.search(c.query()) > 0) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return item.withThemes(item.paragraphs(), List.of());
    }
    Set<String> found = new LinkedHashSet<>(matching(candidates, Schema.TITLE, item.title()));
    List<Paragraph> tagged = new ArrayList<>(item.paragraphs().size());
    // One in-memory index, emptied for each paragraph, rather than one built per paragraph.
    MemoryIndex one = new MemoryIndex();
    for (Paragraph p : item.paragraphs()) {
      List<ThemeMatch> matches = new ArrayList<>();
      one.reset();
      one.addField(Schema.BODY, p.text(), Schema.textAnalyzer());
      for (Compiled c : candidates) {
        if (one.search(c.query()) > 0) {
          matches.add(new ThemeMatch(c.theme().id(), matchedTerms(c, one)));
          found.add(c.theme().id());
        }
      }
      tagged.add(p.withThemes(matches));
    }
    List<String> ordered = new ArrayList<>();
    for (Compiled c : candidates) {
      if (found.contains(c.theme().id())) {
        ordered.add(c.theme().id());
      }
    }
    return item.withThemes(tagged, ordered);
  }

  private static List<String> matching(List<Compiled> candidates, String field, String text) {
    MemoryIndex memory = new MemoryIndex();
    memory.addField(field, text, Schema.textAnalyzer());
    List<String> ids = new ArrayList<>();
    for (Compiled c : candidates) {
      if (memory.search(c.query()) > 0) {
        ids.add(c.theme().id());
      }
    }
    return ids;
  }

  private static List<String> matchedTerms(Compiled theme, MemoryIndex paragraph) {
    List<String> terms = new ArrayList<>();
    theme
        .terms()
        .forEach(
            (term, query) -> {
              if (paragraph.search(query) > 0) {
                terms.add(term);
              }
            });
    return terms;
  }
}
