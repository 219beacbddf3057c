package org.minutebook.model;

/**
 * An item like another one (MoreLikeThis), as listed beside it. Field names are part of the public
 * JSON API.
 */
public record RelatedItem(
    String id, String source, String title, String council, String committee, String date) {}
