package org.minutebook.search;

import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.minutebook.index.Schema;

/**
 * The plain BM25 query evaluations compare against: the typed words, any of them, over title and
 * body with equal weights, stemmed, without phrases, fields, thesaurus or fallback.
 */
final class Baseline {
  private Baseline() {}

  static Query query(String typed) {
    String words = QueryLanguage.plainWords(typed == null ? "" : typed);
    if (words.isBlank()) {
      return new MatchNoDocsQuery("no words");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.BODY}, Schema.textAnalyzer());
    parser.setDefaultOperator(QueryParser.Operator.OR);
    try {
      return parser.parse(QueryParser.escape(words));
    } catch (ParseException e) {
      return new MatchNoDocsQuery("unreadable: " + e.getMessage());
    }
  }
}
