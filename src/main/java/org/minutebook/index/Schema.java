package org.minutebook.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.minutebook.model.SectionKind;

/**
 * The one owner of the index's field names, field types, analyzers and facet configuration. Index
 * and search both take everything from here, so the two cannot drift apart. Change {@link #VERSION}
 * whenever a field or analyzer changes: an index with another version is rebuilt.
 */
public final class Schema {
  /**
   * Stored in each commit; an index written under another version is stale and rebuilt. Bump it
   * when a field, an analyzer or the way text is extracted and cleaned changes.
   */
  public static final String VERSION = "13";

  // Stored and searchable fields.
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String ITEM_NUMBER = "item_number";
  public static final String COUNCIL = "council";
  public static final String COMMITTEE = "committee";
  public static final String THEME = "theme";
  public static final String TYPE = "type";

  /**
   * What the knowledge base found in an item ({@link #KNOWLEDGE_RECORDS}): "decision",
   * "commitment", "question", "inspection". Keyword for {@code record:} queries, and a facet.
   */
  public static final String RECORD = "record";

  /** The kinds of record, in the order the API lists them. */
  public static final List<String> KNOWLEDGE_RECORDS =
      List.of("decision", "commitment", "question", "inspection");

  /** The {@link #RECORD} of items that name an entity: a keyword only, not a facet value. */
  public static final String ENTITY_RECORD = "entity";

  /**
   * The item's decisions, commitments, questions, entities and inspections as JSON (an {@code
   * ItemKnowledge}): stored only.
   */
  public static final String KNOWLEDGE = "knowledge";

  /**
   * The text of the item's commitments: {@code commitment:} queries. Indexed only; its matches are
   * highlighted in the body.
   */
  public static final String COMMITMENTS = "commitments";

  /** The kinds of section an item has ("resolved", "discussion"…): fielded queries and facets. */
  public static final String SECTION = "section";

  /**
   * Unstemmed twins of the text fields, same text and offsets: "quoted phrases", prefixes and
   * acronyms are matched here, and their matches highlighted in the stemmed field's text.
   */
  public static final String TITLE_EXACT = "title_exact";

  public static final String BODY_EXACT = "body_exact";

  /**
   * The text of the item's resolutions, recommendations and actions agreed, and of paragraphs
   * elsewhere that record a decision ("it was resolved", "seconded… carried"): {@code resolved:}
   * queries, and a weight above the body's in ranking. Indexed only; its matches are highlighted in
   * the body.
   */
  public static final String RESOLVED = "resolved";

  public static final String RESOLVED_EXACT = "resolved_exact";

  /**
   * What a document is: an agenda item ({@link #KIND_ITEM}, what searches list) or one of its
   * paragraphs ({@link #KIND_PARAGRAPH}, what timelines count). Paragraph documents use only the
   * {@code p_} fields, so they never touch an item's statistics, facets or vocabulary.
   */
  public static final String KIND = "kind";

  public static final String KIND_ITEM = "item";
  public static final String KIND_PARAGRAPH = "paragraph";

  /** The item id on the item and on each of its paragraphs: they are replaced as one block. */
  public static final String OWNER = "owner";

  /** A paragraph's item (stored) and position in it, from 0 (stored; its anchor is p1, p2…). */
  public static final String P_ITEM = "p_item";

  public static final String P_POSITION = "p_position";

  /** A paragraph's text, stemmed and unstemmed, as the item's body and its twin. */
  public static final String P_TEXT = "p_text";

  public static final String P_TEXT_EXACT = "p_text_exact";

  /** The meeting day of a paragraph's item, as days since 1970-01-01. */
  public static final String P_DAY = "p_day";

  /** The meeting a paragraph belongs to (its file), for counting meetings. */
  public static final String P_MEETING = "p_meeting";

  /** A paragraph's item's committee, council and type, its own section and themes. */
  public static final String P_COMMITTEE = "p_committee";

  public static final String P_COUNCIL = "p_council";
  public static final String P_TYPE = "p_type";
  public static final String P_SECTION = "p_section";
  public static final String P_THEME = "p_theme";

  /** The kinds of record a paragraph holds ("commitment"…), as {@link #RECORD} on items. */
  public static final String P_RECORD = "p_record";

  /** {@link #YES} on paragraphs that record a decision (what {@link #RESOLVED} holds). */
  public static final String P_DECISION = "p_decision";

  public static final String YES = "yes";
  public static final String P_COMMITTEE_TEXT = "p_committee_text";
  public static final String P_COUNCIL_TEXT = "p_council_text";

  /** Committee and council names as words, so that {@code committee:cabinet} finds "Cabinet". */
  public static final String COMMITTEE_TEXT = "committee_text";

  public static final String COUNCIL_TEXT = "council_text";

  /** The meeting date as days since 1970-01-01: range filters and sorting. */
  public static final String DATE_DAY = "date_day";

  /** The meeting date as ISO text, stored for display. */
  public static final String DATE = "date";

  public static final String COUNCIL_FROM = "council_from";
  public static final String COMMITTEE_FROM = "committee_from";
  public static final String DATE_FROM = "date_from";

  /** An estimated meeting date (ISO) and what it rests on: stored for display only. */
  public static final String ESTIMATED_DATE = "estimated_date";

  public static final String ESTIMATED_DATE_FROM = "estimated_date_from";

  /**
   * Why a restricted item is restricted ("manifest", or the wording that marks it): stored only,
   * and only on items of the private index, for staff to read.
   */
  public static final String RESTRICTED_BECAUSE = "restricted_because";

  /**
   * {@link #YES} on every item of a file with a restricted item: the original file holds exempt
   * text too, so it is not served to the public. Stored only.
   */
  public static final String ORIGINAL_WITHHELD = "original_withheld";

  /** Per paragraph of the body, in order: its page and section (its anchor is its position). */
  public static final String PARAGRAPH_META = "paragraph_meta";

  // The source file's stamp, stored on each of its items: what incremental runs compare against.
  public static final String FILE_SHA256 = "file_sha256";
  public static final String FILE_SIZE = "file_size";
  public static final String FILE_MODIFIED = "file_modified";

  // Facet dimensions (SortedSet doc values in the default facet field, no taxonomy index).
  public static final String FACET_COMMITTEE = "committee";
  public static final String FACET_COUNCIL = "council";
  public static final String FACET_THEME = "theme";
  public static final String FACET_TYPE = "type";
  public static final String FACET_SECTION = "section";
  public static final String FACET_RECORD = "record";

  /** Hierarchical: year, then two-digit month. */
  public static final String FACET_DATE = "date";

  /** Every flat facet, in the order the API lists them. */
  public static final List<String> FLAT_FACETS =
      List.of(FACET_COMMITTEE, FACET_COUNCIL, FACET_THEME, FACET_TYPE, FACET_SECTION, FACET_RECORD);

  /** Fields free text is searched in (stemmed), with their weights. */
  public static final Map<String, Float> TEXT_FIELDS =
      Map.of(TITLE, 2.0f, RESOLVED, 1.5f, BODY, 1.0f);

  /** The unstemmed twin of each text field, for phrases, prefixes and acronyms. */
  public static final Map<String, String> EXACT_TWIN =
      Map.of(TITLE, TITLE_EXACT, RESOLVED, RESOLVED_EXACT, BODY, BODY_EXACT, P_TEXT, P_TEXT_EXACT);

  /** The field whose stored text shows each searched field's matches. */
  public static final Map<String, String> SHOWN_IN =
      Map.of(
          TITLE, TITLE,
          TITLE_EXACT, TITLE,
          BODY, BODY,
          BODY_EXACT, BODY,
          RESOLVED, BODY,
          RESOLVED_EXACT, BODY,
          COMMITMENTS, BODY);

  /**
   * Title and body: analysed English, stored for display, with offsets in the postings so that the
   * highlighter needs no re-analysis or term vectors.
   */
  public static final FieldType TEXT_TYPE;

  /** The twins and the decisions text: indexed like the text fields but not stored again. */
  public static final FieldType EXACT_TYPE;

  static {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    TEXT_TYPE = type;
    FieldType twin = new FieldType(TextField.TYPE_NOT_STORED);
    twin.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    twin.freeze();
    EXACT_TYPE = twin;
  }

  private static final Analyzer TEXT_ANALYZER = new EnglishTextAnalyzer();
  private static final Analyzer EXACT_ANALYZER = new EnglishTextAnalyzer(true, true);
  private static final Analyzer EXACT_QUERY_ANALYZER = new EnglishTextAnalyzer(true, false);
  private static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          TEXT_ANALYZER,
          Map.ofEntries(
              Map.entry(ID, new KeywordAnalyzer()),
              Map.entry(SOURCE, new KeywordAnalyzer()),
              Map.entry(COUNCIL, new KeywordAnalyzer()),
              Map.entry(COMMITTEE, new KeywordAnalyzer()),
              Map.entry(THEME, new KeywordAnalyzer()),
              Map.entry(TYPE, new KeywordAnalyzer()),
              Map.entry(SECTION, new KeywordAnalyzer()),
              Map.entry(RECORD, new KeywordAnalyzer()),
              Map.entry(P_RECORD, new KeywordAnalyzer()),
              Map.entry(TITLE_EXACT, EXACT_ANALYZER),
              Map.entry(BODY_EXACT, EXACT_ANALYZER),
              Map.entry(RESOLVED_EXACT, EXACT_ANALYZER),
              Map.entry(P_TEXT_EXACT, EXACT_ANALYZER),
              Map.entry(KIND, new KeywordAnalyzer()),
              Map.entry(OWNER, new KeywordAnalyzer()),
              Map.entry(P_COMMITTEE, new KeywordAnalyzer()),
              Map.entry(P_COUNCIL, new KeywordAnalyzer()),
              Map.entry(P_TYPE, new KeywordAnalyzer()),
              Map.entry(P_SECTION, new KeywordAnalyzer()),
              Map.entry(P_THEME, new KeywordAnalyzer()),
              Map.entry(P_DECISION, new KeywordAnalyzer())));

  private static final FacetsConfig FACETS = buildFacetsConfig();

  private Schema() {}

  private static FacetsConfig buildFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_THEME, true);
    config.setMultiValued(FACET_SECTION, true);
    config.setMultiValued(FACET_RECORD, true);
    config.setHierarchical(FACET_DATE, true);
    return config;
  }

  /** The analyzer for writing and for parsing queries, per field. */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The English analyzer of the text fields. */
  public static Analyzer textAnalyzer() {
    return TEXT_ANALYZER;
  }

  /** The terms the text fields index for {@code text}: lower-cased, folded and stemmed. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = TEXT_ANALYZER.tokenStream(BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string in memory cannot fail", e);
    }
    return terms;
  }

  /** The unstemmed analyzer of the exact twins, for queries (acronyms are not marked). */
  public static Analyzer exactQueryAnalyzer() {
    return EXACT_QUERY_ANALYZER;
  }

  /** The term an acronym, as written in capitals, is indexed under in the exact fields. */
  public static String markedAcronym(String acronym) {
    return EnglishTextAnalyzer.ACRONYM_MARK + acronym.toLowerCase(java.util.Locale.ROOT);
  }

  /** The section kinds whose text the {@link #RESOLVED} field holds. */
  public static final Set<SectionKind> DECISION_SECTIONS =
      EnumSet.of(SectionKind.RESOLVED, SectionKind.RECOMMENDATIONS, SectionKind.ACTIONS);

  /** The facet configuration used to build documents and to count and drill down. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }
}
