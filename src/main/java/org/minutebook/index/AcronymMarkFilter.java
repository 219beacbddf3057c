package org.minutebook.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Marks words written as acronyms. After a word such as "SEND", "EHCPs" or "DfE" (two or more
 * capitals, starting with one) it adds, at the same position, the acronym with {@link #MARK} in
 * front and any plural "s" removed: "⁂SEND". Lower-casing later gives "⁂send", a term that the verb
 * "send" never produces, so that an acronym which is also a word can be searched exactly. Must run
 * before lower-casing.
 */
final class AcronymMarkFilter extends TokenFilter {
  /** Put in front of an acronym's marked form; no tokenizer produces it inside a word. */
  static final String MARK = "⁂";

  private static final int MAX_LENGTH = 10;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private AttributeSource.State pending;
  private String marked;

  AcronymMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (marked != null) {
      restoreState(pending);
      term.setEmpty().append(marked);
      position.setPositionIncrement(0);
      marked = null;
      pending = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String acronym = acronym(term);
    if (acronym != null) {
      pending = captureState();
      marked = MARK + acronym;
    }
    return true;
  }

  /** The acronym {@code word} is written as, without a plural "s", or null if it is not one. */
  static String acronym(CharSequence word) {
    int length = word.length();
    if (length < 2 || length > MAX_LENGTH || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    int end = length;
    if (word.charAt(length - 1) == 's' && length > 2) {
      end = length - 1;
    }
    int capitals = 0;
    for (int i = 0; i < end; i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        capitals++;
      } else if (!Character.isLetter(c)) {
        return null;
      }
    }
    return capitals >= 2 ? word.subSequence(0, end).toString() : null;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    marked = null;
  }
}
