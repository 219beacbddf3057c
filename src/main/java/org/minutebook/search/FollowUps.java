package org.minutebook.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.ItemDocuments;
import org.minutebook.index.Schema;
import org.minutebook.model.Commitment;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Paragraph;

/**
 * Finds the later passages most likely to fulfil a commitment. The commitment's key terms are the
 * rarest content words of its promise (by document frequency among paragraphs, the way MoreLikeThis
 * picks terms; the whole sentence's when the promise has too few). A paragraph of a later meeting
 * of the same council, within two years (or a year after the due date), must contain three in five
 * of them, two at least, one of them among the two rarest; the paragraph with most of them in each
 * such item is its follow-up.
 */
final class FollowUps {
  static final int MAX_FOLLOW_UPS = 3;
  private static final int MAX_TERMS = 6;
  private static final int CANDIDATE_PARAGRAPHS = 60;
  private static final int EXCERPT_CHARS = 280;

  /** Words in most commitments that say nothing about what was promised. */
  private static final Set<String> COMMITMENT_WORDS =
      stems(
          "officer officers agreed agree would will bring back report reports reported committee"
              + " committees provide present presented paper update updates written response"
              + " outside meeting meetings next member members councillor councillors council"
              + " question raised respect terms also future item items board cabinet chair"
              + " circulate circulated further information consider considered brought return"
              + " undertook undertake committed commit confirmed need necessary ensure work"
              + " director clerk manager head service services team cllr councillor chairman"
              + " write wrote written contact contacted arrange arranged forward forwarded obtain"
              + " seek sought chase chased inform informed prepare prepared follow following"
              + " assist look looked check checked find out soon possible possibly regarding"
              + " regard asap week weeks month months time times year years day days date"
              + " letter letters email emails send sent copy copies request requested ask asked"
              + " make made take taken give given get got put see seen keep kept done do does"
              + " him her them they their his its this that these those there here what which"
              + " who whom whose when where why how all any some each every other another such"
              + " parish town city district county borough local matter matters issue issues"
              + " action actions agenda minute minutes again before after appropriate your our"
              + " mail email suggest suggestion accept acceptable decision help can could"
              + " should may might must shall able ensure unable about into onto upon within"
              + " without through non call called");

  /** Terms in more than this share of paragraphs are too common to identify a follow-up. */
  private static final double MAX_DOC_FREQ_SHARE = 0.01;

  /**
   * How long after the meeting a follow-up may come: two years, or a year after the due date if
   * that is later. A "report to the next meeting" is not fulfilled by a mention a decade later.
   */
  private static final int WINDOW_DAYS = 730;

  private static final int AFTER_DUE_DAYS = 365;

  /** In a small archive a share says little: a term may be in this many paragraphs regardless. */
  private static final int SMALL_ARCHIVE_DOC_FREQ = 10;

  private FollowUps() {}

  /** The follow-ups of {@code commitment}, made in {@code made}, best first. */
  static List<FollowUp> find(
      IndexSearcher searcher, KnowledgeRecords.Held made, Commitment commitment, LocalDate due)
      throws IOException {
    List<String> terms = keyTerms(searcher.getIndexReader(), commitment);
    if (terms.size() < 2) {
      return List.of();
    }
    TopDocs top = searcher.search(query(made, terms, due), CANDIDATE_PARAGRAPHS);
    // The best paragraph of each item, loaded once.
    Map<String, Document> bestPerItem = new LinkedHashMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      Document paragraph = searcher.storedFields().document(hit.doc);
      bestPerItem.putIfAbsent(paragraph.get(Schema.P_ITEM), paragraph);
    }
    List<FollowUp> found = new ArrayList<>();
    for (Map.Entry<String, Document> entry : bestPerItem.entrySet()) {
      FollowUp followUp = followUp(searcher, entry.getKey(), entry.getValue(), made, terms, due);
      if (followUp != null) {
        found.add(followUp);
        if (found.size() == MAX_FOLLOW_UPS) {
          break;
        }
      }
    }
    return found;
  }

  /** Paragraphs of other meetings of the same council with enough of {@code terms}. */
  private static BooleanQuery query(KnowledgeRecords.Held made, List<String> terms, LocalDate due) {
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String term : terms) {
      // Constant scores: a paragraph ranks by how many key terms it has, not by how short it is
      // (BM25 would put a one-line heading that names the subject above the report's account).
      words.add(
          new ConstantScoreQuery(new TermQuery(new Term(Schema.P_TEXT, term))),
          BooleanClause.Occur.SHOULD);
    }
    words.setMinimumNumberShouldMatch(Math.max(2, (terms.size() * 3 + 4) / 5));
    // One of the two rarest terms at least: the subject, not only the commoner words around it.
    BooleanQuery.Builder rarest = new BooleanQuery.Builder();
    for (String term : terms.subList(0, 2)) {
      rarest.add(new TermQuery(new Term(Schema.P_TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(words.build(), BooleanClause.Occur.MUST)
            .add(rarest.build(), BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(Schema.KIND, Schema.KIND_PARAGRAPH)),
                BooleanClause.Occur.FILTER)
            .add(
                new TermQuery(new Term(Schema.SOURCE, made.source())),
                BooleanClause.Occur.MUST_NOT);
    if (made.council() != null) {
      query.add(
          new TermQuery(new Term(Schema.P_COUNCIL, made.council())), BooleanClause.Occur.FILTER);
    } else {
      // An item that names no council is followed up among the others that name none.
      query.add(new FieldExistsQuery(Schema.P_COUNCIL), BooleanClause.Occur.MUST_NOT);
    }
    if (made.date() != null) {
      query.add(
          LongField.newRangeQuery(
              Schema.P_DAY, made.date().toEpochDay() + 1, lastDay(made.date(), due)),
          BooleanClause.Occur.FILTER);
    }
    return query.build();
  }

  /**
   * The follow-up the paragraph makes, or null when its item did not meet after the commitment was
   * made (judged by estimates where no date is stated).
   */
  private static FollowUp followUp(
      IndexSearcher searcher,
      String itemId,
      Document paragraph,
      KnowledgeRecords.Held made,
      List<String> terms,
      LocalDate due)
      throws IOException {
    TopDocs itemTop = searcher.search(new TermQuery(new Term(Schema.ID, itemId)), 1);
    if (itemTop.scoreDocs.length == 0) {
      return null;
    }
    Document item = searcher.storedFields().document(itemTop.scoreDocs[0].doc);
    LocalDate later = date(item.get(Schema.DATE), item.get(Schema.ESTIMATED_DATE));
    LocalDate madeOn = made.effectiveDate();
    if (madeOn != null
        && (later == null || !later.isAfter(madeOn) || later.toEpochDay() > lastDay(madeOn, due))) {
      return null;
    }
    int position = paragraph.getField(Schema.P_POSITION).numericValue().intValue();
    List<Paragraph> paragraphs = ItemDocuments.paragraphs(item);
    if (position >= paragraphs.size()) {
      return null;
    }
    Paragraph p = paragraphs.get(position);
    List<String> shared = shared(p.text(), terms);
    return new FollowUp(
        itemId,
        p.anchor(),
        KnowledgeBase.link(itemId, p.anchor()),
        item.get(Schema.TITLE),
        item.get(Schema.DATE),
        item.get(Schema.ESTIMATED_DATE),
        item.get(Schema.COMMITTEE),
        excerpt(p.text(), shared),
        shared);
  }

  /** The last day a follow-up of a commitment made on {@code made} may come. */
  private static long lastDay(LocalDate made, LocalDate due) {
    long window = made.toEpochDay() + WINDOW_DAYS;
    return due == null ? window : Math.max(window, due.toEpochDay() + AFTER_DUE_DAYS);
  }

  private static LocalDate date(String stated, String estimated) {
    String iso = stated != null ? stated : estimated;
    return iso == null ? null : LocalDate.parse(iso);
  }

  /**
   * The commitment's rarest content terms among paragraphs: at most {@link #MAX_TERMS}, none in
   * more than {@link #MAX_DOC_FREQ_SHARE} of paragraphs (unless the archive is small).
   */
  static List<String> keyTerms(IndexReader reader, Commitment commitment) throws IOException {
    int paragraphs = reader.getDocCount(Schema.P_TEXT);
    int maxDocFreq = Math.max(SMALL_ARCHIVE_DOC_FREQ, (int) (paragraphs * MAX_DOC_FREQ_SHARE));
    Map<String, Integer> docFreq = new LinkedHashMap<>();
    addRare(reader, commitment.promise(), maxDocFreq, docFreq);
    if (docFreq.size() < 2) {
      // A bare promise ("chase this up") says too little: its sentence may name the subject.
      addRare(reader, commitment.text(), maxDocFreq, docFreq);
    }
    return docFreq.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TERMS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Adds the content terms of {@code text} found in at most {@code maxDocFreq} paragraphs. */
  private static void addRare(
      IndexReader reader, String text, int maxDocFreq, Map<String, Integer> docFreq)
      throws IOException {
    for (String term : Schema.terms(text)) {
      if (term.length() < 3
          || COMMITMENT_WORDS.contains(term)
          || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(term)
          || term.matches("\\d+")) {
        continue;
      }
      int df = reader.docFreq(new Term(Schema.P_TEXT, term));
      if (df > 0 && df <= maxDocFreq) {
        docFreq.putIfAbsent(term, df);
      }
    }
  }

  /** Which of {@code terms} the text contains, in {@code terms} order. */
  private static List<String> shared(String text, List<String> terms) {
    Set<String> words = new LinkedHashSet<>(Schema.terms(text));
    return terms.stream().filter(words::contains).toList();
  }

  /** The text around the first word that stems to one of {@code terms}. */
  private static String excerpt(String text, List<String> terms) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int at = 0;
    for (String word : text.split("\\s+")) {
      List<String> stem = Schema.terms(word);
      if (!stem.isEmpty() && terms.contains(stem.get(0))) {
        at = Math.max(0, text.indexOf(word) - EXCERPT_CHARS / 3);
        break;
      }
    }
    int start = at == 0 ? 0 : text.indexOf(' ', at) + 1;
    int end = Math.min(text.length(), start + EXCERPT_CHARS);
    int cut = end < text.length() ? text.lastIndexOf(' ', end) : end;
    return (start > 0 ? "…" : "")
        + text.substring(start, cut > start ? cut : end)
        + (end < text.length() ? "…" : "");
  }

  private static Set<String> stems(String words) {
    Set<String> stems = new LinkedHashSet<>();
    for (String word : words.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      stems.addAll(Schema.terms(word));
    }
    return stems;
  }
}
