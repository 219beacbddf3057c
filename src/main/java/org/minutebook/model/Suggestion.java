package org.minutebook.model;

/**
 * One completion of a prefix. Field names are part of the public JSON API.
 *
 * @param text what to put in the search box (or the filter)
 * @param kind "committee", "council", "theme" or "term"
 * @param count how many items have it
 */
public record Suggestion(String text, String kind, long count) {}
