package org.minutebook.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds spelling variants to one form ("organisation" and "organization", "focussed" and
 * "focused"), before stemming, so that both spellings index and search as one word. Expects lower
 * case.
 */
final class SpellingFoldFilter extends TokenFilter {
  private final CharArrayMap<String> folds;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SpellingFoldFilter(TokenStream input, CharArrayMap<String> folds) {
    super(input);
    this.folds = folds;
  }

  /** The variant → form map in the shape the filter looks words up in. */
  static CharArrayMap<String> folds(Map<String, String> variants) {
    CharArrayMap<String> map = new CharArrayMap<>(variants.size(), false);
    map.putAll(variants);
    return CharArrayMap.unmodifiableMap(map);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String form = folds.get(term.buffer(), 0, term.length());
    if (form != null) {
      term.setEmpty().append(form);
    }
    return true;
  }
}
