package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a commitment stands, as far as the archive shows. */
public enum CommitmentStatus {
  /** Nothing later in the archive looks like its fulfilment, and it is not yet due. */
  OPEN,
  /** Later items of the same council share its key terms: see its follow-ups. */
  POSSIBLY_FOLLOWED_UP,
  /** Its due date has passed and nothing later in the archive looks like its fulfilment. */
  OVERDUE;

  /** Lower-case with '-' for '_': {@code possibly-followed-up}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @JsonCreator
  public static CommitmentStatus fromLabel(String label) {
    return Labels.parse(values(), CommitmentStatus::label, label, "status");
  }
}
