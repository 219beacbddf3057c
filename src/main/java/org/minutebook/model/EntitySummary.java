package org.minutebook.model;

import java.util.List;

/**
 * One organisation, person or role across the archive: where it is named, and for a person the
 * roles the minutes give them at each meeting. Field names are part of the public JSON API.
 *
 * @param kind organisation, person, role, money, percentage or proportion
 * @param name the canonical name (for people, without title: "Paul Boyce")
 * @param items how many items name it
 * @param firstDate the earliest meeting date (ISO) of those items, or null when none is dated
 * @param lastDate the latest meeting date, or null
 * @param roles for a person, each role they were given and the meeting where, oldest first
 * @param mentions the items that name it, newest first, at most {@link #MAX_MENTIONS}
 */
public record EntitySummary(
    EntityKind kind,
    String name,
    int items,
    String firstDate,
    String lastDate,
    List<Role> roles,
    List<Mention> mentions) {
  public static final int MAX_MENTIONS = 20;

  public EntitySummary {
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }

  /** A role a person held at one meeting, as its minutes say. */
  public record Role(String role, String date, String committee, String item, String link) {}

  /** An item that names the entity, at the paragraph of its first mention. */
  public record Mention(
      String item,
      String anchor,
      String link,
      String title,
      String date,
      String committee,
      String council,
      String text) {}
}
