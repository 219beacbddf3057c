package org.minutebook.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.minutebook.model.CommitteeSummary;
import org.minutebook.model.Filters;
import org.minutebook.model.MeetingList;
import org.minutebook.model.MeetingSummary;
import org.minutebook.themes.Thesaurus;

/**
 * The meetings of the archive and its committees. What each meeting holds is read once per reader
 * ({@link MeetingDirectory}); a request only finds which meetings have a matching item.
 */
final class Meetings {
  private final IndexReaders readers;
  private final Thesaurus thesaurus;
  private final QueryLimits limits;
  private volatile MeetingDirectory directory;

  Meetings(IndexReaders readers, Thesaurus thesaurus) {
    this(readers, thesaurus, QueryLimits.configured());
  }

  Meetings(IndexReaders readers, Thesaurus thesaurus, QueryLimits limits) {
    this.readers = readers;
    this.thesaurus = thesaurus;
    this.limits = limits;
  }

  /**
   * The meetings with an item that matches {@code query} (blank: any) and {@code filters}, newest
   * first, with how many of their items match.
   */
  MeetingList list(String query, Filters filters, boolean expand)
      throws IOException, QuerySyntaxException {
    QueryLanguage.Parsed parsed = QueryLanguage.parse(query, thesaurus, expand, true, limits);
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Map<String, Integer> matches;
      try {
        matches = SourceCounts.count(searcher, Queries.withFilters(parsed.search(), filters));
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QuerySyntaxException(ArchiveSearch.TOO_MANY_TERMS, e);
      }
      List<MeetingSummary> listed =
          directory(searcher).meetings().stream()
              .filter(m -> matches.containsKey(m.source()))
              .map(m -> m.withMatches(matches.get(m.source())))
              .toList();
      return new MeetingList(
          listed.size(), listed, MeetingStats.themes(listed), MeetingStats.years(listed));
    }
  }

  /** Every council and committee with its meetings, items, dates and meetings per year. */
  List<CommitteeSummary> committees() throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      return MeetingStats.committees(directory(snapshot.searcher()).meetings());
    }
  }

  /** The meetings of {@code searcher}'s reader, read the first time that reader is asked for. */
  MeetingDirectory directory(IndexSearcher searcher) throws IOException {
    MeetingDirectory current = directory;
    IndexReader reader = searcher.getIndexReader();
    if (current != null && current.reader() == reader) {
      return current;
    }
    synchronized (this) {
      if (directory != null && directory.reader() == reader) {
        return directory;
      }
      MeetingDirectory fresh = MeetingDirectory.read(searcher);
      directory = fresh;
      return fresh;
    }
  }
}
