package org.minutebook.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minutebook.model.Theme;

/**
 * Turns a theme's definition into a Lucene query over the title and body: any term (one word → a
 * stemmed term; several → a phrase), none of the exclusions. The same query tags items at index
 * time and highlights why an item belongs to a theme at search time.
 */
public final class ThemeQueries {
  private ThemeQueries() {}

  /** The query that matches items of {@code theme}. */
  public static Query of(Theme theme) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean any = false;
    for (String term : theme.terms()) {
      for (Query q : perField(term)) {
        query.add(q, BooleanClause.Occur.SHOULD);
        any = true;
      }
    }
    if (!any) {
      return new MatchNoDocsQuery("theme " + theme.id() + " has no usable terms");
    }
    for (String excluded : theme.exclude()) {
      for (Query q : perField(excluded)) {
        query.add(q, BooleanClause.Occur.MUST_NOT);
      }
    }
    query.setMinimumNumberShouldMatch(1);
    return query.build();
  }

  /** The query that matches text containing {@code words}, one of a theme's terms. */
  static Query term(String words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query q : perField(words)) {
      any.add(q, BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private static List<Query> perField(String words) {
    List<String> tokens = Schema.terms(words);
    List<Query> queries = new ArrayList<>();
    if (tokens.isEmpty()) {
      return queries;
    }
    for (String field : List.of(Schema.TITLE, Schema.BODY)) {
      if (tokens.size() == 1) {
        queries.add(new TermQuery(new Term(field, tokens.get(0))));
      } else {
        queries.add(new PhraseQuery(field, tokens.toArray(String[]::new)));
      }
    }
    return queries;
  }
}
