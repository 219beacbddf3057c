package org.minutebook.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The part of an agenda item a paragraph belongs to, from the headings that precede it. */
public enum SectionKind {
  /** What the item is for: "To provide an update…", "Purpose of report". */
  PURPOSE,
  /** What was said: "Minutes:" and the body of minutes. */
  DISCUSSION,
  /** What was decided: "RESOLVED:", "It was resolved that", "Decision:". */
  RESOLVED,
  /** What was recommended: "RECOMMENDATIONS:", "The Committee recommended that". */
  RECOMMENDATIONS,
  /** What someone is to do: "ACTIONS AGREED:", "Action:". */
  ACTIONS,
  /** Lists of papers: "Supporting documents:", "Additional documents:". */
  SUPPORTING_DOCUMENTS,
  /** Anything else: agenda text, notices, meeting details. */
  OTHER;

  /** Lower-case name with '-' for '_', as used in JSON: {@code supporting-documents}. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads a label such as "resolved"; unknown labels are an error. */
  @JsonCreator
  public static SectionKind fromLabel(String label) {
    return Labels.parse(values(), SectionKind::label, label, "section");
  }
}
