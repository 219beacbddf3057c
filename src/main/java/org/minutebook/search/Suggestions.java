package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.minutebook.index.EnglishTextAnalyzer;
import org.minutebook.index.Schema;
import org.minutebook.model.Suggestion;
import org.minutebook.model.Theme;
import org.minutebook.themes.ThemeCatalog;

/**
 * Autocompletion from the index's own vocabulary: committee and council names and themes whose
 * words start with the prefix, then the most frequent words of the text that complete its last
 * word.
 */
final class Suggestions {
  static final int MAX_NAMES = 5;
  static final int MAX_TERMS = 8;

  /** Prefixes longer than this are not completed (no word is that long). */
  static final int MAX_PREFIX = 100;

  /** How many words starting with the prefix are weighed, so a short prefix stays cheap. */
  private static final int MAX_SCANNED = 5_000;

  private final IndexReaders readers;
  private final ThemeCatalog themes;

  Suggestions(IndexReaders readers, ThemeCatalog themes) {
    this.readers = readers;
    this.themes = themes;
  }

  List<Suggestion> complete(String prefix) throws IOException {
    String typed = prefix == null ? "" : prefix.stripLeading();
    if (typed.isBlank() || typed.length() > MAX_PREFIX) {
      return List.of();
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    List<Suggestion> out = new ArrayList<>();
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexReader reader = snapshot.searcher().getIndexReader();
      out.addAll(names(reader, Schema.COMMITTEE, "committee", lower));
      out.addAll(names(reader, Schema.COUNCIL, "council", lower));
      out.addAll(themes(lower));
      out.addAll(words(reader, typed));
    }
    return out;
  }

  /** Values of a keyword field with a word that starts with {@code prefix}, most frequent first. */
  private static List<Suggestion> names(
      IndexReader reader, String field, String kind, String prefix) throws IOException {
    List<Suggestion> found = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return found;
    }
    TermsEnum values = terms.iterator();
    for (BytesRef value = values.next(); value != null; value = values.next()) {
      String name = value.utf8ToString();
      if (startsAWord(name.toLowerCase(Locale.ROOT), prefix)) {
        found.add(new Suggestion(name, kind, values.docFreq()));
      }
    }
    return top(found, MAX_NAMES);
  }

  private List<Suggestion> themes(String prefix) {
    List<Suggestion> found = new ArrayList<>();
    for (Theme theme : themes.themes()) {
      if (startsAWord(theme.label().toLowerCase(Locale.ROOT), prefix)
          || theme.id().startsWith(prefix)) {
        found.add(new Suggestion(theme.id(), "theme", 0));
      }
    }
    return found.stream().limit(MAX_NAMES).toList();
  }

  /** The query with its last word completed by the text's most frequent words. */
  private static List<Suggestion> words(IndexReader reader, String typed) throws IOException {
    int space = typed.lastIndexOf(' ');
    String head = typed.substring(0, space + 1);
    String last = typed.substring(space + 1).toLowerCase(Locale.ROOT);
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY_EXACT);
    if (last.isEmpty() || terms == null) {
      return List.of();
    }
    TermsEnum words = terms.iterator();
    if (words.seekCeil(new BytesRef(last)) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    List<Suggestion> found = new ArrayList<>();
    int scanned = 0;
    for (BytesRef word = words.term(); word != null && scanned < MAX_SCANNED; word = words.next()) {
      String text = word.utf8ToString();
      if (!text.startsWith(last)) {
        break;
      }
      scanned++;
      if (!text.startsWith(EnglishTextAnalyzer.ACRONYM_MARK)) {
        found.add(new Suggestion(head + text, "term", words.docFreq()));
      }
    }
    return top(found, MAX_TERMS);
  }

  private static boolean startsAWord(String name, String prefix) {
    int at = name.indexOf(prefix);
    while (at >= 0) {
      if (at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1))) {
        return true;
      }
      at = name.indexOf(prefix, at + 1);
    }
    return false;
  }

  private static List<Suggestion> top(List<Suggestion> found, int n) {
    return found.stream()
        .sorted(
            Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::text))
        .limit(n)
        .toList();
  }
}
