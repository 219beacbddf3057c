package org.minutebook.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.minutebook.index.Schema;
import org.minutebook.model.Expansion;
import org.minutebook.themes.Thesaurus;

/**
 * The query language, on Lucene's classic parser: plain words (all required), "quoted phrases"
 * matched exactly on the unstemmed fields, -exclusion, OR, parentheses, trailing {@code *}, and the
 * fields {@code title:}, {@code resolved:}, {@code commitment:}, {@code committee:}, {@code
 * council:}, {@code theme:}, {@code type:}, {@code section:} and {@code record:}. Runs of plain
 * words are expanded with the thesaurus. Each query is built twice: once to search, once to
 * highlight (decisions and names are shown in the body's text, so their clauses are mapped there).
 */
final class QueryLanguage {
  /** Typed text longer than this is refused rather than parsed: see {@link QueryLimits}. */
  static final int MAX_QUERY_LENGTH = QueryLimits.DEFAULT_MAX_LENGTH;

  /** Deeper bracket nesting is refused: no reader needs it, and it costs the parser stack. */
  static final int MAX_NESTING = QueryLimits.DEFAULT_MAX_NESTING;

  /** Weight of a thesaurus group's one-way related terms, against 1 for the group's own. */
  private static final float RELATED_WEIGHT = 0.5f;

  /** How far apart typed words may be to count as near each other. */
  private static final int NEAR_SLOP = 3;

  /** The longest word read as an acronym when typed in capitals. */
  private static final int MAX_ACRONYM = 6;

  /** Share of the other fields' scores kept when one field matches best. */
  private static final float TIE_BREAKER = 0.1f;

  /** Characters of Lucene's syntax the language does not offer: they are read as punctuation. */
  private static final String UNOFFERED = "/[]{}^~!";

  /** The stemmed fields free text is searched in. */
  private static final List<String> ALL_TEXT = List.of(Schema.TITLE, Schema.RESOLVED, Schema.BODY);

  private static final String DEFAULT_FIELD = "_text";

  /**
   * A parsed query.
   *
   * @param search what to search with
   * @param highlight what to highlight the body and title with
   * @param expansions thesaurus expansions used
   * @param notices how the query was read where it was not taken literally
   */
  record Parsed(Query search, Query highlight, List<Expansion> expansions, List<String> notices) {}

  private QueryLanguage() {}

  /**
   * Parses {@code query}; a query that cannot be read as written is read as its plain words, with a
   * notice, and only one with no words at all is refused.
   *
   * @param all whether plain words are all required (else any will do)
   */
  static Parsed parse(String query, Thesaurus thesaurus, boolean expand, boolean all)
      throws QuerySyntaxException {
    return parse(query, thesaurus, expand, all, QueryLimits.DEFAULTS);
  }

  /**
   * Parses {@code query} within {@code limits}; see {@link #parse(String, Thesaurus, boolean,
   * boolean)}.
   */
  static Parsed parse(
      String query, Thesaurus thesaurus, boolean expand, boolean all, QueryLimits limits)
      throws QuerySyntaxException {
    if (query == null || query.isBlank() || query.strip().equals("*")) {
      return new Parsed(
          MatchAllDocsQuery.INSTANCE, MatchAllDocsQuery.INSTANCE, List.of(), List.of());
    }
    return leniently(
        query,
        limits,
        (text, notices) -> {
          Parser search = new Parser(thesaurus, expand, Mode.SEARCH, all, limits);
          Query found = refuseIfTooBig(search.parse(text), limits);
          Query shown = new Parser(thesaurus, expand, Mode.HIGHLIGHT, all, limits).parse(text);
          List<String> said = new ArrayList<>(notices);
          said.addAll(search.notices);
          return new Parsed(found, shown, List.copyOf(search.expansions), List.copyOf(said));
        });
  }

  /**
   * Parses {@code query} for paragraph documents (timelines): the same language, with every text
   * field meaning the paragraph's text and names, themes and sections the paragraph's own.
   */
  static Query paragraphs(String query, Thesaurus thesaurus, boolean expand)
      throws QuerySyntaxException {
    return paragraphs(query, thesaurus, expand, QueryLimits.DEFAULTS);
  }

  /** The paragraph query of {@code query} within {@code limits}. */
  static Query paragraphs(String query, Thesaurus thesaurus, boolean expand, QueryLimits limits)
      throws QuerySyntaxException {
    if (query == null || query.isBlank() || query.strip().equals("*")) {
      return MatchAllDocsQuery.INSTANCE;
    }
    return leniently(
        query,
        limits,
        (text, notices) ->
            refuseIfTooBig(
                new Parser(thesaurus, expand, Mode.PARAGRAPHS, true, limits).parse(text), limits));
  }

  /** {@code query}, unless it has more clauses than {@code limits} allow. */
  private static Query refuseIfTooBig(Query query, QueryLimits limits) {
    int clauses = QueryLimits.clauses(query);
    if (clauses > limits.maxClauses()) {
      throw new RefusedQuery(
          "the query expands to "
              + clauses
              + " clauses (each word is searched in the title, decisions and text, and the"
              + " thesaurus adds other names for it); the limit is "
              + limits.maxClauses()
              + ": use fewer words");
    }
    return query;
  }

  /** One way of reading a query's text, given the notices that say how it was read. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(String text, List<String> notices) throws ParseException;
  }

  /**
   * Reads {@code query} as written; if it cannot be, as its plain words with a notice saying why;
   * refuses it only when it goes beyond {@code limits} or has no words at all.
   */
  private static <T> T leniently(String query, QueryLimits limits, Reading<T> reading)
      throws QuerySyntaxException {
    check(query, limits);
    try {
      return asWrittenOrAsWords(query, reading);
    } catch (RefusedQuery e) {
      // Either reading may refuse (a limit, a misplaced *): the message says what to change.
      throw new QuerySyntaxException(e.getMessage(), e);
    }
  }

  private static <T> T asWrittenOrAsWords(String query, Reading<T> reading)
      throws QuerySyntaxException {
    try {
      return reading.read(escapeUnoffered(query), List.of());
    } catch (ParseException | IllegalArgumentException e) {
      String reason = Queries.explain(query);
      String words = plainWords(query);
      if (words.isBlank()) {
        throw new QuerySyntaxException(reason, e);
      }
      try {
        return reading.read(words, List.of("Read as plain words, because " + reason + "."));
      } catch (ParseException | IllegalArgumentException again) {
        throw new QuerySyntaxException(reason, again);
      }
    }
  }

  /** Refuses what is too long, too deep or too wordy before the parser sees it. */
  private static void check(String query, QueryLimits limits) throws QuerySyntaxException {
    if (query.length() > limits.maxLength()) {
      throw new QuerySyntaxException(
          "the query is " + query.length() + " characters long; the limit is " + limits.maxLength(),
          null);
    }
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth > limits.maxNesting()) {
        throw new QuerySyntaxException(
            "the query's brackets are nested more than " + limits.maxNesting() + " deep", null);
      }
    }
    String plain = plainWords(query);
    int words = plain.isEmpty() ? 0 : plain.split(" ").length;
    if (words > limits.maxWords()) {
      throw new QuerySyntaxException(
          "the query has " + words + " words; the limit is " + limits.maxWords(), null);
    }
  }

  /** Escapes the syntax the language does not offer (ranges, boosts, fuzziness, regexes). */
  static String escapeUnoffered(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        out.append(c);
        if (i + 1 < query.length()) {
          out.append(query.charAt(++i));
        }
        continue;
      }
      if (UNOFFERED.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The words of {@code query} without any syntax or operators. */
  static String plainWords(String query) {
    StringBuilder out = new StringBuilder();
    for (String word : Thesaurus.typedWords(query)) {
      if (!word.equals("AND") && !word.equals("OR") && !word.equals("NOT")) {
        out.append(word).append(' ');
      }
    }
    return out.toString().strip();
  }

  /**
   * Whether a typed word is written as an acronym: two to {@value #MAX_ACRONYM} letters, capitals
   * (a plural "s" and one lower-case letter inside, as in "DfE", allowed).
   */
  static boolean looksLikeAcronym(String word) {
    String stem =
        word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    if (stem.length() < 2
        || stem.length() > MAX_ACRONYM
        || !Character.isUpperCase(stem.charAt(0))) {
      return false;
    }
    int lower = 0;
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (!Character.isLetter(c)) {
        return false;
      }
      lower += Character.isLowerCase(c) ? 1 : 0;
    }
    return lower <= 1 && stem.length() - lower >= 2;
  }

  /** A query the language refuses outright, with a message for the user. */
  private static final class RefusedQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedQuery(String message) {
      super(message);
    }
  }

  /** What a parse is for: searching items, highlighting their text, or counting paragraphs. */
  private enum Mode {
    SEARCH,
    HIGHLIGHT,
    PARAGRAPHS
  }

  /** Where a field name sends a clause. */
  private enum Target {
    TEXT,
    TITLE,
    RESOLVED,
    COMMITTEE,
    COUNCIL,
    THEME,
    TYPE,
    SECTION,
    COMMITMENT,
    RECORD,
    UNKNOWN;

    static Target of(String field) {
      if (DEFAULT_FIELD.equals(field)) {
        return TEXT;
      }
      return switch (field.toLowerCase(Locale.ROOT)) {
        case "title" -> TITLE;
        case "resolved", "decision", "decisions" -> RESOLVED;
        case "committee" -> COMMITTEE;
        case "council" -> COUNCIL;
        case "theme" -> THEME;
        case "type" -> TYPE;
        case "section" -> SECTION;
        case "commitment", "commitments", "promise" -> COMMITMENT;
        case "record" -> RECORD;
        default -> UNKNOWN;
      };
    }
  }

  /** The classic parser, with each kind of clause built the way this language means it. */
  private static final class Parser extends QueryParser {
    private final Thesaurus thesaurus;
    private final boolean expand;
    private final boolean highlighting;
    private final boolean paragraphs;
    private final QueryBuilder stemmed = new QueryBuilder(Schema.textAnalyzer());
    private final QueryBuilder exact = new QueryBuilder(Schema.exactQueryAnalyzer());
    private final QueryLimits limits;
    private int wildcards;
    final Set<Expansion> expansions = new LinkedHashSet<>();
    final List<String> notices = new ArrayList<>();

    Parser(Thesaurus thesaurus, boolean expand, Mode mode, boolean all, QueryLimits limits) {
      super(DEFAULT_FIELD, Schema.textAnalyzer());
      this.thesaurus = thesaurus;
      this.expand = expand;
      this.limits = limits;
      this.highlighting = mode == Mode.HIGHLIGHT;
      this.paragraphs = mode == Mode.PARAGRAPHS;
      setSplitOnWhitespace(false);
      setDefaultOperator(all ? Operator.AND : Operator.OR);
      setAllowLeadingWildcard(false);
      setAutoGeneratePhraseQueries(false);
    }

    private BooleanClause.Occur wordOccur() {
      return getDefaultOperator() == Operator.AND
          ? BooleanClause.Occur.MUST
          : BooleanClause.Occur.SHOULD;
    }

    /**
     * The stemmed fields a text target searches, mapped to where they are shown if highlighting.
     */
    private List<String> fields(Target target) {
      if (paragraphs) {
        return List.of(Schema.P_TEXT);
      }
      List<String> fields =
          switch (target) {
            case TITLE -> List.of(Schema.TITLE);
            case RESOLVED -> List.of(Schema.RESOLVED);
            case COMMITMENT -> List.of(Schema.COMMITMENTS);
            default -> ALL_TEXT;
          };
      if (!highlighting) {
        return fields;
      }
      return fields.stream().map(Schema.SHOWN_IN::get).distinct().toList();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      Target target = Target.of(field);
      return switch (target) {
        case UNKNOWN -> {
          notices.add(
              "There is no field '"
                  + field
                  + ":'; it was searched as a word. Fields are title:, resolved:, commitment:,"
                  + " committee:, council:, theme:, type:, section: and record:.");
          yield getFieldQuery(DEFAULT_FIELD, field + " " + queryText, quoted);
        }
        case COMMITTEE, COUNCIL -> names(target, queryText, quoted);
        case THEME, TYPE, SECTION, RECORD -> keyword(target, queryText);
        default -> quoted ? phrase(queryText, fields(target)) : words(queryText, fields(target));
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      return getFieldQuery(field, queryText, true);
    }

    /** Committee and council names, matched as words ("committee:cabinet" finds "Cabinet"). */
    private Query names(Target target, String text, boolean quoted) {
      if (highlighting) {
        return MatchAllDocsQuery.INSTANCE;
      }
      String field = nameField(target);
      Query query =
          quoted
              ? stemmed.createPhraseQuery(field, text)
              : stemmed.createBooleanQuery(field, text, BooleanClause.Occur.MUST);
      return query == null ? new MatchNoDocsQuery("no words") : query;
    }

    /** The field committee or council names are searched in as words. */
    private String nameField(Target target) {
      if (target == Target.COMMITTEE) {
        return paragraphs ? Schema.P_COMMITTEE_TEXT : Schema.COMMITTEE_TEXT;
      }
      return paragraphs ? Schema.P_COUNCIL_TEXT : Schema.COUNCIL_TEXT;
    }

    /** A theme id, document type or section kind: one exact value. */
    private Query keyword(Target target, String text) {
      if (highlighting) {
        return MatchAllDocsQuery.INSTANCE;
      }
      String field =
          switch (target) {
            case THEME -> paragraphs ? Schema.P_THEME : Schema.THEME;
            case TYPE -> paragraphs ? Schema.P_TYPE : Schema.TYPE;
            case RECORD -> paragraphs ? Schema.P_RECORD : Schema.RECORD;
            default -> paragraphs ? Schema.P_SECTION : Schema.SECTION;
          };
      String value = String.join("-", Thesaurus.words(text));
      return new TermQuery(new Term(field, value));
    }

    /**
     * An exact phrase on the unstemmed twins of {@code fields}. A thesaurus name quoted whole
     * ("multi-agency safeguarding hub") also finds the group's other names, each exactly.
     */
    private Query phrase(String text, List<String> fields) {
      Query exactly = exactText(text, fields);
      if (expand && exactly != null) {
        List<String> typed = Thesaurus.typedWords(text);
        List<Thesaurus.Match> matches = thesaurus.matches(typed);
        if (matches.size() == 1 && matches.get(0).end() - matches.get(0).start() == typed.size()) {
          return concept(matches.get(0), fields, exactly, true);
        }
      }
      return exactly == null ? new MatchNoDocsQuery("no words") : exactly;
    }

    /** {@code text} unstemmed, as a phrase if it has several words, or null if it has none. */
    private Query exactText(String text, List<String> fields) {
      List<Query> perField = new ArrayList<>();
      for (String field : fields) {
        Query q = exact.createPhraseQuery(Schema.EXACT_TWIN.get(field), text);
        if (q != null) {
          perField.add(weighted(field, q));
        }
      }
      return perField.isEmpty() ? null : best(perField);
    }

    /**
     * A run of plain words: each word (or thesaurus name) required, on {@code fields}; the words
     * close together count for more.
     */
    private Query words(String text, List<String> fields) {
      List<String> typed = Thesaurus.typedWords(text);
      List<Thesaurus.Match> matches = expand ? thesaurus.matches(typed) : List.of();
      List<Query> clauses = new ArrayList<>();
      int next = 0;
      for (Thesaurus.Match match : matches) {
        for (; next < match.start(); next++) {
          addIfAny(clauses, word(typed.get(next), fields));
        }
        // An ambiguous acronym as typed ("SEND") means the acronym, never the word.
        List<String> run = typed.subList(match.start(), match.end());
        Query asTyped =
            match.group().ambiguous() && looksLikeAcronym(match.matched())
                ? acronym(match.matched(), true, fields)
                : highlighting && run.size() > 1
                    // Shown only where the words stand together: "front" of "front line" is noise.
                    ? near(String.join(" ", run), fields)
                    : allOf(run, fields);
        clauses.add(concept(match, fields, asTyped, false));
        next = match.end();
      }
      for (; next < typed.size(); next++) {
        addIfAny(clauses, word(typed.get(next), fields));
      }
      if (clauses.isEmpty()) {
        return new MatchNoDocsQuery("no words");
      }
      if (clauses.size() == 1 && typed.size() == 1) {
        return clauses.get(0);
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (Query clause : clauses) {
        all.add(clause, wordOccur());
      }
      if (typed.size() > 1) {
        addIfAny(all, near(String.join(" ", typed), fields), 1f);
      }
      return all.build();
    }

    private static void addIfAny(List<Query> clauses, Query query) {
      if (query != null) {
        clauses.add(query);
      }
    }

    /** Every one of {@code words}, anywhere in the item. */
    private Query allOf(List<String> words, List<String> fields) {
      if (words.size() == 1) {
        return word(words.get(0), fields);
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String w : words) {
        Query q = word(w, fields);
        if (q != null) {
          all.add(q, BooleanClause.Occur.MUST);
        }
      }
      return all.build();
    }

    /**
     * One typed word: stemmed, unless it is written as an acronym ("AED", "PLO"), which stemming
     * would mangle ("aed" → "a").
     */
    private Query word(String word, List<String> fields) {
      return looksLikeAcronym(word) ? acronym(word, false, fields) : stemmedText(word, fields);
    }

    /**
     * An acronym: where it is written in capitals (plural or not), and, unless it is also a word
     * ({@code ambiguous}), wherever it is written at all.
     */
    private Query acronym(String acronym, boolean ambiguous, List<String> fields) {
      String singular =
          acronym.length() > 2 && acronym.endsWith("s")
              ? acronym.substring(0, acronym.length() - 1)
              : acronym;
      Query capitals = marked(singular, fields);
      if (ambiguous) {
        return capitals;
      }
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      either.add(capitals, BooleanClause.Occur.SHOULD);
      addIfAny(either, exactText(acronym, fields), 1f);
      return either.build();
    }

    /** The typed words within a few positions of each other, in order or not. */
    private Query near(String text, List<String> fields) {
      List<Query> perField = new ArrayList<>();
      for (String field : fields) {
        Query q = stemmed.createPhraseQuery(field, text, NEAR_SLOP);
        if (q != null) {
          perField.add(weighted(field, q));
        }
      }
      return perField.isEmpty() ? null : best(perField);
    }

    /** A word or phrase on the stemmed {@code fields}: the best-matching field counts most. */
    private Query stemmedText(String text, List<String> fields) {
      List<Query> perField = new ArrayList<>();
      for (String field : fields) {
        Query q = stemmed.createPhraseQuery(field, text);
        if (q != null) {
          perField.add(weighted(field, q));
        }
      }
      return perField.isEmpty() ? null : best(perField);
    }

    /**
     * A thesaurus group: what was typed ({@code asTyped}), or any of the group's names and acronyms
     * ({@code exactly}: unstemmed phrases), the related ones weighing less.
     */
    private Query concept(
        Thesaurus.Match match, List<String> fields, Query asTyped, boolean exactly) {
      Thesaurus.Group group = match.group();
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      List<String> also = new ArrayList<>();
      for (String term : group.terms()) {
        addIfAny(any, exactly ? exactText(term, fields) : stemmedText(term, fields), 1f);
        noteAlso(also, match, term);
      }
      for (String acronym : group.acronyms()) {
        addIfAny(any, acronym(acronym, group.ambiguous(), fields), 1f);
        noteAlso(also, match, acronym);
      }
      for (String related : group.related()) {
        addIfAny(
            any,
            exactly ? exactText(related, fields) : stemmedText(related, fields),
            RELATED_WEIGHT);
        noteAlso(also, match, related);
      }
      addIfAny(any, asTyped, 1f);
      if (!also.isEmpty()) {
        expansions.add(new Expansion(match.matched(), also));
      }
      return any.build();
    }

    private static void addIfAny(BooleanQuery.Builder any, Query query, float weight) {
      if (query != null) {
        any.add(weight == 1f ? query : new BoostQuery(query, weight), BooleanClause.Occur.SHOULD);
      }
    }

    /** Lists {@code form} as searched too, unless it is what was typed or a listed one respelt. */
    private static void noteAlso(List<String> also, Thesaurus.Match match, String form) {
      List<String> words = Thesaurus.words(form);
      if (!words.equals(Thesaurus.words(match.matched()))
          && also.stream().noneMatch(a -> Thesaurus.words(a).equals(words))) {
        also.add(form);
      }
    }

    /** An acronym that is also a word, only where it is written in capitals. */
    private Query marked(String acronym, List<String> fields) {
      List<Query> perField = new ArrayList<>();
      for (String field : fields) {
        perField.add(
            weighted(
                field,
                new TermQuery(
                    new Term(Schema.EXACT_TWIN.get(field), Schema.markedAcronym(acronym)))));
      }
      return best(perField);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      Target target = Target.of(field);
      String prefix = termStr.toLowerCase(Locale.ROOT);
      if (prefix.length() < limits.minPrefix()) {
        throw new RefusedQuery(
            "put at least "
                + limits.minPrefix()
                + " letters before * (as in recruit*), not '"
                + termStr
                + "*'");
      }
      return switch (target) {
        case COMMITTEE, COUNCIL -> {
          countWildcard();
          yield highlighting ? MatchAllDocsQuery.INSTANCE : prefix(nameField(target), prefix);
        }
        case THEME, TYPE, SECTION -> keyword(target, termStr);
        case UNKNOWN -> getFieldQuery(field, termStr, false);
        default -> {
          countWildcard();
          List<Query> perField = new ArrayList<>();
          for (String f : fields(target)) {
            perField.add(weighted(f, prefix(Schema.EXACT_TWIN.get(f), prefix)));
          }
          yield best(perField);
        }
      };
    }

    /**
     * The index words of {@code field} that start with {@code prefix}: the most frequent {@link
     * QueryLimits#maxPrefixTerms}, so that a short prefix stays cheap.
     */
    private Query prefix(String field, String prefix) {
      return new PrefixQuery(
          new Term(field, prefix),
          new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(limits.maxPrefixTerms()));
    }

    /** Counts one more word ending in {@code *}; refuses more than the limit. */
    private void countWildcard() {
      if (++wildcards > limits.maxWildcards()) {
        throw new RefusedQuery(
            "a query may have at most "
                + limits.maxWildcards()
                + " words ending in * (each stands for many words)");
      }
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      if (termStr.equals("*")) {
        return MatchAllDocsQuery.INSTANCE;
      }
      String withoutMarks = termStr.replace("?", "");
      if (withoutMarks.indexOf('*') < 0) {
        // "MASH?": a question mark is punctuation to a reader, not a wildcard.
        return getFieldQuery(field, withoutMarks, false);
      }
      if (withoutMarks.indexOf('*') == withoutMarks.length() - 1) {
        return getPrefixQuery(field, withoutMarks.substring(0, withoutMarks.length() - 1));
      }
      throw new RefusedQuery(
          "only a * at the end of a word is supported (as in recruit*), not '" + termStr + "'");
    }

    private static Query weighted(String field, Query query) {
      Float weight = Schema.TEXT_FIELDS.get(baseOf(field));
      return weight == null || weight == 1f ? query : new BoostQuery(query, weight);
    }

    private static String baseOf(String field) {
      for (Map.Entry<String, String> twin : Schema.EXACT_TWIN.entrySet()) {
        if (twin.getValue().equals(field)) {
          return twin.getKey();
        }
      }
      return field;
    }

    private static Query best(List<Query> perField) {
      return perField.size() == 1
          ? perField.get(0)
          : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }
  }
}
