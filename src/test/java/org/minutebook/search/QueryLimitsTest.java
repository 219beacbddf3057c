package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.Test;
import org.minutebook.themes.Thesaurus;

/**
 * The limits on what one query may ask of the index: their defaults, and how the query language
 * refuses what goes beyond them (with a message that says what to change), all without an index.
 */
class QueryLimitsTest {
  private static final Thesaurus THESAURUS = Thesaurus.builtIn();

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    QueryLimits limits = QueryLimits.DEFAULTS;
    assertEquals(1_000, limits.maxLength());
    assertEquals(20, limits.maxNesting());
    assertEquals(50, limits.maxWords());
    assertEquals(1_024, limits.maxClauses());
    assertEquals(4, limits.maxWildcards());
    assertEquals(2, limits.minPrefix());
    assertEquals(128, limits.maxPrefixTerms());
    assertEquals(100, limits.maxPageSize());
    assertEquals(10_000, limits.maxDepth());
    assertEquals(100, limits.maxFilterValues());
    assertEquals(Duration.ofSeconds(2), limits.timeout());
    // The clause limit is Lucene's own, so that a query let through is never refused by Lucene
    // for its words alone.
    assertEquals(org.apache.lucene.search.IndexSearcher.getMaxClauseCount(), limits.maxClauses());
  }

  @Test
  void theTimeLimitIsReadFromASystemProperty() {
    assertEquals(Duration.ofSeconds(5), QueryLimits.parseDuration("5s"));
    assertEquals(Duration.ofMillis(500), QueryLimits.parseDuration(" 500ms "));
    assertEquals(Duration.ofNanos(1), QueryLimits.parseDuration("1ns"));
    assertThrows(IllegalArgumentException.class, () -> QueryLimits.parseDuration("soon"));
    assertThrows(
        IllegalArgumentException.class,
        () -> QueryLimits.DEFAULTS.withTimeout(QueryLimits.parseDuration("0s")));
    String before = System.getProperty(QueryLimits.TIMEOUT_PROPERTY);
    try {
      System.setProperty(QueryLimits.TIMEOUT_PROPERTY, "250ms");
      assertEquals(Duration.ofMillis(250), QueryLimits.configured().timeout());
      System.clearProperty(QueryLimits.TIMEOUT_PROPERTY);
      assertEquals(QueryLimits.DEFAULTS, QueryLimits.configured());
    } finally {
      if (before != null) {
        System.setProperty(QueryLimits.TIMEOUT_PROPERTY, before);
      }
    }
    assertEquals("2 s", QueryLimits.DEFAULTS.timeoutInWords());
    assertEquals(
        "250 ms", QueryLimits.DEFAULTS.withTimeout(Duration.ofMillis(250)).timeoutInWords());
    assertEquals("1 ns", QueryLimits.DEFAULTS.withTimeout(Duration.ofNanos(1)).timeoutInWords());
  }

  @Test
  void pagesAndFiltersHaveLimits() {
    QueryLimits limits = QueryLimits.DEFAULTS;
    limits.checkPage(100, 100);
    limits.checkPage(1, 100);
    String tooBig = message(() -> limits.checkPage(1, 101));
    assertTrue(tooBig.contains("between 1 and 100"), tooBig);
    String tooDeep = message(() -> limits.checkPage(101, 100));
    assertTrue(tooDeep.contains("at most 10000"), tooDeep);
    // page × size is worked out in long arithmetic: no overflow lets a deep page through.
    assertThrows(IllegalArgumentException.class, () -> limits.checkPage(Integer.MAX_VALUE, 100));
    limits.checkFilterValues(100);
    assertTrue(message(() -> limits.checkFilterValues(101)).contains("the limit is 100"));
    limits.checkLength("q", "x".repeat(1_000));
    assertTrue(
        message(() -> limits.checkLength("q", "x".repeat(1_001))).contains("the limit is 1000"));
  }

  @Test
  void theLimitsThemselvesAreChecked() {
    assertThrows(
        IllegalArgumentException.class, () -> QueryLimits.DEFAULTS.withTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new QueryLimits(1, 1, 1, 1, 0, 1, 1, 10, 5, 0, Duration.ofSeconds(1)));
  }

  @Test
  void clausesAreCountedAsLuceneCountsThem() {
    Query two =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("f", "a")), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term("f", "b")), BooleanClause.Occur.SHOULD)
            .build();
    assertEquals(2, QueryLimits.clauses(two));
    assertEquals(
        3,
        QueryLimits.clauses(
            new BooleanQuery.Builder()
                .add(two, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("f", "c")), BooleanClause.Occur.MUST_NOT)
                .build()));
  }

  @Test
  void aQueryOfTooManyWordsIsRefusedSayingSo() throws Exception {
    String fifty = words(50);
    QueryLanguage.parse(fifty, THESAURUS, true, true);
    String refused = refusal(words(51));
    assertTrue(refused.contains("51 words; the limit is 50"), refused);
    // Operators are not words.
    QueryLanguage.parse(fifty + " AND", THESAURUS, true, true);
  }

  @Test
  void aQueryThatExpandsToTooManyClausesIsRefused() throws Exception {
    QueryLimits small = withClauses(12);
    // Three words, each in three fields, and the three as a phrase in each field: 12.
    QueryLanguage.parse("budget precept tax", THESAURUS, false, true, small);
    QuerySyntaxException e =
        assertThrows(
            QuerySyntaxException.class,
            () -> QueryLanguage.parse("budget precept tax levy", THESAURUS, false, true, small));
    assertTrue(e.getMessage().contains("the limit is 12"), e.getMessage());
    // The paragraph query of timelines is held to the same limit.
    assertThrows(
        QuerySyntaxException.class,
        () ->
            QueryLanguage.paragraphs(
                "budget precept tax levy rates", THESAURUS, false, withClauses(4)));
    // The thesaurus counts: one acronym stands for its group's names, each in every field.
    int mash = QueryLimits.clauses(QueryLanguage.parse("MASH", THESAURUS, true, true).search());
    int plain = QueryLimits.clauses(QueryLanguage.parse("MASH", THESAURUS, false, true).search());
    assertTrue(mash > plain, mash + " clauses expanded, " + plain + " not");
  }

  @Test
  void wildcardsAreBoundedInNumberAndPlace() throws Exception {
    QueryLanguage.parse("recruit* retent* vacanc* agenc*", THESAURUS, true, true);
    String many = refusal("recruit* retent* vacanc* agenc* caseload*");
    assertTrue(many.contains("at most 4 words ending in *"), many);
    assertTrue(refusal("r*").contains("at least 2 letters"), refusal("r*"));
    // No leading or inner wildcard: those would scan the whole dictionary.
    assertTrue(refusal("*door").contains("only a * at the end of a word"), refusal("*door"));
    assertTrue(refusal("do*r").contains("only a * at the end of a word"), refusal("do*r"));
  }

  @Test
  void noTypedQueryExpandsByPatternOrEditDistance() throws Exception {
    // Regular expressions, fuzzy and single-character wildcards are read as punctuation (or, with
    // a * inside, refused): a parsed query has no clause that matches terms by automaton, except
    // a trailing * (a prefix).
    for (String query :
        List.of(
            "/.*/",
            "/[a-z]+ing/",
            "door~",
            "door~2",
            "\"front door\"~10",
            "do?r",
            "????",
            "title:/bud.*/",
            "committee:cab~1",
            "[a TO z]",
            "{a TO z}")) {
      Query parsed;
      try {
        parsed = QueryLanguage.parse(query, THESAURUS, true, true).search();
      } catch (QuerySyntaxException refused) {
        continue;
      }
      assertEquals(List.of(), patterns(parsed), query);
    }
    assertEquals(3, patterns(QueryLanguage.parse("budg*", THESAURUS, true, true).search()).size());
  }

  @Test
  void lengthAndNestingStayRefused() {
    assertTrue(refusal("x".repeat(1_001)).contains("1001 characters long; the limit is 1000"));
    assertTrue(refusal("(".repeat(21) + "door").contains("nested more than 20 deep"));
  }

  /** Queries that match terms by automaton (prefix, wildcard, regex, fuzzy) within {@code q}. */
  private static List<String> patterns(Query q) {
    List<String> found = new ArrayList<>();
    q.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            found.add(query.getClass().getSimpleName() + " " + query);
          }
        });
    return found;
  }

  private static QueryLimits withClauses(int clauses) {
    QueryLimits d = QueryLimits.DEFAULTS;
    return new QueryLimits(
        d.maxLength(),
        d.maxNesting(),
        d.maxWords(),
        clauses,
        d.maxWildcards(),
        d.minPrefix(),
        d.maxPrefixTerms(),
        d.maxPageSize(),
        d.maxDepth(),
        d.maxFilterValues(),
        d.timeout());
  }

  private static String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(' ');
    }
    return out.toString().strip();
  }

  private static String refusal(String query) {
    return assertThrows(
            QuerySyntaxException.class,
            () -> QueryLanguage.parse(query, THESAURUS, true, true),
            query)
        .getMessage();
  }

  private static String message(Runnable check) {
    return assertThrows(IllegalArgumentException.class, check::run).getMessage();
  }

  @Test
  void aQueryReadAsPlainWordsIsHeldToTheLimitsToo() {
    // The trailing AND cannot be parsed, so the query is read again as its plain words; those
    // are refused for their clauses as a QuerySyntaxException (a 400), not a runtime exception
    // escaping the parser (a 500).
    QuerySyntaxException e =
        assertThrows(
            QuerySyntaxException.class,
            () ->
                QueryLanguage.parse(
                    "budget precept tax levy AND", THESAURUS, false, true, withClauses(12)));
    assertFalse(e.getMessage().isBlank());
  }
}
