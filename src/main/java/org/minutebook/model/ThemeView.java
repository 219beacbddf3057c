package org.minutebook.model;

/** A theme as listed by the API: what it is, without its query definition. */
public record ThemeView(String id, String label, String description) {
  public static ThemeView of(Theme theme) {
    return new ThemeView(theme.id(), theme.label(), theme.description());
  }
}
