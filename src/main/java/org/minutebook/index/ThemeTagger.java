package org.minutebook.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Paragraph;
import org.minutebook.model.Theme;
import org.minutebook.model.ThemeMatch;
import org.minutebook.themes.ThemeCatalog;

/**
 * Tags items and their paragraphs with themes at index time. A text has a theme when it contains
 * one of the theme's terms (a stemmed word, or several as an exact phrase) and none of its
 * exclusions, analysed exactly as the main index is: the same rule as the theme's query ({@link
 * ThemeQueries}), which search uses. A paragraph records which terms matched. An item has the
 * themes of its title and of its paragraphs, among the themes its whole text (title and body) has.
 * Thread-safe.
 *
 * <p>Each text is analysed once into its {@link TermPositions} and every theme is checked against
 * it; the body's terms are its paragraphs' terms one after another, as the body is its paragraphs a
 * blank line apart. (Running each theme's query against a one-document MemoryIndex gave the same
 * answers at several times the cost: the query rewriting and scoring per theme and paragraph was a
 * third of the ingest's time.)
 */
public final class ThemeTagger {
  /** A theme with its terms and exclusions analysed into the terms the index holds. */
  private record Compiled(
      Theme theme, Map<String, List<String>> terms, List<List<String>> exclusions) {
    /** Whether a text with {@code texts}'s terms (any of them) has this theme. */
    boolean matches(TermPositions... texts) {
      boolean any = false;
      for (TermPositions text : texts) {
        for (List<String> excluded : exclusions) {
          if (text.contains(excluded)) {
            return false;
          }
        }
        any = any || containsATerm(text);
      }
      return any;
    }

    private boolean containsATerm(TermPositions text) {
      for (List<String> term : terms.values()) {
        if (text.contains(term)) {
          return true;
        }
      }
      return false;
    }

    /** The terms, as the taxonomy writes them, that {@code text} contains. */
    List<String> matchedTerms(TermPositions text) {
      List<String> matched = new ArrayList<>();
      terms.forEach(
          (written, analysed) -> {
            if (text.contains(analysed)) {
              matched.add(written);
            }
          });
      return matched;
    }
  }

  private final List<Compiled> themes = new ArrayList<>();

  public ThemeTagger(ThemeCatalog catalog) {
    for (Theme theme : catalog.themes()) {
      Map<String, List<String>> terms = new LinkedHashMap<>();
      for (String term : theme.terms()) {
        terms.put(term, Schema.terms(term));
      }
      List<List<String>> exclusions = new ArrayList<>();
      for (String excluded : theme.exclude()) {
        exclusions.add(Schema.terms(excluded));
      }
      themes.add(new Compiled(theme, terms, exclusions));
    }
  }

  /** The ids of the themes {@code item} discusses, in taxonomy order. */
  public List<String> themesOf(AgendaItem item) {
    return tag(item).themes();
  }

  /** {@code item} with its paragraphs and itself tagged. */
  public AgendaItem tag(AgendaItem item) {
    TermPositions title = TermPositions.of(item.title());
    List<TermPositions> paragraphs = new ArrayList<>(item.paragraphs().size());
    for (Paragraph p : item.paragraphs()) {
      paragraphs.add(TermPositions.of(p.text()));
    }
    TermPositions body = body(item, paragraphs);
    List<Compiled> candidates = new ArrayList<>();
    for (Compiled c : themes) {
      if (c.matches(title, body)) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return item.withThemes(item.paragraphs(), List.of());
    }
    Set<String> found = new LinkedHashSet<>();
    for (Compiled c : candidates) {
      if (c.matches(title)) {
        found.add(c.theme().id());
      }
    }
    List<Paragraph> tagged = new ArrayList<>(item.paragraphs().size());
    for (int i = 0; i < paragraphs.size(); i++) {
      List<ThemeMatch> matches = new ArrayList<>();
      for (Compiled c : candidates) {
        if (c.matches(paragraphs.get(i))) {
          matches.add(new ThemeMatch(c.theme().id(), c.matchedTerms(paragraphs.get(i))));
          found.add(c.theme().id());
        }
      }
      tagged.add(item.paragraphs().get(i).withThemes(matches));
    }
    List<String> ordered = new ArrayList<>();
    for (Compiled c : candidates) {
      if (found.contains(c.theme().id())) {
        ordered.add(c.theme().id());
      }
    }
    return item.withThemes(tagged, ordered);
  }

  /**
   * The body's terms: its paragraphs' one after another when the body is its paragraphs a blank
   * line apart (as the ingest makes it), else the body analysed afresh.
   */
  private static TermPositions body(AgendaItem item, List<TermPositions> paragraphs) {
    List<String> texts = item.paragraphs().stream().map(Paragraph::text).toList();
    if (!item.body().equals(String.join(ItemDocuments.PARAGRAPH_BREAK, texts))) {
      return TermPositions.of(item.body());
    }
    TermPositions body = new TermPositions();
    for (TermPositions paragraph : paragraphs) {
      body.append(paragraph);
    }
    return body;
  }
}
