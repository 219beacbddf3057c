package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of inspection a mention is of. */
public enum InspectionKind {
  /** A full inspection: Ofsted ILACS, SEND area inspection, a JTAI. */
  INSPECTION,
  /** A monitoring visit after an inadequate judgement. */
  MONITORING_VISIT,
  /** A focused visit. */
  FOCUSED_VISIT;

  /** Lower-case with '-' for '_': {@code monitoring-visit}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @JsonCreator
  public static InspectionKind fromLabel(String label) {
    return Labels.parse(values(), InspectionKind::label, label, "inspection kind");
  }
}
