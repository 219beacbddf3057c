package org.minutebook.knowledge;

import java.util.List;
import java.util.Objects;
import org.minutebook.model.InspectionKind;
import org.minutebook.model.InspectionMention;

/** A mention being assembled, and how repeated mentions of one visit are merged. */
final class InspectionDraft {
  InspectionKind kind;
  boolean explicitKind;
  String inspectorate;
  String text;
  String anchor;
  InspectionDates.Span span;
  String ordinal;
  String focus;
  boolean future;

  /**
   * A visit named by its kind alone ("the next monitoring visit") is by the inspectorate the item
   * names elsewhere; Ofsted carries out ILACS and JTAIs. A bare "inspection" needs its inspectorate
   * in the sentence, or parish minutes' play-area inspections would count.
   */
  void defaultInspectorate(String itemInspectorate) {
    if (inspectorate == null && explicitKind) {
      inspectorate =
          itemInspectorate != null || kind != InspectionKind.INSPECTION
              ? itemInspectorate
              : "Ofsted";
    }
  }

  /** Adds {@code d} to {@code found}, or folds it into an earlier mention of the same visit. */
  static void merge(List<InspectionDraft> found, InspectionDraft d) {
    for (InspectionDraft earlier : found) {
      if (earlier.sameVisit(d)) {
        earlier.absorb(d);
        return;
      }
    }
    found.add(d);
  }

  private boolean sameVisit(InspectionDraft o) {
    return kind == o.kind
        && Objects.equals(inspectorate, o.inspectorate)
        && future == o.future
        && (ordinal == null || o.ordinal == null || ordinal.equals(o.ordinal))
        && (span == null || o.span == null || span.overlaps(o.span));
  }

  private void absorb(InspectionDraft o) {
    if (o.span != null && (span == null || rank(o.span) > rank(span))) {
      span = o.span;
    }
    ordinal = ordinal != null ? ordinal : o.ordinal;
    if (o.focus != null && (focus == null || o.focus.length() > focus.length())) {
      focus = o.focus;
    }
  }

  private static int rank(InspectionDates.Span s) {
    int base =
        switch (s.precision()) {
          case "day" -> 3;
          case "month" -> 2;
          default -> 1;
        };
    // A range says more than its first day or month alone.
    return base * 2 + (s.end() != null ? 1 : 0);
  }

  InspectionMention toMention() {
    return new InspectionMention(
        kind,
        inspectorate,
        text,
        span == null ? null : span.start().toString(),
        span == null || span.end() == null ? null : span.end().toString(),
        span == null ? null : span.precision(),
        ordinal,
        focus,
        future,
        anchor);
  }
}
