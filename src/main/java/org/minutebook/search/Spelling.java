package org.minutebook.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.minutebook.index.EnglishTextAnalyzer;
import org.minutebook.index.Schema;

/**
 * "Did you mean": rewrites the words of a query that the archive has (almost) never seen into
 * similar, more frequent words of its own, keeping the rest of the query as typed.
 */
final class Spelling {
  /** A word in at most this many items is worth correcting. */
  private static final int RARE = 1;

  /**
   * A word the archive has once is corrected only to a word this many items have: it may be a name
   * or a term of art rather than a typo. Acronyms are never corrected.
   */
  private static final int MUCH_MORE_COMMON = 10;

  /** Words, not operators and not field names (which a colon follows). */
  private static final Pattern WORD = Pattern.compile("\\p{L}{3,}(?![\\p{L}:])");

  private Spelling() {}

  /** The query with its rare words corrected, if any could be. */
  static Optional<String> correct(IndexReader reader, String query) throws IOException {
    DirectSpellChecker checker = new DirectSpellChecker();
    Matcher words = WORD.matcher(query);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String replacement = word;
      if (!isOperator(word) && !QueryLanguage.looksLikeAcronym(word)) {
        Term term = new Term(Schema.BODY_EXACT, word.toLowerCase(Locale.ROOT));
        int freq = reader.docFreq(term);
        if (freq <= RARE) {
          SuggestWord[] similar =
              checker.suggestSimilar(term, 3, reader, SuggestMode.SUGGEST_MORE_POPULAR);
          replacement = best(similar, word, freq == 0 ? 1 : MUCH_MORE_COMMON);
        }
      }
      changed |= !replacement.equals(word);
      words.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(out);
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean isOperator(String word) {
    return word.equals("AND") || word.equals("OR") || word.equals("NOT");
  }

  /**
   * The first suggestion that is a plain word in at least {@code minFreq} items, or {@code word}
   * itself.
   */
  private static String best(SuggestWord[] suggestions, String word, int minFreq) {
    for (SuggestWord s : suggestions) {
      if (!s.string.startsWith(EnglishTextAnalyzer.ACRONYM_MARK) && s.freq >= minFreq) {
        return s.string;
      }
    }
    return word;
  }
}
