package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.Filters;
import org.minutebook.model.ItemView;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Timeline;

/**
 * The bundled sample corpus ({@code corpus/}), checked against what a reader of the five minutes
 * finds in them.
 */
class SampleCorpusTest {
  static final String ITEM_000 = "sample/000_ad3b62f41aa6f4c1.txt";
  static final String ITEM_001 = "sample/001_81d4f9b4ca80501e.txt";
  static final String ITEM_002 = "sample/002_29f4cab8272e9d59.txt";
  static final String ITEM_003 = "sample/003_e896f12c8ca69ae3.txt";
  static final String ITEM_004 = "sample/004_6862fa7166954e52.txt";

  /**
   * Read by hand. Recruitment, retention or the workforce: 000 (recruitment and retention, overseas
   * and agency social workers), 001 (workforce strategy, vacancies, agency heads of service,
   * caseloads), 002 (the right number of practitioners, "employer of choice", caseloads, staffing
   * instability), 003 (a recruitment and retention strategy by November). Not 004, whose only staff
   * matter is the Director's permanent appointment.
   */
  static final Set<String> RECRUITMENT = Set.of(ITEM_000, ITEM_001, ITEM_002, ITEM_003);

  /**
   * Read by hand. The front door, MASH or the access path: 000 (the monitoring visit on the front
   * door), 002 ("access path (front door)", multi-agency thresholds), 003 (the assistant director
   * for the MASH). Not 001 (its visit was on children in need and child protection) nor 004.
   */
  static final Set<String> FRONT_DOOR = Set.of(ITEM_000, ITEM_002, ITEM_003);

  @TempDir static Path temp;
  static Archive archive;

  @BeforeAll
  static void indexTheSampleCorpus() throws IOException {
    archive = TestCorpus.sample(temp);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void frontDoorFindsTheItemsThatSayItWithHighlights() throws Exception {
    SearchResult result = archive.search(SearchRequest.of("front door"));
    // 003 names its assistant director for the MASH: the thesaurus finds it, ranked last.
    assertEquals(
        List.of(ITEM_000, ITEM_002, ITEM_003),
        result.hits().stream().map(SearchHit::source).toList());
    for (SearchHit hit : result.hits()) {
      String mark = hit.source().equals(ITEM_003) ? "<mark>MASH</mark>" : "<mark>front door</mark>";
      assertTrue(
          hit.snippets().stream()
              .anyMatch(
                  s ->
                      s.toLowerCase(java.util.Locale.ROOT)
                          .contains(mark.toLowerCase(java.util.Locale.ROOT))),
          hit.source() + ": " + hit.snippets());
    }
    assertEquals("front door", result.expansions().get(0).term());
    assertEquals(
        3,
        result.facets().get("theme").stream()
            .filter(f -> f.value().equals("front-door"))
            .findFirst()
            .orElseThrow()
            .count());
  }

  @Test
  void themesMatchAReadersList() throws Exception {
    assertEquals(RECRUITMENT, sources(themed("recruitment")));
    assertEquals(FRONT_DOOR, sources(themed("front-door")));
  }

  @Test
  void timelinesListEveryItemAndKeepUndatedOnesApart() throws Exception {
    for (var expected : Map.of("recruitment", RECRUITMENT, "front-door", FRONT_DOOR).entrySet()) {
      Timeline timeline =
          archive.timeline(
              new TimelineRequest(
                  archive.theme(expected.getKey()),
                  "",
                  Filters.NONE,
                  TimelineRequest.Interval.YEAR,
                  100));
      assertEquals(
          expected.getValue(),
          timeline.entries().stream().map(Timeline.Entry::source).collect(Collectors.toSet()));
      // Only the Cabinet item (003) states its date; the rest are counted apart, not dropped.
      assertEquals(
          List.of("2021:1"),
          timeline.buckets().stream().map(b -> b.period() + ":" + b.count()).toList());
      assertEquals(expected.getValue().size() - 1, timeline.undated());
      assertEquals(ITEM_003, timeline.entries().get(0).source());
      assertEquals("2021-09-30", timeline.entries().get(0).date());
    }
  }

  @Test
  void committeesAreOnlyThoseTheMinutesName() throws Exception {
    SearchResult all = archive.search(new SearchRequest("", Filters.NONE, SortOrder.OLDEST, 1, 10));
    assertEquals(5, all.total());
    assertEquals(
        Set.of(
            "Cabinet",
            "Children and Families Committee",
            "Children and Young People Scrutiny Committee",
            "Overview and Scrutiny Committee"),
        all.facets().get("committee").stream().map(f -> f.value()).collect(Collectors.toSet()));
    assertEquals(List.of(), all.facets().get("council"));
  }

  @Test
  void everyItemHasItsCommitteeAndUndatedOnesALabelledEstimate() throws Exception {
    Map<String, String> committees =
        Map.of(
            ITEM_000, "Children and Families Committee",
            ITEM_001, "Children and Families Committee",
            ITEM_002, "Overview and Scrutiny Committee",
            ITEM_003, "Cabinet",
            ITEM_004, "Children and Young People Scrutiny Committee");
    for (var expected : committees.entrySet()) {
      ItemView item = item(expected.getKey());
      assertEquals(expected.getValue(), item.committee(), expected.getKey());
    }
    // 000 never names its committee: the manifest records a person's inference, labelled so.
    assertTrue(item(ITEM_000).provenance().get("committee").startsWith("inferred: "));
    assertEquals("2021-09-30", item(ITEM_003).date());
    for (String undated : List.of(ITEM_000, ITEM_001, ITEM_002, ITEM_004)) {
      ItemView item = item(undated);
      assertEquals(null, item.date(), undated);
      assertTrue(item.estimatedDate() != null, undated + " has no estimate");
      assertTrue(
          item.provenance().get("estimatedDate").startsWith("estimate: estimated"),
          item.provenance().toString());
    }
    // 004 states no year; it speaks of the pandemic and of Cabinet's meeting on 28 October.
    assertEquals("2020-10-28", item(ITEM_004).estimatedDate());
  }

  private static ItemView item(String source) throws IOException {
    return archive.document(org.minutebook.ingest.Ingester.itemId(source, 1)).orElseThrow();
  }

  private static SearchResult themed(String theme) throws Exception {
    return archive.search(
        new SearchRequest("", Filters.NONE.withTheme(theme), SortOrder.RELEVANCE, 1, 10));
  }

  private static Set<String> sources(SearchResult result) {
    return result.hits().stream().map(SearchHit::source).collect(Collectors.toSet());
  }
}
