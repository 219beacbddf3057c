package org.minutebook.model;

import java.util.List;

/**
 * One inspection or visit as the tracker lists it: its mentions across items merged. Field names
 * are part of the public JSON API.
 *
 * @param id a stable id: council, inspectorate, kind and date or ordinal
 * @param council the council of the items that mention it, or null when they name none
 * @param inspectorate "Ofsted", "CQC"…
 * @param kind inspection, monitoring-visit or focused-visit
 * @param date its first day (ISO), or null when no mention dates it
 * @param endDate its last day, or null
 * @param precision day, month or year; null without date
 * @param ordinal "first", "second"… where the minutes number it, or null
 * @param focus what it looked at, from the mentions, or null
 * @param upcoming true when every mention looks ahead to it
 * @param references every item that mentions it, in meeting order
 * @param laterItems how many of them met after the visit
 */
public record Inspection(
    String id,
    String council,
    String inspectorate,
    InspectionKind kind,
    String date,
    String endDate,
    String precision,
    String ordinal,
    String focus,
    boolean upcoming,
    List<InspectionReference> references,
    int laterItems) {
  public Inspection {
    references = List.copyOf(references);
  }
}
