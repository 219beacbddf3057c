package org.minutebook.search;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What one request may ask of the index, in one place. The archive faces the public internet: no
 * query may exhaust the server, so each way a query can grow in cost has a bound here, and going
 * beyond one is refused with a message saying what to change (HTTP 400), never a server error. The
 * time limit alone does not refuse: a search that runs out of time answers with what it found by
 * then, flagged {@code partial}.
 *
 * <p>Regular expressions and fuzzy matching are not offered at all: the query language reads {@code
 * /}, {@code ~} and {@code ?} as punctuation, so no typed query expands by pattern or edit
 * distance. A leading or inner {@code *} is refused; a trailing one expands to at most {@link
 * #maxPrefixTerms} of the index's words, the most frequent.
 *
 * @param maxLength the longest query, in characters (also the longest value of any parameter)
 * @param maxNesting how deep brackets may nest
 * @param maxWords how many words a query may have (field names count, operators do not)
 * @param maxClauses how many clauses the parsed query may have once the thesaurus and the fields
 *     have expanded it (each word is searched in several fields, each thesaurus name as a phrase),
 *     counted as Lucene counts them; a prefix counts once here and is bounded by {@link
 *     #maxPrefixTerms}
 * @param maxWildcards how many words ending in {@code *} a query may have
 * @param minPrefix how many letters a word ending in {@code *} needs before it
 * @param maxPrefixTerms how many index words one word ending in {@code *} stands for, per field
 * @param maxPageSize the most hits one page lists
 * @param maxDepth how deep paging may go: page × size
 * @param maxFilterValues how many filter values (committees, councils, themes, types, years,
 *     sections, records) one request may name in all
 * @param timeout how long a search or timeline may spend finding matches before it stops and
 *     answers with what it found
 */
public record QueryLimits(
    int maxLength,
    int maxNesting,
    int maxWords,
    int maxClauses,
    int maxWildcards,
    int minPrefix,
    int maxPrefixTerms,
    int maxPageSize,
    int maxDepth,
    int maxFilterValues,
    Duration timeout) {

  /** A thousand characters: a long pasted sentence fits many times over. */
  public static final int DEFAULT_MAX_LENGTH = 1_000;

  /** No reader nests brackets 20 deep, and each level costs the parser stack. */
  public static final int DEFAULT_MAX_NESTING = 20;

  /** Web search engines stop at about 32 words; 50 leaves room for field names. */
  public static final int DEFAULT_MAX_WORDS = 50;

  /** Lucene's own limit ({@code IndexSearcher.getMaxClauseCount()}), checked before searching. */
  public static final int DEFAULT_MAX_CLAUSES = 1_024;

  /** Each of these may stand for hundreds of clauses (words × fields). */
  public static final int DEFAULT_MAX_WILDCARDS = 4;

  /** "r*" would stand for a good part of the dictionary. */
  public static final int DEFAULT_MIN_PREFIX = 2;

  /** The most frequent words with the prefix are kept. */
  public static final int DEFAULT_MAX_PREFIX_TERMS = 128;

  /** A page of 100 hits is more than any screen shows. */
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;

  /** Beyond 10,000 hits deep, narrowing the search serves a reader better than paging. */
  public static final int DEFAULT_MAX_DEPTH = 10_000;

  /** More filter values than any page offers, far fewer than would strain a query. */
  public static final int DEFAULT_MAX_FILTER_VALUES = 100;

  /** Searches on the real archive take milliseconds; two seconds means something is wrong. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  /** The system property that sets the time limit when an archive is opened (2s, 500ms, 1ns). */
  public static final String TIMEOUT_PROPERTY = "minutebook.query.timeout";

  /** The limits with their documented defaults. */
  public static final QueryLimits DEFAULTS =
      new QueryLimits(
          DEFAULT_MAX_LENGTH,
          DEFAULT_MAX_NESTING,
          DEFAULT_MAX_WORDS,
          DEFAULT_MAX_CLAUSES,
          DEFAULT_MAX_WILDCARDS,
          DEFAULT_MIN_PREFIX,
          DEFAULT_MAX_PREFIX_TERMS,
          DEFAULT_MAX_PAGE_SIZE,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_FILTER_VALUES,
          DEFAULT_TIMEOUT);

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ns|ms|s)");

  public QueryLimits {
    if (maxLength < 1
        || maxNesting < 1
        || maxWords < 1
        || maxClauses < 1
        || maxWildcards < 0
        || minPrefix < 1
        || maxPrefixTerms < 1
        || maxPageSize < 1
        || maxDepth < maxPageSize
        || maxFilterValues < 0) {
      throw new IllegalArgumentException("query limits out of range");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the query time limit must be positive");
    }
  }

  /**
   * The defaults, with the time limit the system property {@value #TIMEOUT_PROPERTY} gives, if any
   * ({@code MINUTEBOOK_JAVA_OPTS=-Dminutebook.query.timeout=5s ./minutebook serve}). Read when an
   * archive is opened.
   */
  public static QueryLimits configured() {
    String value = System.getProperty(TIMEOUT_PROPERTY);
    return value == null || value.isBlank() ? DEFAULTS : DEFAULTS.withTimeout(parseDuration(value));
  }

  /** The same limits with another time limit. */
  public QueryLimits withTimeout(Duration limit) {
    return new QueryLimits(
        maxLength,
        maxNesting,
        maxWords,
        maxClauses,
        maxWildcards,
        minPrefix,
        maxPrefixTerms,
        maxPageSize,
        maxDepth,
        maxFilterValues,
        limit);
  }

  /** Reads "2s", "500ms" or "1ns". */
  static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          TIMEOUT_PROPERTY + " must be a duration such as 2s, 500ms or 1ns (was '" + text + "')");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ns" -> Duration.ofNanos(amount);
      case "ms" -> Duration.ofMillis(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  /** The time limit in words, for notices: "2 s", "500 ms". */
  String timeoutInWords() {
    if (timeout.toMillis() == 0) {
      return timeout.toNanos() + " ns";
    }
    return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  /**
   * Refuses a page beyond the limits.
   *
   * @throws IllegalArgumentException saying which limit, and what to do instead
   */
  public void checkPage(int page, int size) {
    if (size > maxPageSize) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + maxPageSize + " (was " + size + ")");
    }
    if ((long) page * size > maxDepth) {
      throw new IllegalArgumentException(
          "page × size must be at most "
              + maxDepth
              + " (was "
              + page
              + " × "
              + size
              + "); narrow the search, or download it with format=csv");
    }
  }

  /**
   * Refuses more filter values than the limit.
   *
   * @throws IllegalArgumentException saying how many there were
   */
  public void checkFilterValues(int values) {
    if (values > maxFilterValues) {
      throw new IllegalArgumentException(
          "the request names "
              + values
              + " filter values (committees, councils, themes, types, years, sections and"
              + " records together); the limit is "
              + maxFilterValues);
    }
  }

  /**
   * Refuses text longer than {@link #maxLength}.
   *
   * @throws IllegalArgumentException naming the parameter
   */
  public void checkLength(String name, String value) {
    if (value != null && value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " is " + value.length() + " characters long; the limit is " + maxLength);
    }
  }

  /** How many clauses {@code query} has, counted as Lucene counts them against its own limit. */
  static int clauses(Query query) {
    int[] count = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query leaf) {
            count[0]++;
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            count[0]++;
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            count[0]++;
          }
        });
    return count[0];
  }
}
