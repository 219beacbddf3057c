package org.minutebook.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.minutebook.config.Paths;
import org.minutebook.index.IndexState;
import org.minutebook.model.CommitmentEntry;
import org.minutebook.model.CommitteeSummary;
import org.minutebook.model.Coverage;
import org.minutebook.model.DecisionEntry;
import org.minutebook.model.EntityKind;
import org.minutebook.model.EntitySummary;
import org.minutebook.model.Filters;
import org.minutebook.model.Inspection;
import org.minutebook.model.ItemView;
import org.minutebook.model.MeetingList;
import org.minutebook.model.Original;
import org.minutebook.model.SearchExport;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.Suggestion;
import org.minutebook.model.Theme;
import org.minutebook.model.Timeline;
import org.minutebook.themes.ThemeCatalog;
import org.minutebook.themes.Thesaurus;

/**
 * An opened archive: everything the web and the command line ask of an index. Thread-safe. The
 * public archive reads the public index only; the staff's archive ({@link #staffForCorpus}) reads
 * it together with the private index of restricted items.
 */
public final class Archive implements Closeable {
  /**
   * How many answers of each kind (searches, timelines) are kept per index version by default:
   * about 30 KB a search and 100 KB a timeline at most, a few megabytes in all.
   */
  public static final int DEFAULT_ANSWER_CACHE = 128;

  private final IndexReaders readers;
  private final ArchiveSearch search;
  private final Timelines timelines;
  private final CoverageReader coverage;
  private final Suggestions suggestions;
  private final ThemeCatalog themes;
  private final KnowledgeBase knowledge;
  private final Meetings meetings;
  private final SearchExporter exporter;

  /** The corpus folder, when the archive was opened for one; else the commit says which. */
  private final Optional<Path> corpus;

  /**
   * Whole answers to searches and timelines asked again (paging back, a shared link, the same
   * popular theme), kept per index version as Solr's query result cache keeps them; null when off.
   * Registers are not kept: their commitments' status depends on the day.
   */
  private final ReaderCache<SearchRequest, SearchResult> searchAnswers;

  private final ReaderCache<TimelineRequest, Timeline> timelineAnswers;

  /** Whether this is the staff's archive, with restricted items. */
  private final boolean staff;

  /** Where "today" is judged, for commitments that are overdue. */
  private static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  /** A search or timeline worked out afresh. */
  @FunctionalInterface
  private interface Work<V> {
    V run() throws IOException, QuerySyntaxException;
  }

  private Archive(
      IndexReaders readers,
      ThemeCatalog themes,
      Thesaurus thesaurus,
      Optional<Path> corpus,
      int answerCache,
      boolean staff) {
    this.readers = readers;
    this.staff = staff;
    this.searchAnswers = answerCache == 0 ? null : new ReaderCache<>(answerCache);
    this.timelineAnswers = answerCache == 0 ? null : new ReaderCache<>(answerCache);
    this.corpus = corpus.map(p -> p.toAbsolutePath().normalize());
    this.search = new ArchiveSearch(readers, thesaurus);
    this.exporter = new SearchExporter(readers, thesaurus);
    this.timelines = new Timelines(readers, thesaurus);
    this.suggestions = new Suggestions(readers, themes);
    this.meetings = new Meetings(readers, thesaurus);
    this.coverage = new CoverageReader(readers, meetings);
    this.themes = themes;
    this.knowledge = new KnowledgeBase(readers, () -> LocalDate.now(COUNCIL_TIME));
  }

  /** Opens the index at {@code indexDir}, with the themes it was built with. */
  public static Archive open(Path indexDir, ThemeCatalog themes) throws IOException {
    return open(indexDir, themes, Thesaurus.builtIn());
  }

  /**
   * Opens the index at {@code indexDir}, with its themes and the thesaurus to expand with. Original
   * files are served from the corpus the index says it was built from.
   */
  public static Archive open(Path indexDir, ThemeCatalog themes, Thesaurus thesaurus)
      throws IOException {
    return new Archive(
        new IndexReaders(indexDir),
        themes,
        thesaurus,
        Optional.empty(),
        DEFAULT_ANSWER_CACHE,
        false);
  }

  /**
   * Opens the index of {@code corpus} at {@code indexDir} with the corpus's themes and thesaurus.
   */
  public static Archive forCorpus(Path corpus, Path indexDir) throws IOException {
    return forCorpus(corpus, indexDir, DEFAULT_ANSWER_CACHE);
  }

  /**
   * Opens the index of {@code corpus} keeping up to {@code answerCache} searches and as many
   * timelines per index version; 0 works out every answer afresh.
   */
  public static Archive forCorpus(Path corpus, Path indexDir, int answerCache) throws IOException {
    if (answerCache < 0) {
      throw new IllegalArgumentException("the answer cache size cannot be negative");
    }
    return new Archive(
        new IndexReaders(indexDir),
        ThemeCatalog.forCorpus(corpus),
        Thesaurus.forCorpus(corpus),
        Optional.of(corpus),
        answerCache,
        false);
  }

  /** The staff's archive of {@code corpus}, with the default answer cache: see below. */
  public static Optional<Archive> staffForCorpus(Path corpus, Path indexDir) throws IOException {
    return staffForCorpus(corpus, indexDir, DEFAULT_ANSWER_CACHE);
  }

  /**
   * The staff's archive of {@code corpus}: the public index at {@code indexDir} and its private
   * index of restricted items, read as one, keeping up to {@code answerCache} searches and as many
   * timelines; empty when there is no private index.
   */
  public static Optional<Archive> staffForCorpus(Path corpus, Path indexDir, int answerCache)
      throws IOException {
    if (!IndexState.hasPrivateIndex(indexDir)) {
      return Optional.empty();
    }
    return Optional.of(
        new Archive(
            IndexReaders.staff(indexDir, Paths.privateIndexOf(indexDir)),
            ThemeCatalog.forCorpus(corpus),
            Thesaurus.forCorpus(corpus),
            Optional.of(corpus),
            answerCache,
            true));
  }

  /**
   * The staff's archive at {@code indexDir} with {@code themes}; original files come from the
   * corpus the index says it was built from. The private index must exist.
   */
  public static Archive staff(Path indexDir, ThemeCatalog themes) throws IOException {
    return new Archive(
        IndexReaders.staff(indexDir, Paths.privateIndexOf(indexDir)),
        themes,
        Thesaurus.builtIn(),
        Optional.empty(),
        DEFAULT_ANSWER_CACHE,
        true);
  }

  /** Whether this archive shows restricted items (the staff's). */
  public boolean isStaff() {
    return staff;
  }

  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    return answer(searchAnswers, request, () -> search.search(request), SearchResult::partial);
  }

  /**
   * The answer kept for {@code key} in the current index version, else {@code work}'s, kept. Work
   * that meets a newer version than the one looked up is kept under the older one: newer is never
   * wrong, and the next request on the newer version empties the cache. An answer cut short by its
   * deadline ({@code partial}) is given but not kept: the next request may have the time to finish.
   */
  private <K, V> V answer(ReaderCache<K, V> cache, K key, Work<V> work, Predicate<V> partial)
      throws IOException, QuerySyntaxException {
    if (cache == null) {
      return work.run();
    }
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexReader reader = snapshot.searcher().getIndexReader();
      V kept = cache.cached(reader, key);
      if (kept != null) {
        return kept;
      }
      V fresh = work.run();
      if (!partial.test(fresh)) {
        cache.put(reader, key, fresh);
      }
      return fresh;
    }
  }

  /**
   * Every item {@code request} matches, in its order, up to {@code limit} (at most {@link
   * SearchExport#MAX_ITEMS}); its page and size are not used.
   */
  public SearchExport export(SearchRequest request, int limit)
      throws IOException, QuerySyntaxException {
    return exporter.export(request, limit);
  }

  public Optional<ItemView> document(String id) throws IOException {
    return search.document(id);
  }

  /**
   * The original file of item {@code id}, from the corpus the index was built from, or why there is
   * none to serve.
   */
  public Original original(String id) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      return OriginalFiles.find(snapshot, corpus, id, staff);
    }
  }

  /**
   * The meetings (files) with an item that matches {@code query} (blank: any) and {@code filters},
   * newest first.
   */
  public MeetingList meetings(String query, Filters filters, boolean expand)
      throws IOException, QuerySyntaxException {
    return meetings.list(query, filters, expand);
  }

  /** Every committee of every council, with its meetings over time. */
  public List<CommitteeSummary> committees() throws IOException {
    return meetings.committees();
  }

  /** Committees, councils, themes and frequent words that complete {@code prefix}. */
  public List<Suggestion> suggest(String prefix) throws IOException {
    return suggestions.complete(prefix);
  }

  /** The sources a plain BM25 search ranks first: the baseline of evaluations. */
  public List<String> baseline(String query, Filters filters, int n) throws IOException {
    return search.baseline(query, filters, n);
  }

  public Timeline timeline(TimelineRequest request) throws IOException, QuerySyntaxException {
    return answer(timelineAnswers, request, () -> timelines.timeline(request), Timeline::partial);
  }

  /** The commitments register, with each commitment's follow-ups and status. */
  public List<CommitmentEntry> commitments(KnowledgeRequest request) throws IOException {
    return knowledge.commitments(request);
  }

  /** The decisions register. */
  public List<DecisionEntry> decisions(KnowledgeRequest request) throws IOException {
    return knowledge.decisions(request);
  }

  /**
   * The organisations, people, roles and amounts the minutes name, of {@code kinds} (all when
   * empty) and with {@code words} in their name: most often named first, people with their roles.
   */
  public List<EntitySummary> entities(
      KnowledgeRequest request, List<EntityKind> kinds, String words) throws IOException {
    return knowledge.entities(request, kinds, words);
  }

  /**
   * The inspection tracker: every inspection and visit mentioned, with the items that mention it.
   */
  public List<Inspection> inspections(KnowledgeRequest request) throws IOException {
    return knowledge.inspections(request);
  }

  /** What the index covers and which files it could not index, with reasons. */
  public Coverage coverage() throws IOException {
    return coverage.coverage();
  }

  public List<Theme> themes() {
    return themes.themes();
  }

  public Optional<Theme> theme(String id) {
    return themes.find(id);
  }

  /** How many items are searchable. */
  public int size() throws IOException {
    return search.size();
  }

  /**
   * Picks up a newer commit of the index, if there is one: once it returns, every new request is
   * answered from the latest commit (and the answers cached per index version are worked out again
   * for it).
   */
  public void refresh() throws IOException {
    readers.refresh();
  }

  /**
   * Checks every {@code period} for a newer commit, such as another process's {@code index} run
   * makes, and switches to it; until then, and if a re-index fails, the current one is served.
   */
  public void refreshEvery(Duration period) {
    readers.refreshEvery(period);
  }

  @Override
  public void close() throws IOException {
    readers.close();
  }
}
