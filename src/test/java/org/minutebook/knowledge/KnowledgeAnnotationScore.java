package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.minutebook.knowledge.KnowledgeAnnotations.AnnotatedCommitment;
import org.minutebook.knowledge.KnowledgeAnnotations.AnnotatedDecision;
import org.minutebook.knowledge.KnowledgeAnnotations.AnnotatedFile;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;
import org.minutebook.model.Decision;
import org.minutebook.model.ItemKnowledge;

/**
 * How the extractor's records of one file compare with its annotations, by the matching rule of
 * {@code eval/KNOWLEDGE.md}: an extracted record matches an annotation of its kind when its
 * normalised text contains the annotation's quote, or the quote contains the record's text and that
 * text has at least {@value #MIN_WORDS} words; matching is one-to-one, in reading order.
 *
 * @param file the annotated file
 * @param decisions the decisions' tally
 * @param commitments the commitments' tally
 * @param misses annotations no record matched and records that matched no annotation
 */
record KnowledgeAnnotationScore(
    AnnotatedFile file, Tally decisions, Tally commitments, List<Miss> misses) {
  static final int MIN_WORDS = 4;

  /** The two kinds that are scored. */
  enum Kind {
    DECISIONS,
    COMMITMENTS
  }

  /**
   * Counts for one kind.
   *
   * @param annotated annotations
   * @param extracted records the extractor gave
   * @param matched annotation-record pairs
   * @param agreed matched pairs whose attribute (outcome, owner) agrees
   */
  record Tally(int annotated, int extracted, int matched, int agreed) {
    static final Tally ZERO = new Tally(0, 0, 0, 0);

    Tally plus(Tally other) {
      return new Tally(
          annotated + other.annotated,
          extracted + other.extracted,
          matched + other.matched,
          agreed + other.agreed);
    }

    /** Matched records over extracted records; 1 when nothing was extracted or expected. */
    double precision() {
      return extracted == 0 ? (annotated == 0 ? 1 : 0) : (double) matched / extracted;
    }

    /** Matched annotations over annotations; 1 when there are none. */
    double recall() {
      return annotated == 0 ? 1 : (double) matched / annotated;
    }

    /** Agreeing attributes over matches; 1 when nothing matched. */
    double agreement() {
      return matched == 0 ? 1 : (double) agreed / matched;
    }
  }

  /**
   * An annotation without a record ({@code annotation} true) or a record without an annotation.
   *
   * @param where the paragraph anchor with the item id, or "" for an annotation
   */
  record Miss(Kind kind, boolean annotation, String file, String where, String text) {}

  Tally tally(Kind kind) {
    return kind == Kind.DECISIONS ? decisions : commitments;
  }

  /** Scores what {@code extractor} reads from {@code items} against {@code file}'s annotations. */
  static KnowledgeAnnotationScore score(
      AnnotatedFile file, List<AgendaItem> items, Function<AgendaItem, ItemKnowledge> extractor) {
    List<Decision> decisions = new ArrayList<>();
    List<Commitment> commitments = new ArrayList<>();
    for (AgendaItem item : items) {
      ItemKnowledge knowledge = extractor.apply(item);
      decisions.addAll(knowledge.decisions());
      commitments.addAll(knowledge.commitments());
    }
    List<Miss> misses = new ArrayList<>();
    Tally d =
        match(
            Kind.DECISIONS,
            file,
            file.decisions(),
            AnnotatedDecision::quote,
            decisions,
            r -> new String[] {r.item() + "#" + r.anchor(), r.text()},
            (a, r) -> a.outcome() == r.outcome(),
            misses);
    Tally c =
        match(
            Kind.COMMITMENTS,
            file,
            file.commitments(),
            AnnotatedCommitment::quote,
            commitments,
            r -> new String[] {r.item() + "#" + r.anchor(), r.text()},
            KnowledgeAnnotationScore::sameOwner,
            misses);
    return new KnowledgeAnnotationScore(file, d, c, List.copyOf(misses));
  }

  /** Whether a record's text and an annotation's quote match by the rule. */
  static boolean matches(String quote, String recordText) {
    String q = KnowledgeAnnotations.normalise(quote);
    // A record's closing full stop is not part of what it says: a quote that spans two sentences
    // contains the second one without it.
    String r = KnowledgeAnnotations.normalise(recordText);
    String bare = r.replaceAll("[.;:,!]+$", "");
    return !q.isEmpty()
        && (r.contains(q) || (q.contains(bare) && KnowledgeAnnotations.words(bare) >= MIN_WORDS));
  }

  /** The annotation's owner appears in the extracted owner or the other way round. */
  static boolean sameOwner(AnnotatedCommitment annotation, Commitment record) {
    if (annotation.owner() == null || record.owner() == null) {
      return annotation.owner() == null && record.owner() == null;
    }
    String a = KnowledgeAnnotations.normalise(annotation.owner());
    String r = KnowledgeAnnotations.normalise(record.owner());
    return !a.isEmpty() && !r.isEmpty() && (a.contains(r) || r.contains(a));
  }

  private static <A, R> Tally match(
      Kind kind,
      AnnotatedFile file,
      List<A> annotations,
      Function<A, String> quote,
      List<R> records,
      Function<R, String[]> whereAndText,
      BiPredicate<A, R> agrees,
      List<Miss> misses) {
    boolean[] taken = new boolean[annotations.size()];
    int matched = 0;
    int agreed = 0;
    for (R record : records) {
      String[] at = whereAndText.apply(record);
      int hit = firstMatch(annotations, quote, taken, at[1]);
      if (hit < 0) {
        misses.add(new Miss(kind, false, file.file(), at[0], at[1]));
        continue;
      }
      taken[hit] = true;
      matched++;
      agreed += agrees.test(annotations.get(hit), record) ? 1 : 0;
    }
    for (int i = 0; i < annotations.size(); i++) {
      if (!taken[i]) {
        misses.add(new Miss(kind, true, file.file(), "", quote.apply(annotations.get(i))));
      }
    }
    return new Tally(annotations.size(), records.size(), matched, agreed);
  }

  private static <A> int firstMatch(
      List<A> annotations, Function<A, String> quote, boolean[] taken, String text) {
    for (int i = 0; i < annotations.size(); i++) {
      if (!taken[i] && matches(quote.apply(annotations.get(i)), text)) {
        return i;
      }
    }
    return -1;
  }
}
