package org.minutebook.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.minutebook.ingest.FileStamp;
import org.minutebook.model.Access;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;
import org.minutebook.model.ItemKnowledge;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;
import org.minutebook.model.Sourced;
import org.minutebook.model.ThemeMatch;

/** Maps an agenda item to its Lucene document: the only place that knows which field holds what. */
public final class ItemDocuments {
  /** What separates paragraphs in the body: a blank line (paragraphs hold no line breaks). */
  public static final String PARAGRAPH_BREAK = "\n\n";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<List<Object>>> META_TYPE = new TypeReference<>() {};

  private ItemDocuments() {}

  /**
   * The document for {@code item} of the file with {@code stamp}, facets already translated by the
   * schema's FacetsConfig.
   */
  public static Document toDocument(AgendaItem item, ItemKnowledge knowledge, FileStamp stamp)
      throws IOException {
    Document doc = new Document();
    doc.add(new KeywordField(Schema.KIND, Schema.KIND_ITEM, Field.Store.NO));
    doc.add(new StringField(Schema.OWNER, item.id(), Field.Store.NO));
    // Doc values only: the next incremental run reads them column-wise for every document, which
    // stored fields (compressed with the body) would make slow on a large archive.
    doc.add(new SortedDocValuesField(Schema.FILE_SHA256, new BytesRef(stamp.sha256())));
    doc.add(new NumericDocValuesField(Schema.FILE_SIZE, stamp.size()));
    doc.add(new NumericDocValuesField(Schema.FILE_MODIFIED, stamp.modified()));
    // Keyword + stored: exact lookups (updateDocument by id), sorting as the tie-break, display.
    doc.add(new KeywordField(Schema.ID, item.id(), Field.Store.YES));
    doc.add(new KeywordField(Schema.SOURCE, item.source(), Field.Store.YES));
    // Analysed, stored and with offsets: searched, shown and highlighted.
    doc.add(new Field(Schema.TITLE, item.title(), Schema.TEXT_TYPE));
    doc.add(new Field(Schema.BODY, item.body(), Schema.TEXT_TYPE));
    // The same text unstemmed, with offsets, not stored again: phrases, prefixes and acronyms.
    doc.add(new Field(Schema.TITLE_EXACT, item.title(), Schema.EXACT_TYPE));
    doc.add(new Field(Schema.BODY_EXACT, item.body(), Schema.EXACT_TYPE));
    String resolved = decisions(item.paragraphs());
    if (!resolved.isEmpty()) {
      doc.add(new Field(Schema.RESOLVED, resolved, Schema.EXACT_TYPE));
      doc.add(new Field(Schema.RESOLVED_EXACT, resolved, Schema.EXACT_TYPE));
    }
    for (SectionKind kind : sections(item.paragraphs())) {
      doc.add(new KeywordField(Schema.SECTION, kind.label(), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Schema.FACET_SECTION, kind.label()));
    }
    addKnowledge(doc, knowledge);
    // Stored only: with the body's paragraphs it rebuilds anchors, pages and sections.
    doc.add(new StoredField(Schema.PARAGRAPH_META, paragraphMeta(item.paragraphs())));
    doc.add(new KeywordField(Schema.TYPE, item.type().label(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(Schema.FACET_TYPE, item.type().label()));
    if (item.itemNumber() != null) {
      // Stored only: shown in citations, never searched on its own.
      doc.add(new StoredField(Schema.ITEM_NUMBER, item.itemNumber()));
    }
    addLabel(
        doc,
        Schema.COUNCIL,
        Schema.COUNCIL_TEXT,
        Schema.COUNCIL_FROM,
        Schema.FACET_COUNCIL,
        item.council());
    addLabel(
        doc,
        Schema.COMMITTEE,
        Schema.COMMITTEE_TEXT,
        Schema.COMMITTEE_FROM,
        Schema.FACET_COMMITTEE,
        item.committee());
    item.date().ifPresent(date -> addDate(doc, date));
    // Stored only: an estimate is shown, labelled, but never filtered, sorted or counted on.
    item.estimatedDate()
        .ifPresent(
            estimate -> {
              doc.add(new StoredField(Schema.ESTIMATED_DATE, estimate.value().toString()));
              doc.add(new StoredField(Schema.ESTIMATED_DATE_FROM, estimate.provenance()));
            });
    addAccess(doc, item.access());
    for (String theme : item.themes()) {
      // Keyword for fielded queries, facet for counts and drill-down.
      doc.add(new KeywordField(Schema.THEME, theme, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(Schema.FACET_THEME, theme));
    }
    return Schema.facetsConfig().build(doc);
  }

  /**
   * Stored only, never indexed: nothing can search, count or suggest on them, and public items of a
   * file with exempt business carry no reason, only that its original is withheld.
   */
  private static void addAccess(Document doc, Access access) {
    if (access.restricted()) {
      doc.add(new StoredField(Schema.RESTRICTED_BECAUSE, access.restrictedBecause()));
    }
    if (access.originalWithheld()) {
      doc.add(new StoredField(Schema.ORIGINAL_WITHHELD, Schema.YES));
    }
  }

  /**
   * Words that mark a paragraph as recording a decision wherever it stands: parish minutes often
   * say "It was resolved that…" or "Proposed…, seconded…, carried" inside the discussion.
   */
  private static final Pattern DECISION_WORDING =
      Pattern.compile(
          "\\b(?:resolved|resolution|it was agreed|(?:members|council|committee|panel|board)"
              + " agreed|agreed that|agreed to|unanimously|decided|decision|carried|approved"
              + "|seconded)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The text of the paragraphs that record decisions, a paragraph break apart. */
  private static String decisions(List<Paragraph> paragraphs) {
    return paragraphs.stream()
        .filter(ItemDocuments::recordsADecision)
        .map(Paragraph::text)
        .collect(Collectors.joining(PARAGRAPH_BREAK));
  }

  /** Whether {@code p} records a decision: in a resolution or with a decision's wording. */
  static boolean recordsADecision(Paragraph p) {
    return Schema.DECISION_SECTIONS.contains(p.section())
        || DECISION_WORDING.matcher(p.text()).find();
  }

  /**
   * What the knowledge base found: stored whole for display, its kinds as a keyword and facet, and
   * the commitments' text for {@code commitment:} queries.
   */
  private static void addKnowledge(Document doc, ItemKnowledge knowledge) throws IOException {
    if (knowledge.isEmpty()) {
      return;
    }
    doc.add(new StoredField(Schema.KNOWLEDGE, JSON.writeValueAsString(knowledge)));
    for (String kind : recordKinds(knowledge)) {
      doc.add(new KeywordField(Schema.RECORD, kind, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Schema.FACET_RECORD, kind));
    }
    if (!knowledge.entities().isEmpty()) {
      // Searchable (record:entity) but no facet: nearly every item names someone.
      doc.add(new KeywordField(Schema.RECORD, Schema.ENTITY_RECORD, Field.Store.NO));
    }
    String promises =
        knowledge.commitments().stream()
            .map(Commitment::text)
            .collect(Collectors.joining(PARAGRAPH_BREAK));
    if (!promises.isEmpty()) {
      doc.add(new Field(Schema.COMMITMENTS, promises, Schema.EXACT_TYPE));
    }
  }

  /** The kinds of record {@code knowledge} holds, in {@link Schema#KNOWLEDGE_RECORDS} order. */
  private static List<String> recordKinds(ItemKnowledge knowledge) {
    List<String> kinds = new ArrayList<>();
    addIf(kinds, "decision", !knowledge.decisions().isEmpty());
    addIf(kinds, "commitment", !knowledge.commitments().isEmpty());
    addIf(kinds, "question", !knowledge.questions().isEmpty());
    addIf(kinds, "inspection", !knowledge.inspections().isEmpty());
    return kinds;
  }

  private static void addIf(List<String> list, String value, boolean condition) {
    if (condition) {
      list.add(value);
    }
  }

  /** For each paragraph anchor, the kinds of record that stand in it. */
  private static Map<String, Set<String>> recordsByAnchor(ItemKnowledge knowledge) {
    Map<String, Set<String>> byAnchor = new HashMap<>();
    knowledge.decisions().forEach(d -> mark(byAnchor, d.anchor(), "decision"));
    knowledge.commitments().forEach(c -> mark(byAnchor, c.anchor(), "commitment"));
    knowledge.questions().forEach(q -> mark(byAnchor, q.questionAnchor(), "question"));
    knowledge.inspections().forEach(i -> mark(byAnchor, i.anchor(), "inspection"));
    return byAnchor;
  }

  private static void mark(Map<String, Set<String>> byAnchor, String anchor, String kind) {
    byAnchor.computeIfAbsent(anchor, a -> new TreeSet<>()).add(kind);
  }

  /** The knowledge stored with an item, or {@link ItemKnowledge#NONE}. */
  public static ItemKnowledge knowledge(Document doc) {
    String stored = doc.get(Schema.KNOWLEDGE);
    if (stored == null) {
      return ItemKnowledge.NONE;
    }
    try {
      return JSON.readValue(stored, ItemKnowledge.class);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable knowledge in item " + doc.get(Schema.ID), e);
    }
  }

  /** The kinds of section that hold at least one paragraph, in order. */
  private static Set<SectionKind> sections(List<Paragraph> paragraphs) {
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    for (Paragraph p : paragraphs) {
      kinds.add(p.section());
    }
    return kinds;
  }

  /**
   * The documents of {@code item}: the item's own, then one per paragraph, for timelines. They
   * share {@link Schema#OWNER}, so that the block is replaced as one.
   */
  public static List<Document> toDocuments(
      AgendaItem item, ItemKnowledge knowledge, FileStamp stamp) throws IOException {
    List<Document> docs = new ArrayList<>(item.paragraphs().size() + 1);
    docs.add(toDocument(item, knowledge, stamp));
    Map<String, Set<String>> records = recordsByAnchor(knowledge);
    for (int i = 0; i < item.paragraphs().size(); i++) {
      Document paragraph = paragraphDocument(item, i);
      for (String kind : records.getOrDefault(item.paragraphs().get(i).anchor(), Set.of())) {
        paragraph.add(new KeywordField(Schema.P_RECORD, kind, Field.Store.NO));
      }
      docs.add(paragraph);
    }
    return docs;
  }

  /** One paragraph as a document of its own: its text, meeting, labels, section and themes. */
  private static Document paragraphDocument(AgendaItem item, int position) {
    Paragraph p = item.paragraphs().get(position);
    Document doc = new Document();
    doc.add(new KeywordField(Schema.KIND, Schema.KIND_PARAGRAPH, Field.Store.NO));
    doc.add(new StringField(Schema.OWNER, item.id(), Field.Store.NO));
    // Not stored: removing a file's documents by source removes its paragraphs too.
    doc.add(new KeywordField(Schema.SOURCE, item.source(), Field.Store.NO));
    // Stored for display, doc values so that timelines can pick markers without loading documents.
    doc.add(new StoredField(Schema.P_ITEM, item.id()));
    doc.add(new SortedDocValuesField(Schema.P_ITEM, new BytesRef(item.id())));
    doc.add(new StoredField(Schema.P_POSITION, position));
    doc.add(new NumericDocValuesField(Schema.P_POSITION, position));
    doc.add(new TextField(Schema.P_TEXT, p.text(), Field.Store.NO));
    doc.add(new TextField(Schema.P_TEXT_EXACT, p.text(), Field.Store.NO));
    doc.add(new SortedDocValuesField(Schema.P_MEETING, new BytesRef(item.source())));
    item.date()
        .ifPresent(
            d -> doc.add(new LongField(Schema.P_DAY, d.value().toEpochDay(), Field.Store.NO)));
    item.committee()
        .ifPresent(
            c -> addParagraphLabel(doc, Schema.P_COMMITTEE, Schema.P_COMMITTEE_TEXT, c.value()));
    item.council()
        .ifPresent(c -> addParagraphLabel(doc, Schema.P_COUNCIL, Schema.P_COUNCIL_TEXT, c.value()));
    doc.add(new KeywordField(Schema.P_TYPE, item.type().label(), Field.Store.NO));
    doc.add(new KeywordField(Schema.P_SECTION, p.section().label(), Field.Store.NO));
    if (recordsADecision(p)) {
      doc.add(new KeywordField(Schema.P_DECISION, Schema.YES, Field.Store.NO));
    }
    for (String theme : p.themeIds()) {
      doc.add(new KeywordField(Schema.P_THEME, theme, Field.Store.NO));
    }
    return doc;
  }

  private static void addParagraphLabel(
      Document doc, String field, String textField, String value) {
    doc.add(new KeywordField(field, value, Field.Store.NO));
    doc.add(new TextField(textField, value, Field.Store.NO));
  }

  /**
   * Page, section and themes of each paragraph, compactly: {@code [[3,"discussion",[["recruitment",
   * ["agency staff"]]]]]}.
   */
  private static String paragraphMeta(List<Paragraph> paragraphs) throws IOException {
    List<List<Object>> meta = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      List<List<Object>> themes = new ArrayList<>();
      for (ThemeMatch match : p.themes()) {
        themes.add(List.of(match.theme(), match.terms()));
      }
      meta.add(List.of(p.page(), p.section().label(), themes));
    }
    return JSON.writeValueAsString(meta);
  }

  /**
   * The paragraphs of a stored item: its body split where {@link #toDocument} joined them, with the
   * pages and sections kept beside it.
   */
  public static List<Paragraph> paragraphs(Document doc) {
    String body = doc.get(Schema.BODY);
    String meta = doc.get(Schema.PARAGRAPH_META);
    if (body == null || body.isEmpty()) {
      return List.of();
    }
    String[] texts = body.split(PARAGRAPH_BREAK, -1);
    List<List<Object>> pagesAndSections;
    try {
      pagesAndSections = meta == null ? List.of() : JSON.readValue(meta, META_TYPE);
    } catch (IOException e) {
      throw new IllegalStateException("unreadable paragraph data in item " + doc.get(Schema.ID), e);
    }
    List<Paragraph> paragraphs = new ArrayList<>(texts.length);
    for (int i = 0; i < texts.length; i++) {
      List<Object> m = i < pagesAndSections.size() ? pagesAndSections.get(i) : List.of(0, "other");
      paragraphs.add(
          new Paragraph(
              "p" + (i + 1),
              texts[i],
              ((Number) m.get(0)).intValue(),
              SectionKind.fromLabel((String) m.get(1)),
              m.size() > 2 ? themeMatches(m.get(2)) : List.of()));
    }
    return paragraphs;
  }

  @SuppressWarnings("unchecked")
  private static List<ThemeMatch> themeMatches(Object stored) {
    List<ThemeMatch> matches = new ArrayList<>();
    for (Object entry : (List<Object>) stored) {
      List<Object> pair = (List<Object>) entry;
      matches.add(new ThemeMatch((String) pair.get(0), (List<String>) pair.get(1)));
    }
    return matches;
  }

  private static void addLabel(
      Document doc,
      String field,
      String textField,
      String fromField,
      String dim,
      Optional<Sourced<String>> value) {
    value.ifPresent(
        v -> {
          doc.add(new KeywordField(field, v.value(), Field.Store.YES));
          doc.add(new TextField(textField, v.value(), Field.Store.NO));
          doc.add(new StoredField(fromField, v.provenance()));
          doc.add(new SortedSetDocValuesFacetField(dim, v.value()));
        });
  }

  private static void addDate(Document doc, Sourced<LocalDate> date) {
    LocalDate day = date.value();
    // LongField: points for range filters and doc values for sorting, in one field.
    doc.add(new LongField(Schema.DATE_DAY, day.toEpochDay(), Field.Store.NO));
    doc.add(new StoredField(Schema.DATE, day.toString()));
    doc.add(new StoredField(Schema.DATE_FROM, date.provenance()));
    doc.add(
        new SortedSetDocValuesFacetField(
            Schema.FACET_DATE,
            Integer.toString(day.getYear()),
            String.format(Locale.ROOT, "%02d", day.getMonthValue())));
  }
}
