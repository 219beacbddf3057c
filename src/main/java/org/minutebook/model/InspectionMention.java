package org.minutebook.model;

import java.util.Objects;

/**
 * An item's mention of one inspection or visit. Field names are part of the public JSON API.
 *
 * @param kind inspection, monitoring visit or focused visit
 * @param inspectorate who inspects ("Ofsted", "CQC", "HMI Probation")
 * @param text the words of the mention, as written (the sentence or clause)
 * @param date the first day of the visit (ISO) where the mention dates it, to the day or, with
 *     {@code precision} "month", to its first day; null when it gives no date
 * @param endDate the last day of a visit that spans days or months ("7 - 8 July 2021"), or null
 * @param precision "day", "month" or "year": how exactly {@code date} is known; null without date
 * @param ordinal "first", "second"… where the minutes number the visit, or null
 * @param focus what the visit looked at ("the front door", "children in need and child
 *     protection"), or null
 * @param future true when the mention is of a visit still to come ("the next monitoring visit would
 *     take place in June")
 * @param anchor the paragraph of the mention
 */
public record InspectionMention(
    InspectionKind kind,
    String inspectorate,
    String text,
    String date,
    String endDate,
    String precision,
    String ordinal,
    String focus,
    boolean future,
    String anchor) {
  public InspectionMention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(inspectorate, "inspectorate");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
  }
}
