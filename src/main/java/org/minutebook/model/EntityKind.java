package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an entity mentioned in the minutes is. */
public enum EntityKind {
  /** Ofsted, the Department for Education, the LGA, an improvement partner, a union. */
  ORGANISATION,
  /** A post or office: "Director for Children", "Chair", "Principal Social Worker". */
  ROLE,
  /** A named person ("Mr Paul Boyce"), with the role they held at the meeting where stated. */
  PERSON,
  /** An amount of money: "£1.5 million". */
  MONEY,
  /** A percentage: "20% of actions". */
  PERCENTAGE,
  /** A count out of a total: "14 out of 90 targets". */
  PROPORTION;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EntityKind fromLabel(String label) {
    return Labels.parse(values(), EntityKind::label, label, "entity kind");
  }
}
