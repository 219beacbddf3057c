package org.minutebook.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms of one text, each with the positions it stands at, as the stemmed text analyzer makes
 * them: enough to tell whether the text contains a word or an exact phrase, which is all a theme's
 * query asks. It answers as a one-document index would, without building one and without rewriting
 * and scoring a query per question, which made theme tagging the ingest's largest cost. Not
 * thread-safe; built per text.
 */
final class TermPositions {
  private final Map<String, BitSet> positions = new HashMap<>();

  /** One past the last position taken, so that text appended after it follows on. */
  private int length;

  /** The terms of {@code text}. */
  static TermPositions of(String text) {
    TermPositions terms = new TermPositions();
    terms.append(text);
    return terms;
  }

  /** An empty text, to {@link #append} to. */
  TermPositions() {}

  /**
   * Adds the terms of {@code text} after those already here, as if the two texts were analysed as
   * one (a paragraph break between them is no token).
   */
  void append(String text) {
    int position = length - 1;
    try (TokenStream stream = Schema.textAnalyzer().tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        positions.computeIfAbsent(term.toString(), t -> new BitSet()).set(position);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory cannot fail", e);
    }
    length = position + 1;
  }

  /** Adds {@code other}'s terms after these, as {@link #append} would have. */
  void append(TermPositions other) {
    int offset = length;
    other.positions.forEach(
        (term, at) -> {
          BitSet mine = positions.computeIfAbsent(term, t -> new BitSet());
          at.stream().forEach(p -> mine.set(p + offset));
        });
    length += other.length;
  }

  /**
   * Whether the text contains {@code phrase}: its terms at consecutive positions (one term: that
   * term anywhere). An empty phrase is never contained, as an empty query matches nothing.
   */
  boolean contains(List<String> phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    BitSet first = positions.get(phrase.get(0));
    if (first == null) {
      return false;
    }
    if (phrase.size() == 1) {
      return true;
    }
    BitSet[] rest = new BitSet[phrase.size() - 1];
    for (int i = 1; i < phrase.size(); i++) {
      rest[i - 1] = positions.get(phrase.get(i));
      if (rest[i - 1] == null) {
        return false;
      }
    }
    for (int p = first.nextSetBit(0); p >= 0; p = first.nextSetBit(p + 1)) {
      if (followedBy(rest, p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedBy(BitSet[] rest, int start) {
    for (int i = 0; i < rest.length; i++) {
      if (!rest[i].get(start + 1 + i)) {
        return false;
      }
    }
    return true;
  }
}
