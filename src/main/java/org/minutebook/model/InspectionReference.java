package org.minutebook.model;

/**
 * An item that mentions an inspection. Field names are part of the public JSON API.
 *
 * @param item the item's id
 * @param anchor the paragraph of the mention
 * @param link the page address that opens the item there
 * @param title the item's title
 * @param date its meeting date (ISO), or null
 * @param estimatedDate its estimated date where none is stated, or null
 * @param committee its committee, or null
 * @param text the words of the mention
 * @param later true when the item's meeting came after the visit: a later item referring to it
 * @param future true when the mention looks ahead to the visit
 */
public record InspectionReference(
    String item,
    String anchor,
    String link,
    String title,
    String date,
    String estimatedDate,
    String committee,
    String text,
    boolean later,
    boolean future) {}
