package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.index.Schema;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Timeline;
import org.minutebook.themes.ThemeCatalog;
import org.minutebook.themes.Thesaurus;

/**
 * The per-query time limit on a real index of the fixture corpus. A limit of one nanosecond has
 * always passed by the time the first match is looked for, so the cut is deterministic: the answer
 * is empty and flagged {@code partial}. A generous deadline changes nothing at all.
 */
class QueryTimeLimitTest {
  private static final QueryLimits EXPIRED = QueryLimits.DEFAULTS.withTimeout(Duration.ofNanos(1));

  @TempDir static Path temp;
  static TestCorpus.Indexed indexed;
  static IndexReaders readers;
  static Directory directory;
  static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    indexed = TestCorpus.index(temp);
    readers = new IndexReaders(indexed.index());
    directory = FSDirectory.open(indexed.index());
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    readers.close();
    indexed.archive().close();
  }

  @Test
  void aSearchThatRunsOutOfTimeAnswersWhatItFoundFlaggedPartial() throws Exception {
    ArchiveSearch hurried = new ArchiveSearch(readers, Thesaurus.builtIn(), EXPIRED);
    SearchResult cut = hurried.search(SearchRequest.of("front door"));
    assertTrue(cut.partial());
    assertEquals(0, cut.total());
    assertEquals(List.of(), cut.hits());
    String notice = cut.notices().getLast();
    assertTrue(notice.startsWith("The search was stopped after 1 ns"), notice);
    // Nothing is offered that a complete answer would have to justify.
    assertFalse(cut.fallback());
    assertEquals(null, cut.didYouMean());

    SearchResult full =
        new ArchiveSearch(readers, Thesaurus.builtIn(), QueryLimits.DEFAULTS)
            .search(SearchRequest.of("front door"));
    assertFalse(full.partial());
    assertEquals(2, full.total());
    assertFalse(full.notices().stream().anyMatch(n -> n.contains("stopped after")));
  }

  @Test
  void theTimeLimitWorksWithAFacetSelected() throws Exception {
    // A selected facet makes the search drill sideways, which Lucene's own timeout breaks.
    Filters cabinet =
        new Filters(
            List.of("Cabinet"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty());
    for (SortOrder order : SortOrder.values()) {
      SearchRequest request = new SearchRequest("front door", cabinet, order, 1, 10);
      SearchResult cut = new ArchiveSearch(readers, Thesaurus.builtIn(), EXPIRED).search(request);
      assertTrue(cut.partial(), order.toString());
      SearchResult full =
          new ArchiveSearch(readers, Thesaurus.builtIn(), QueryLimits.DEFAULTS).search(request);
      assertFalse(full.partial());
      assertEquals(1, full.total());
      assertEquals(TestCorpus.CABINET, full.hits().get(0).source());
      assertTrue(full.hits().get(0).score() > 0, "scores are still worked out");
    }
  }

  @Test
  void lucenesOwnTimeoutFailsWhenDrillingSideways() throws Exception {
    // Why DeadlineQuery exists (apache/lucene#12032): with a timeout set, the searcher scores in
    // windows, and the drill-sideways scorer refuses any window but the whole segment. If this
    // ever stops failing, IndexSearcher#setTimeout on a per-request searcher becomes an option.
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher own = new IndexSearcher(snapshot.searcher().getIndexReader());
      own.setTimeout(() -> false);
      DrillDownQuery query = new DrillDownQuery(Schema.facetsConfig(), Queries.ITEMS);
      query.add(Schema.FACET_COMMITTEE, "Cabinet");
      DrillSideways sideways = new DrillSideways(own, Schema.facetsConfig(), snapshot.facetState());
      assertThrows(IllegalArgumentException.class, () -> sideways.search(query, 10));
    }
  }

  @Test
  void aTimelineThatRunsOutOfTimeIsFlaggedPartial() throws Exception {
    ThemeCatalog themes = ThemeCatalog.forCorpus(indexed.corpus());
    TimelineRequest theme =
        new TimelineRequest(
            themes.find("front-door"), "", Filters.NONE, TimelineRequest.Interval.YEAR, 20);
    TimelineRequest query =
        new TimelineRequest(
            Optional.empty(), "agency staff", Filters.NONE, TimelineRequest.Interval.YEAR, 20);
    for (TimelineRequest request : List.of(theme, query)) {
      Timeline cut = new Timelines(readers, Thesaurus.builtIn(), EXPIRED).timeline(request);
      assertTrue(cut.partial());
      assertEquals(List.of(), cut.entries());
      Timeline full =
          new Timelines(readers, Thesaurus.builtIn(), QueryLimits.DEFAULTS).timeline(request);
      assertFalse(full.partial());
      assertTrue(full.total() > 0);
      assertEquals(full.total(), full.entries().size());
    }
  }

  @Test
  void entriesCutShortAreNotKeptForTheNextRequest() throws Exception {
    Timelines timelines = new Timelines(readers, Thesaurus.builtIn(), QueryLimits.DEFAULTS);
    TimelineRequest request =
        new TimelineRequest(
            ThemeCatalog.forCorpus(indexed.corpus()).find("front-door"),
            "",
            Filters.NONE,
            TimelineRequest.Interval.YEAR,
            20);
    Timeline cut = timelines.timeline(request, Deadline.after(Duration.ofNanos(1)));
    assertTrue(cut.partial());
    assertEquals(List.of(), cut.entries());
    Timeline next = timelines.timeline(request, Deadline.after(Duration.ofHours(1)));
    assertFalse(next.partial());
    assertEquals(2, next.entries().size());
    // A complete list is kept, and given even to a request that is out of time.
    assertEquals(
        next.entries(), timelines.timeline(request, Deadline.after(Duration.ofNanos(1))).entries());
  }

  @Test
  void aGenerousDeadlineChangesNoHitScoreOrCount() throws Exception {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (String typed :
        List.of("front door", "\"front door\"", "recruit*", "MASH -budget", "committee:cabinet")) {
      Query plain = Queries.withFilters(Queries.text(typed), Filters.NONE);
      Deadline later = Deadline.after(Duration.ofHours(1));
      Query bounded = Queries.withFilters(later.bound(Queries.text(typed)), Filters.NONE);
      assertSameHits(typed, searcher.search(plain, 10), searcher.search(bounded, 10));
      Sort newest = new Sort(Hits.sortFields(SortOrder.NEWEST));
      assertSameHits(
          typed,
          searcher.search(plain, 10, newest, true),
          searcher.search(bounded, 10, newest, true));
      assertEquals(searcher.count(plain), searcher.count(bounded), typed);
      assertFalse(later.cutShort(), typed);
    }
  }

  @Test
  void aPassedDeadlineStopsEveryKindOfQuery() throws Exception {
    IndexSearcher searcher = new IndexSearcher(reader);
    for (Query query :
        List.of(
            Queries.text("front door"),
            Queries.text("\"front door\""),
            Queries.text("recruit*"),
            MatchAllDocsQuery.INSTANCE)) {
      Deadline passed = Deadline.after(Duration.ofNanos(1));
      Query bounded = Queries.withFilters(passed.bound(query), Filters.NONE);
      assertEquals(0, searcher.search(bounded, 10).scoreDocs.length, query.toString());
      assertTrue(passed.cutShort(), query.toString());
    }
  }

  @Test
  void boundQueriesAreEqualOnlyUnderTheSameDeadline() throws Exception {
    Deadline one = Deadline.after(Duration.ofHours(1));
    Deadline two = Deadline.after(Duration.ofHours(1));
    Query text = Queries.text("front door");
    assertEquals(one.bound(text), one.bound(text));
    assertEquals(one.bound(text).hashCode(), one.bound(text).hashCode());
    assertFalse(one.bound(text).equals(two.bound(text)));
    assertEquals(text.toString(), one.bound(text).toString());
  }

  /**
   * The same documents in the same order with the same scores, give or take float rounding: the
   * wrapper keeps Lucene from flattening nested conjunctions, which sums the same scores in another
   * order.
   */
  private static void assertSameHits(String typed, TopDocs expected, TopDocs actual) {
    assertEquals(docs(expected), docs(actual), typed);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-4f, typed);
    }
  }

  private static List<Integer> docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).map(hit -> hit.doc).toList();
  }
}
