package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.minutebook.index.Schema;

/**
 * Highlighted passages of the body for a page of hits: paragraphs that contain matches,
 * HTML-escaped, matches wrapped in {@code <mark>}, long paragraphs trimmed around their first
 * match.
 */
final class Snippets {
  static final int MAX_PASSAGE_CHARS = 320;
  private static final int CONTEXT_BEFORE = 100;
  private static final java.util.regex.Pattern ADJACENT_MARKS =
      java.util.regex.Pattern.compile("</mark> <mark>");

  private Snippets() {}

  /**
   * One highlighted passage: escaped HTML, and the position of the body paragraph it comes from
   * (the body holds one paragraph per line, a blank line apart).
   */
  record Snippet(String html, int paragraph) {}

  /**
   * Up to {@code perHit} snippets for each of {@code docIds}, in the same order; {@code docs} are
   * their stored documents, already loaded.
   */
  static List<List<Snippet>> forHits(
      IndexSearcher searcher, Query query, int[] docIds, Document[] docs, int perHit)
      throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    Map<Integer, Document> loaded = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      loaded.put(docIds[i], docs[i]);
    }
    Highlighter highlighter =
        new Highlighter(
            loaded,
            UnifiedHighlighter.builder(searcher, Schema.analyzer())
                .withFormatter(new EscapingFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(1)
                // The body holds one paragraph per line: a passage is a paragraph.
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .withHighlightPhrasesStrictly(true)
                // Phrases, prefixes and acronyms match the unstemmed twin: show them in the body.
                .withMaskedFieldsFunc(
                    field -> field.equals(Schema.BODY) ? Set.of(Schema.BODY_EXACT) : Set.of()));
    int[] maxPassages = new int[] {perHit};
    Object[] formatted =
        highlighter
            .asObjects(new String[] {Schema.BODY}, query, docIds, maxPassages)
            .get(Schema.BODY);
    List<List<Snippet>> out = new ArrayList<>(docIds.length);
    for (Object snippets : formatted) {
      @SuppressWarnings("unchecked")
      List<Snippet> list = snippets == null ? List.of() : (List<Snippet>) snippets;
      out.add(list);
    }
    return out;
  }

  /** Exposes the per-field objects our formatter returns (lists of snippets). */
  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> loaded;

    Highlighter(Map<Integer, Document> loaded, UnifiedHighlighter.Builder builder) {
      super(builder);
      this.loaded = loaded;
    }

    /** The values from the documents loaded for the page, in the iterator's order. */
    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        Document document = loaded.get(doc);
        CharSequence[] perField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          perField[f] = document == null ? null : document.get(fields[f]);
        }
        values.add(perField);
      }
      return values;
    }

    /**
     * The schema indexes the body and its twin with offsets in the postings ({@link
     * Schema#TEXT_TYPE}). Said here rather than read from the index: the highlighter reads it from
     * the field infos of every segment merged, once per highlighter, which is once per request.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return OffsetSource.POSTINGS;
    }

    Map<String, Object[]> asObjects(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      // The highlighter wants doc ids in order; restore the caller's order afterwards.
      int[] sorted = docIds.clone();
      Arrays.sort(sorted);
      Map<String, Object[]> bySortedId =
          highlightFieldsAsObjects(fields, query, sorted, maxPassages);
      Map<String, Object[]> result = new java.util.HashMap<>();
      for (var entry : bySortedId.entrySet()) {
        Object[] reordered = new Object[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
          reordered[i] = entry.getValue()[Arrays.binarySearch(sorted, docIds[i])];
        }
        result.put(entry.getKey(), reordered);
      }
      return result;
    }
  }

  /** Formats passages as escaped HTML strings, one per passage. */
  static final class EscapingFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage passage : passages) {
        snippets.add(
            new Snippet(format(passage, content), paragraphAt(content, passage.getStartOffset())));
      }
      return snippets;
    }

    /** Which paragraph {@code offset} falls in: each paragraph break is two line ends. */
    private static int paragraphAt(String content, int offset) {
      int newlines = 0;
      for (int i = 0; i < offset; i++) {
        if (content.charAt(i) == '\n') {
          newlines++;
        }
      }
      return newlines / 2;
    }

    private static String format(Passage passage, String content) {
      int start = passage.getStartOffset();
      int end = passage.getEndOffset();
      if (end - start > MAX_PASSAGE_CHARS) {
        int anchor = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
        start = Math.max(start, wordStart(content, anchor - CONTEXT_BEFORE));
        end = Math.min(end, wordEnd(content, start + MAX_PASSAGE_CHARS));
      }
      StringBuilder out = new StringBuilder();
      if (start > passage.getStartOffset()) {
        out.append("… ");
      }
      int pos = start;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int matchStart = passage.getMatchStarts()[i];
        int matchEnd = passage.getMatchEnds()[i];
        if (matchStart < pos || matchEnd > end) {
          continue; // overlaps the previous match or lies outside the trimmed window
        }
        escape(content, pos, matchStart, out);
        out.append("<mark>");
        escape(content, matchStart, matchEnd, out);
        out.append("</mark>");
        pos = matchEnd;
      }
      escape(content, pos, end, out);
      if (end < passage.getEndOffset()) {
        out.append(" …");
      }
      // Adjacent matches ("front" "door") read better as one mark.
      return ADJACENT_MARKS.matcher(out.toString().replaceAll("\\s+", " ").strip()).replaceAll(" ");
    }

    private static int wordStart(String content, int index) {
      int i = Math.max(0, index);
      while (i > 0 && !Character.isWhitespace(content.charAt(i - 1))) {
        i--;
      }
      return i;
    }

    private static int wordEnd(String content, int index) {
      int i = Math.min(content.length(), index);
      while (i < content.length() && !Character.isWhitespace(content.charAt(i))) {
        i++;
      }
      return i;
    }
  }

  /** Appends {@code content[from, to)} with the five HTML-special characters escaped. */
  static void escape(String content, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
