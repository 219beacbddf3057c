package org.minutebook.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.minutebook.index.Schema;
import org.minutebook.model.Filters;
import org.minutebook.themes.Thesaurus;

/** Filters as Lucene queries, and what is wrong with a query, in words. */
public final class Queries {
  /** Agenda items, not their paragraphs' documents. */
  static final Query ITEMS = new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM));

  private Queries() {}

  /**
   * The search query for {@code query} in the query language, expanded with the built-in thesaurus;
   * refused input throws, anything else is read leniently.
   */
  public static Query text(String query) throws QuerySyntaxException {
    return QueryLanguage.parse(query, Thesaurus.builtIn(), true, true).search();
  }

  /**
   * The full query: {@code text} restricted by the date range, with the facet selections as
   * drill-down dimensions (so that drill-sideways can count the other values of each).
   */
  public static DrillDownQuery withFilters(Query text, Filters filters) {
    BooleanQuery.Builder base =
        new BooleanQuery.Builder()
            .add(text, BooleanClause.Occur.MUST)
            .add(ITEMS, BooleanClause.Occur.FILTER);
    if (filters.from().isPresent() || filters.to().isPresent()) {
      long from = filters.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long to = filters.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      base.add(LongField.newRangeQuery(Schema.DATE_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    DrillDownQuery query = new DrillDownQuery(Schema.facetsConfig(), base.build());
    addAll(query, Schema.FACET_COMMITTEE, filters.committees());
    addAll(query, Schema.FACET_COUNCIL, filters.councils());
    addAll(query, Schema.FACET_THEME, filters.themes());
    addAll(query, Schema.FACET_TYPE, filters.types());
    addAll(query, Schema.FACET_DATE, filters.years());
    addAll(query, Schema.FACET_SECTION, filters.sections());
    addAll(query, Schema.FACET_RECORD, filters.records());
    return query;
  }

  private static void addAll(DrillDownQuery query, String dim, List<String> values) {
    for (String value : values) {
      query.add(dim, value);
    }
  }

  /**
   * What is wrong with a query the parser refused, in the user's terms rather than the grammar's.
   */
  static String explain(String query) {
    if (query.isBlank()) {
      return "the query has no words";
    }
    long quotes = query.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return "the query has an opening \" without a closing one: close the phrase or remove the quote";
    }
    int depth = 0;
    for (char c : query.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return "the query has a ) without a matching (";
      }
    }
    if (depth > 0) {
      return "the query has a ( without a matching ): close the bracket or remove it";
    }
    return "the query '"
        + (query.length() > 80 ? query.substring(0, 80) + "…" : query)
        + "' cannot be read: put words around AND and OR and after NOT, -, + and field names such"
        + " as title:, and put a backslash before a + - : ( ) or \\ that is meant literally";
  }
}
