package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.minutebook.knowledge.KnowledgeAnnotationScore.Kind;
import org.minutebook.knowledge.KnowledgeAnnotationScore.Miss;
import org.minutebook.knowledge.KnowledgeAnnotationScore.Tally;

/**
 * The scores of annotated sets as a table (per set, per split, per kind) and the first misses, so
 * that developers see what to fix. A test set is shown in the table only: it counts in no total and
 * its misses are not listed, so that nobody tunes against it.
 */
final class KnowledgeAnnotationReport {
  static final int SHOWN_MISSES = Integer.getInteger("knowledge.misses", 15);
  private static final int SHOWN_CHARS = 220;
  private static final String ROW = "%-7s %-9s %-12s %9s %9s %7s %9s %7s %9s%n";

  private final Map<String, List<KnowledgeAnnotationScore>> sets = new LinkedHashMap<>();
  private final Map<String, List<KnowledgeAnnotationScore>> tests = new LinkedHashMap<>();

  /** Adds the scores of the files of one set ("sample", "real"). */
  void add(String set, List<KnowledgeAnnotationScore> scores) {
    sets.put(set, List.copyOf(scores));
  }

  /** Adds the scores of a test set: shown in the table, left out of {@link #all()} and misses. */
  void addTest(String set, List<KnowledgeAnnotationScore> scores) {
    tests.put(set, List.copyOf(scores));
  }

  /** Every score of every set but the test sets. */
  List<KnowledgeAnnotationScore> all() {
    return sets.values().stream().flatMap(List::stream).toList();
  }

  /** The tally of {@code kind} over {@code scores}. */
  static Tally total(List<KnowledgeAnnotationScore> scores, Kind kind) {
    return scores.stream().map(s -> s.tally(kind)).reduce(Tally.ZERO, Tally::plus);
  }

  /** The table and the first misses of each sort. */
  String format() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "set",
            "split",
            "kind",
            "annotated",
            "extracted",
            "matched",
            "precision",
            "recall",
            "agreement"));
    sets.forEach((set, scores) -> rows(out, set, scores));
    if (sets.size() > 1) {
      rows(out, "both", all(), List.of("all"));
    }
    tests.forEach((set, scores) -> rows(out, set, scores, List.of("test")));
    misses(out, "Unmatched annotations", Miss::annotation);
    misses(out, "Unmatched extractions", m -> !m.annotation());
    return out.toString();
  }

  private static void rows(StringBuilder out, String set, List<KnowledgeAnnotationScore> scores) {
    rows(out, set, scores, List.of("dev", "held-out", "all"));
  }

  private static void rows(
      StringBuilder out, String set, List<KnowledgeAnnotationScore> scores, List<String> splits) {
    for (String split : splits) {
      List<KnowledgeAnnotationScore> part =
          scores.stream()
              .filter(s -> split.equals("all") || split.equals(s.file().split()))
              .toList();
      for (Kind kind : Kind.values()) {
        Tally t = total(part, kind);
        out.append(
            String.format(
                Locale.ROOT,
                ROW,
                set,
                split,
                kind.name().toLowerCase(Locale.ROOT),
                t.annotated(),
                t.extracted(),
                t.matched(),
                String.format(Locale.ROOT, "%.3f", t.precision()),
                String.format(Locale.ROOT, "%.3f", t.recall()),
                String.format(Locale.ROOT, "%.3f", t.agreement())));
      }
    }
  }

  private void misses(StringBuilder out, String title, Predicate<Miss> which) {
    List<Miss> misses = new ArrayList<>();
    all().forEach(s -> s.misses().stream().filter(which).forEach(misses::add));
    out.append(
        String.format(
            Locale.ROOT,
            "%s (first %d of %d):%n",
            title,
            Math.min(SHOWN_MISSES, misses.size()),
            misses.size()));
    for (Miss m : misses.subList(0, Math.min(SHOWN_MISSES, misses.size()))) {
      String text =
          m.text().length() > SHOWN_CHARS ? m.text().substring(0, SHOWN_CHARS) + "…" : m.text();
      out.append(
          String.format(
              Locale.ROOT,
              "  [%s] %s%s: %s%n",
              m.kind().name().toLowerCase(Locale.ROOT),
              m.file(),
              m.where().isEmpty() ? "" : " " + m.where(),
              text));
    }
  }
}
