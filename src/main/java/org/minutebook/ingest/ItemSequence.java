package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutebook.ingest.ItemHeading.Scheme;
import org.minutebook.ingest.StructureSplitter.Heading;

/**
 * Finds the headings that divide a document into agenda items: the longest run of headings in one
 * numbering scheme whose numbers count up, leaving out numbered lists that a resolution or a colon
 * introduces ("RESOLVED: 1. Note the progress …").
 */
final class ItemSequence {
  /** How far item numbers may jump: minutes skip items taken elsewhere or withdrawn. */
  private static final int MAX_STEP = 3;

  /** How many paragraphs may stand between the entries of one numbered list. */
  private static final int LIST_GAP = 6;

  /** Unnumbered headings must recur to show that they structure the minutes. */
  private static final int MIN_LABELS = 3;

  /** A paragraph that introduces a list: "RESOLVED:", "That the Committee", "as follows:". */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          ":-?\\s*$|^(?:[“\"]?that\\b|resolved\\b|it was resolved|the \\w+ (?:recommended|resolved"
              + "|agreed|is asked)|agreed\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Any paragraph that starts with a number, heading or not. */
  private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^\\d{1,3}[.)]\\s");

  private ItemSequence() {}

  /** A reading of one paragraph as a heading. */
  private record Candidate(int index, ItemHeading heading, int consumed, String title) {}

  /** The item headings in order; fewer than two means the document is one item. */
  static List<Heading> headings(List<Para> paragraphs) {
    Map<Scheme, List<Candidate>> byScheme = new EnumMap<>(Scheme.class);
    int numbered = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      numbered += NUMBERED_PARAGRAPH.matcher(paragraphs.get(i).text()).find() ? 1 : 0;
      for (ItemHeading heading : ItemHeading.read(paragraphs.get(i).text())) {
        Candidate candidate = candidate(paragraphs, i, heading);
        if (candidate != null) {
          byScheme.computeIfAbsent(heading.scheme(), scheme -> new ArrayList<>()).add(candidate);
        }
      }
    }
    // Reports and decision letters number their paragraphs of prose: those numbers are no items.
    List<Candidate> numbers = byScheme.getOrDefault(Scheme.NUMBER, List.of());
    if (numbers.size() * 2 < numbered) {
      byScheme.remove(Scheme.NUMBER);
    }
    List<Candidate> labels = byScheme.remove(Scheme.LABEL);
    List<List<Candidate>> chains = new ArrayList<>();
    for (List<Candidate> candidates : byScheme.values()) {
      List<Candidate> kept = withoutIntroducedLists(paragraphs, candidates);
      chains.add(withItemsTakenOutOfTurn(longestChain(kept), kept));
    }
    int longest = chains.stream().mapToInt(List::size).max().orElse(0);
    List<Candidate> chosen =
        chains.stream()
            .filter(
                chain -> chain.size() >= 2 && (chain.size() * 2 >= longest || chain.size() >= 4))
            // The outer numbering spans the document; inner lists sit within one of its items.
            .max(
                Comparator.comparingInt(ItemSequence::span)
                    .thenComparing(chain -> -chain.getFirst().index()))
            .orElse(null);
    if (chosen == null) {
      chosen = isAgenda(labels) ? labels : firstItemOnly(chains);
    }
    return chosen.stream().map(ItemSequence::heading).toList();
  }

  private static int span(List<Candidate> chain) {
    return chain.getLast().index() - chain.getFirst().index();
  }

  /** Whether unnumbered headings recur enough, and differ enough, to be the agenda. */
  private static boolean isAgenda(List<Candidate> labels) {
    if (labels == null) {
      return false;
    }
    long distinct =
        labels.stream().map(label -> label.title().toLowerCase(Locale.ROOT)).distinct().count();
    return labels.size() >= MIN_LABELS && distinct >= MIN_LABELS && distinct * 2 > labels.size();
  }

  /**
   * A meeting with one item still has a heading: "1." and a title on a line of its own, after the
   * meeting's details.
   */
  private static List<Candidate> firstItemOnly(List<List<Candidate>> chains) {
    for (List<Candidate> chain : chains) {
      if (chain.size() == 1
          && chain.getFirst().heading().ordinal() == 1
          && chain.getFirst().consumed() > 0) {
        return chain;
      }
    }
    return List.of();
  }

  /**
   * The chain with the headings a meeting took out of turn ("it was agreed to take Item 4 first"):
   * headings on lines of their own whose numbers the chain lacks and could have held.
   */
  private static List<Candidate> withItemsTakenOutOfTurn(
      List<Candidate> chain, List<Candidate> candidates) {
    if (chain.size() < 2) {
      return chain;
    }
    int low = chain.getFirst().heading().ordinal();
    int high = chain.getLast().heading().ordinal() + MAX_STEP;
    Set<String> numbers = new HashSet<>();
    chain.forEach(candidate -> numbers.add(candidate.heading().number()));
    List<Candidate> all = new ArrayList<>(chain);
    for (Candidate candidate : candidates) {
      int ordinal = candidate.heading().ordinal();
      if (candidate.consumed() > 0
          && ordinal >= low
          && ordinal <= high
          && candidate.index() < chain.getLast().index()
          && numbers.add(candidate.heading().number())) {
        all.add(candidate);
      }
    }
    all.sort(Comparator.comparingInt(Candidate::index));
    return all;
  }

  /** The heading that opens a one-item page at {@code start}, if its first paragraph is one. */
  static Heading leadingHeading(List<Para> paragraphs, int start) {
    for (ItemHeading heading : ItemHeading.read(paragraphs.get(start).text())) {
      Candidate candidate = candidate(paragraphs, start, heading);
      if (candidate != null) {
        return heading(candidate);
      }
    }
    return null;
  }

  private static Heading heading(Candidate candidate) {
    return new Heading(
        candidate.index(), candidate.consumed(), candidate.heading().number(), candidate.title());
  }

  /** The paragraph as a heading, with its title from the next paragraph for a bare number. */
  private static Candidate candidate(List<Para> paragraphs, int index, ItemHeading heading) {
    if (heading.title() != null) {
      return new Candidate(index, heading, heading.onlyHeading() ? 1 : 0, heading.title());
    }
    if (index + 1 >= paragraphs.size()) {
      return null;
    }
    String next = WebFurniture.trimLink(paragraphs.get(index + 1).text());
    if (next.isEmpty() || !Character.isUpperCase(next.codePointAt(0)) || Reflow.isListItem(next)) {
      return null;
    }
    Titles.Split split = Titles.split(next);
    if (split == null) {
      return null;
    }
    return new Candidate(index, heading, split.whole() ? 2 : 1, split.title());
  }

  /** The candidates without numbered lists that a lead-in paragraph introduces. */
  private static List<Candidate> withoutIntroducedLists(
      List<Para> paragraphs, List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    Candidate listEnd = null;
    for (Candidate candidate : candidates) {
      int ordinal = candidate.heading().ordinal();
      boolean continuesList =
          listEnd != null
              && ordinal == listEnd.heading().ordinal() + 1
              && candidate.index() - listEnd.index() <= LIST_GAP;
      boolean startsList =
          ordinal == 1
              && candidate.index() > 0
              && LEAD_IN.matcher(paragraphs.get(candidate.index() - 1).text()).find();
      if (continuesList || startsList) {
        listEnd = candidate;
      } else {
        kept.add(candidate);
      }
    }
    return kept;
  }

  /**
   * The longest run of candidates whose numbers rise by at most {@link #MAX_STEP} each time; of
   * equal runs, the one whose members stand closest together.
   */
  private static List<Candidate> longestChain(List<Candidate> candidates) {
    int n = candidates.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        int step = candidates.get(i).heading().ordinal() - candidates.get(j).heading().ordinal();
        boolean after = candidates.get(j).index() < candidates.get(i).index();
        if (after && step > 0 && step <= MAX_STEP && length[j] + 1 >= length[i]) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (best < 0 || length[i] > length[best]) {
        best = i;
      }
    }
    List<Candidate> chain = new ArrayList<>();
    for (int i = best; i >= 0; i = previous[i]) {
      chain.addFirst(candidates.get(i));
    }
    return chain;
  }
}
