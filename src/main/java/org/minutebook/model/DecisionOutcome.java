package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a decision did with the matter before the meeting. */
public enum DecisionOutcome {
  /** "That the report be noted", "Note the progress". */
  NOTED,
  /** "Approved", "agreed", "adopted", "endorsed", "granted", an action agreed. */
  APPROVED,
  /** "The Committee recommended that…", "recommend to Cabinet". */
  RECOMMENDED,
  /** "Deferred", "adjourned", "to be considered at a later meeting". */
  DEFERRED,
  /** "Referred to Cabinet / full Council / the working group". */
  REFERRED,
  /** "Refused", "rejected", "not approved", "the motion fell". */
  REJECTED,
  /** A decision none of the above describes ("that Cllr X be appointed chair" is approved). */
  OTHER;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DecisionOutcome fromLabel(String label) {
    return Labels.parse(values(), DecisionOutcome::label, label, "outcome");
  }
}
