package org.minutebook.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.minutebook.themes.Thesaurus;

/**
 * English text analysis for minutes: standard tokenisation, possessives removed ("Ofsted's" →
 * "ofsted"), lower case, accents folded, UK/US spelling variants folded to one form, and, unless
 * {@code exact}, Porter stemming. Unlike Lucene's EnglishAnalyzer it keeps stop words, so phrases
 * such as "children in need" and "front door" match exactly and a query made only of common words
 * still finds something. The exact fields also mark acronyms ({@link AcronymMarkFilter}).
 */
public final class EnglishTextAnalyzer extends Analyzer {
  /** What {@link AcronymMarkFilter} puts before an acronym's marked form. */
  public static final String ACRONYM_MARK = AcronymMarkFilter.MARK;

  private static final CharArrayMap<String> SPELLINGS =
      SpellingFoldFilter.folds(Thesaurus.builtIn().spellings());

  private final boolean exact;
  private final boolean markAcronyms;

  /** The stemmed analysis. */
  public EnglishTextAnalyzer() {
    this(false, false);
  }

  /**
   * @param exact whether words are kept unstemmed (for "quoted phrases")
   * @param markAcronyms whether acronyms get their marked twin (when indexing the exact fields; a
   *     query looks for marked forms only on purpose)
   */
  public EnglishTextAnalyzer(boolean exact, boolean markAcronyms) {
    this.exact = exact;
    this.markAcronyms = markAcronyms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    if (markAcronyms) {
      result = new AcronymMarkFilter(result);
    }
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    result = new SpellingFoldFilter(result, SPELLINGS);
    if (!exact) {
      result = new PorterStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
