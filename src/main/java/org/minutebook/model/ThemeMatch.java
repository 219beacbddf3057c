package org.minutebook.model;

import java.util.List;

/**
 * Why a paragraph has a theme. Field names are part of the public JSON API.
 *
 * @param theme the theme's id
 * @param terms the theme's terms that the paragraph contains, as the taxonomy writes them
 */
public record ThemeMatch(String theme, List<String> terms) {
  public ThemeMatch {
    terms = List.copyOf(terms);
  }
}
