package org.minutebook.model;

import java.util.Objects;

/**
 * A metadata value together with where it came from.
 *
 * @param value the value itself
 * @param origin which kind of source stated it (or {@link Origin#INFERRED inferred} or {@link
 *     Origin#ESTIMATE estimated} it)
 * @param evidence what exactly stated it: the manifest line, the quoted text, or the path; for an
 *     estimate, what it was based on
 */
public record Sourced<T>(T value, Origin origin, String evidence) {
  public Sourced {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** Human-readable provenance, for example {@code text: "Meeting: 30/09/2021 - Cabinet"}. */
  public String provenance() {
    return origin.label() + ": " + evidence;
  }
}
