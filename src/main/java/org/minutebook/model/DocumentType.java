package org.minutebook.model;

import java.util.Locale;

/** What kind of committee paper a file is. */
public enum DocumentType {
  MINUTES,
  AGENDA,
  REPORT,
  DECISION,
  OTHER;

  /** Lower-case name used in JSON, facets and manifests. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a label such as "minutes"; unknown labels are an error so that manifest typos surface.
   */
  public static DocumentType fromLabel(String label) {
    return Labels.parse(values(), DocumentType::label, label, "type");
  }
}
