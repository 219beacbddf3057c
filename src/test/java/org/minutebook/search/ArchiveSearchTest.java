package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.FacetValue;
import org.minutebook.model.Filters;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.ItemView;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Timeline;

/**
 * A real index built from the fixture corpus: exact hits, facet counts, filters, order, timelines.
 */
class ArchiveSearchTest {
  @TempDir static Path temp;
  static IngestReport report;
  static Archive archive;

  @BeforeAll
  static void buildIndex() throws IOException {
    TestCorpus.Indexed indexed = TestCorpus.index(temp);
    report = indexed.report();
    archive = indexed.archive();
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void everyFileEndsInAStatusWithAReason() {
    Map<String, IngestStatus> statuses =
        report.files().stream().collect(Collectors.toMap(f -> f.source(), f -> f.status()));
    assertEquals(TestCorpus.ALL_FILES, report.files().stream().map(f -> f.source()).toList());
    assertEquals(IngestStatus.INDEXED, statuses.get(TestCorpus.PLANNING));
    assertEquals(IngestStatus.INDEXED, statuses.get(TestCorpus.CABINET));
    assertEquals(IngestStatus.INDEXED, statuses.get(TestCorpus.SCRUTINY));
    assertEquals(IngestStatus.INDEXED, statuses.get(TestCorpus.COUNCIL));
    assertEquals(IngestStatus.CORRUPT, statuses.get(TestCorpus.BROKEN));
    assertEquals(IngestStatus.EMPTY, statuses.get(TestCorpus.EMPTY));
    assertEquals(IngestStatus.CORPUS_NOTES, statuses.get("README.md"));
    // The planning minutes hold two agenda items; every other file is one.
    assertEquals(5, report.items());
    report.skipped().forEach(f -> assertTrue(!f.reason().isBlank(), f + " has no reason"));
  }

  @Test
  void metadataComesWithItsProvenance() throws IOException {
    ItemView cabinet = item(TestCorpus.CABINET);
    assertEquals("Children's services improvement: the front door", cabinet.title());
    assertEquals("Cabinet", cabinet.committee());
    assertEquals("2021-09-30", cabinet.date());
    assertEquals("54", cabinet.itemNumber());
    assertEquals("Example Borough Council", cabinet.council());
    assertEquals(
        "text: \"Meeting: 30/09/2021 - Cabinet (Item 54)\"", cabinet.provenance().get("date"));
    assertTrue(
        cabinet
            .provenance()
            .get("council")
            .startsWith("manifest: borough/minutebook-manifest.yaml"));

    ItemView council = item(TestCorpus.COUNCIL);
    assertEquals("Full Council", council.committee());
    assertEquals("Example County Council", council.council());
    assertEquals("2020-01-20", council.date());
    assertEquals("path: " + TestCorpus.COUNCIL, council.provenance().get("date"));

    ItemView planning = item(TestCorpus.PLANNING);
    assertEquals("Planning Committee", planning.committee());
    assertEquals("2019-09-03", planning.date());
    assertEquals(
        "text: \"Minutes of the meeting of the Planning Committee held on Tuesday 3rd September 2019\"",
        planning.provenance().get("date"));
    assertEquals("minutes", planning.type());

    ItemView scrutiny = item(TestCorpus.SCRUTINY);
    assertEquals("Children and Young People Scrutiny Committee", scrutiny.committee());
    assertEquals("2022-03-15", scrutiny.date());
  }

  @Test
  void themesAreTaggedAtIndexTime() throws IOException {
    assertEquals(List.of("planning", "highways"), item(TestCorpus.PLANNING).themes());
    assertEquals(List.of("highways"), item(TestCorpus.PLANNING, 2).themes());
    assertEquals(List.of("recruitment", "front-door"), item(TestCorpus.CABINET).themes());
    // "caseloads had fallen" and "the budget ... and a council tax precept" are themes of their
    // own.
    assertEquals(
        List.of("recruitment", "inspection", "caseloads"), item(TestCorpus.SCRUTINY).themes());
    assertEquals(List.of("front-door", "budget-and-precept"), item(TestCorpus.COUNCIL).themes());
  }

  @Test
  void wordsAreAllRequiredAndRankedTitleFirst() throws Exception {
    assertEquals(List.of(TestCorpus.CABINET, TestCorpus.COUNCIL), sources(search("front door")));
    // MASH is also searched as "front door" and "multi-agency safeguarding hub": the Cabinet's
    // item, which has all three and "front door" in its title, ranks first.
    assertEquals(List.of(TestCorpus.CABINET, TestCorpus.COUNCIL), sources(search("MASH")));
    assertEquals(List.of(TestCorpus.PLANNING), sources(search("potholes")));
    // "multi-agency" is two words, so the Cabinet's "multi-agency safeguarding hub" counts too.
    assertEquals(List.of(TestCorpus.CABINET, TestCorpus.SCRUTINY), sortedSources(search("agency")));
    assertEquals(List.of(TestCorpus.SCRUTINY), sources(search("\"agency staff\"")));
    // No item has both words: items with either are listed, and the response says so.
    SearchResult either = search("front potholes");
    assertTrue(either.fallback());
    assertEquals(
        List.of(TestCorpus.CABINET, TestCorpus.PLANNING, TestCorpus.COUNCIL),
        sortedSources(either));
    assertFalse(search("front door").fallback());
  }

  @Test
  void phrasesMatchExactlyAndStemmingFindsOtherForms() throws Exception {
    assertEquals(List.of(TestCorpus.CABINET), sources(search("\"recruitment and retention\"")));
    // "vacancy" and "caseload" reach "vacancies" and "caseloads".
    assertEquals(List.of(TestCorpus.SCRUTINY), sources(search("vacancy caseload")));
    assertEquals(
        List.of(TestCorpus.CABINET, TestCorpus.SCRUTINY), sortedSources(search("recruitment")));
  }

  @Test
  void snippetsAreHighlightedAndEscaped() throws Exception {
    SearchHit cabinet =
        archive
            .search(
                new SearchRequest(
                    "front door", Filters.NONE, SortOrder.RELEVANCE, 1, 10, false, false))
            .hits()
            .get(0);
    // One snippet per paragraph that matches, in document order; the heading is the title, not a
    // paragraph of the body.
    assertEquals(
        List.of(
            "It was resolved that Cabinet note the progress made at the <mark>front door</mark>"
                + " &amp; the plan."),
        cabinet.snippets());
    assertEquals(
        List.of(
            new org.minutebook.model.Passage("p3", null, "resolved", cabinet.snippets().get(0))),
        cabinet.passages());
    // With the thesaurus, the paragraph that calls it the MASH is shown too.
    assertEquals(
        "The cabinet member introduced the report on the <mark>multi-agency safeguarding hub</mark>"
            + " (<mark>MASH</mark>). Contacts and referrals had risen by 20% since April.",
        search("front door").hits().get(0).snippets().get(0));
  }

  @Test
  void facetsCountEveryMatch() throws Exception {
    SearchResult all = search("");
    assertEquals(5, all.total());
    assertEquals(
        List.of(
            new FacetValue("Planning Committee", 2),
            new FacetValue("Cabinet", 1),
            new FacetValue("Children and Young People Scrutiny Committee", 1),
            new FacetValue("Full Council", 1)),
        all.facets().get("committee"));
    assertEquals(
        List.of(
            new FacetValue("Example Borough Council", 4),
            new FacetValue("Example County Council", 1)),
        all.facets().get("council"));
    assertEquals(
        List.of(
            new FacetValue("front-door", 2),
            new FacetValue("highways", 2),
            new FacetValue("recruitment", 2),
            new FacetValue("budget-and-precept", 1),
            new FacetValue("caseloads", 1),
            new FacetValue("inspection", 1),
            new FacetValue("planning", 1)),
        all.facets().get("theme"));
    assertEquals(
        List.of(
            new FacetValue("2022", 1),
            new FacetValue("2021", 1),
            new FacetValue("2020", 1),
            new FacetValue("2019", 2)),
        all.facets().get("year"));
    assertEquals(List.of(new FacetValue("minutes", 5)), all.facets().get("type"));
    assertEquals(
        List.of(new FacetValue("discussion", 5), new FacetValue("resolved", 4)),
        all.facets().get("section"));
    assertNull(all.facets().get("month"), "months are listed once a year is chosen");
  }

  @Test
  void aSelectedSectionKeepsTheOtherSectionsAndNarrowsTheRest() throws Exception {
    Filters resolved = Filters.NONE.withSections(List.of("resolved"));
    SearchResult result = archive.search(new SearchRequest("", resolved, SortOrder.OLDEST, 1, 10));
    assertEquals(4, result.total());
    assertEquals(
        List.of(new FacetValue("discussion", 5), new FacetValue("resolved", 4)),
        result.facets().get("section"));
    assertEquals(
        List.of(
            new FacetValue("Example Borough Council", 3),
            new FacetValue("Example County Council", 1)),
        result.facets().get("council"));
  }

  @Test
  void aChosenYearListsItsMonths() throws Exception {
    SearchResult result =
        archive.search(
            new SearchRequest(
                "", Filters.NONE.withYears(List.of("2019")), SortOrder.OLDEST, 1, 10));
    assertEquals(List.of(new FacetValue("09", 2)), result.facets().get("month"));
  }

  @Test
  void aSelectedFacetKeepsItsOtherValues() throws Exception {
    Filters cabinetOnly = Filters.NONE.withCommittees(List.of("Cabinet"));
    SearchResult result =
        archive.search(new SearchRequest("", cabinetOnly, SortOrder.RELEVANCE, 1, 10));
    assertEquals(List.of(TestCorpus.CABINET), sources(result));
    // Drill sideways: the committee facet still lists every committee with its own count...
    assertEquals(4, result.facets().get("committee").size());
    // ...while the other facets count only what the selection leaves.
    assertEquals(
        List.of(new FacetValue("Example Borough Council", 1)), result.facets().get("council"));
    assertEquals(
        List.of(new FacetValue("front-door", 1), new FacetValue("recruitment", 1)),
        result.facets().get("theme"));
  }

  @Test
  void valuesOfOneFacetAreAlternatives() throws Exception {
    Filters two = Filters.NONE.withCommittees(List.of("Cabinet", "Full Council"));
    SearchResult result = archive.search(new SearchRequest("", two, SortOrder.OLDEST, 1, 10));
    assertEquals(List.of(TestCorpus.COUNCIL, TestCorpus.CABINET), sources(result));
  }

  @Test
  void yearsAreFacetValuesThatDrillSideways() throws Exception {
    Filters years = Filters.NONE.withYears(List.of("2019", "2021"));
    SearchResult result = archive.search(new SearchRequest("", years, SortOrder.OLDEST, 1, 10));
    assertEquals(
        List.of(TestCorpus.PLANNING, TestCorpus.PLANNING, TestCorpus.CABINET), sources(result));
    assertEquals(4, result.facets().get("year").size());
    assertEquals(
        List.of(new FacetValue("Planning Committee", 2), new FacetValue("Cabinet", 1)),
        result.facets().get("committee"));
  }

  @Test
  void themeFilterAndDateRangeAreInclusive() throws Exception {
    Filters recruitment = Filters.NONE.withTheme("recruitment");
    assertEquals(
        List.of(TestCorpus.SCRUTINY, TestCorpus.CABINET),
        sources(archive.search(new SearchRequest("", recruitment, SortOrder.NEWEST, 1, 10))));
    Filters oneDay =
        Filters.NONE.withDates(
            Optional.of(LocalDate.of(2021, 9, 30)), Optional.of(LocalDate.of(2021, 9, 30)));
    assertEquals(
        List.of(TestCorpus.CABINET),
        sources(archive.search(new SearchRequest("", oneDay, SortOrder.RELEVANCE, 1, 10))));
  }

  @Test
  void sortingAndPagingAreReproducible() throws Exception {
    assertEquals(
        List.of(
            TestCorpus.PLANNING,
            TestCorpus.PLANNING,
            TestCorpus.COUNCIL,
            TestCorpus.CABINET,
            TestCorpus.SCRUTINY),
        sources(archive.search(new SearchRequest("", Filters.NONE, SortOrder.OLDEST, 1, 10))));
    SearchResult second =
        archive.search(new SearchRequest("", Filters.NONE, SortOrder.NEWEST, 2, 1));
    assertEquals(5, second.total());
    assertEquals(List.of(TestCorpus.CABINET), sources(second));
    SearchResult beyond =
        archive.search(new SearchRequest("", Filters.NONE, SortOrder.NEWEST, 6, 1));
    assertEquals(List.of(), beyond.hits());
  }

  @Test
  void malformedQueriesAreReportedNotThrownAsBugs() throws Exception {
    for (String bad :
        List.of(
            "AND",
            "OR NOT",
            "x".repeat(QueryLanguage.MAX_QUERY_LENGTH + 1),
            "(".repeat(QueryLanguage.MAX_NESTING + 1) + "door",
            "recruit* door*x",
            "*door",
            "r*")) {
      assertThrows(QuerySyntaxException.class, () -> search(bad), bad);
    }
    // What can be read as words is, and the response says so.
    for (String lenient : List.of("\"unclosed front", "(front door", "front AND", "a:b:c front")) {
      SearchResult result = search(lenient);
      assertTrue(result.notices().get(0).startsWith("Read as plain words, because"), lenient);
      assertTrue(result.total() > 0, lenient);
    }
  }

  @Test
  void timelineCountsByPeriodAndListsInDateOrder() throws Exception {
    Timeline byYear = timeline("front-door", TimelineRequest.Interval.YEAR);
    assertEquals(List.of("2020:1", "2021:1"), periods(byYear));
    // Paragraphs: the Full Council's one paragraph on the front door of its six; two of the
    // Cabinet's three. One meeting each, the only meeting of its year.
    Timeline.Bucket council = byYear.buckets().get(0);
    assertEquals(1, council.paragraphs());
    assertEquals(1, council.meetings());
    assertEquals(1.0 / 6, council.paragraphShare(), 1e-9);
    assertEquals(1.0, council.meetingShare(), 1e-9);
    assertEquals(2, byYear.buckets().get(1).paragraphs());
    assertEquals(
        List.of("front-door"), byYear.series().stream().map(Timeline.Series::theme).toList());
    assertEquals(0, byYear.undated());
    assertEquals(2, byYear.total());
    assertEquals(
        List.of(TestCorpus.COUNCIL, TestCorpus.CABINET),
        byYear.entries().stream().map(Timeline.Entry::source).toList());
    assertTrue(
        byYear.entries().get(0).snippet().contains("<mark>"), byYear.entries().get(0).snippet());

    Timeline byQuarter = timeline("recruitment", TimelineRequest.Interval.QUARTER);
    assertEquals(List.of("2021-Q3:1", "2021-Q4:0", "2022-Q1:1"), periods(byQuarter));

    Timeline byMonth = timeline("front-door", TimelineRequest.Interval.MONTH);
    assertEquals(21, byMonth.buckets().size());
    assertEquals("2020-01:1", periods(byMonth).get(0));
    assertEquals("2021-09:1", periods(byMonth).get(20));
  }

  @Test
  void aQueryTimelineNeedsNoTheme() throws Exception {
    Timeline budget =
        archive.timeline(
            new TimelineRequest(
                Optional.empty(), "budget", Filters.NONE, TimelineRequest.Interval.YEAR, 10));
    assertEquals(List.of("2020:1"), periods(budget));
    // The heading, the decision in the text and the resolution.
    assertEquals(3, budget.buckets().get(0).paragraphs());
  }

  @Test
  void timelinesCompareSplitAndMark() throws Exception {
    Timeline compared =
        archive.timeline(
            new TimelineRequest(
                List.of(archive.theme("front-door").orElseThrow()),
                List.of("potholes", "budget"),
                Filters.NONE,
                TimelineRequest.Interval.YEAR,
                10,
                Optional.of(TimelineRequest.Split.COMMITTEE)));
    assertEquals(3, compared.series().size());
    Timeline.Series potholes = compared.series().get(1);
    assertEquals("potholes", potholes.query());
    assertEquals(
        List.of("2019"),
        potholes.buckets().stream()
            .map(Timeline.Bucket::period)
            .filter(
                p ->
                    potholes.buckets().stream()
                        .anyMatch(b -> b.period().equals(p) && b.paragraphs() > 0))
            .toList());
    // Entries of both series, oldest first.
    assertEquals(
        List.of(TestCorpus.PLANNING, TestCorpus.COUNCIL, TestCorpus.CABINET),
        compared.entries().stream().map(Timeline.Entry::source).toList());
    assertEquals("committee", compared.split());
    assertEquals(
        java.util.Map.of("Cabinet", 2L),
        compared.series().get(0).buckets().stream()
            .filter(b -> b.period().equals("2021"))
            .findFirst()
            .orElseThrow()
            .split());
    // The Full Council resolved on the budget, the Cabinet on the front door; the scrutiny
    // committee noted a focused visit.
    assertEquals(
        List.of("inspection 2022-03-15", "resolution 2020-01-20", "resolution 2021-09-30"),
        compared.events().stream().map(e -> e.kind() + " " + e.date()).sorted().toList());
  }

  private static List<String> periods(Timeline timeline) {
    return timeline.buckets().stream().map(b -> b.period() + ":" + b.count()).toList();
  }

  private static Timeline timeline(String theme, TimelineRequest.Interval interval)
      throws Exception {
    return archive.timeline(
        new TimelineRequest(archive.theme(theme), "", Filters.NONE, interval, 100));
  }

  private static SearchResult search(String query) throws Exception {
    return archive.search(SearchRequest.of(query));
  }

  private static List<String> sources(SearchResult result) {
    return result.hits().stream().map(SearchHit::source).toList();
  }

  private static List<String> sortedSources(SearchResult result) {
    return sources(result).stream().sorted().toList();
  }

  private static ItemView item(String source) throws IOException {
    return item(source, 1);
  }

  /** The item at {@code position} (from 1) of {@code source}. */
  private static ItemView item(String source, int position) throws IOException {
    return archive.document(org.minutebook.ingest.Ingester.itemId(source, position)).orElseThrow();
  }
}
