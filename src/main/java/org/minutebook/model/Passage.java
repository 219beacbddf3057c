package org.minutebook.model;

/**
 * A highlighted passage of a hit and where it stands in the item, so that a page can open the item
 * there and cite it. Field names are part of the public JSON API.
 *
 * @param anchor the paragraph's anchor within the item ("p3")
 * @param page the page the paragraph starts on, or null for formats without pages
 * @param section the part of the item ("discussion", "resolved", ...)
 * @param snippet HTML-escaped text with matches in {@code <mark>}
 */
public record Passage(String anchor, Integer page, String section, String snippet) {}
