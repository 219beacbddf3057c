package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.IndexState;
import org.minutebook.index.Schema;
import org.minutebook.model.Coverage;
import org.minutebook.model.FacetValue;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestStatus;
import org.minutebook.model.MeetingSummary;
import org.minutebook.model.SortOrder;

/**
 * What the index covers: file outcomes of the last run (kept in the commit, so they always match
 * the documents), councils and committees with their counts, the span of meeting dates, and items
 * and meetings per year and per council, committee and year.
 */
final class CoverageReader {
  private final IndexReaders readers;
  private final Meetings meetings;

  CoverageReader(IndexReaders readers, Meetings meetings) {
    this.readers = readers;
    this.meetings = meetings;
  }

  Coverage coverage() throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      IndexSearcher searcher = snapshot.searcher();
      Map<String, String> userData = snapshot.commitData();
      List<FileOutcome> skipped = IndexState.skippedFiles(userData);
      int indexed = IndexState.indexedFiles(userData);
      Map<IngestStatus, Integer> counts = new EnumMap<>(IngestStatus.class);
      counts.put(IngestStatus.INDEXED, indexed);
      List<Coverage.Failure> failures = new ArrayList<>();
      for (FileOutcome file : skipped) {
        counts.merge(file.status(), 1, Integer::sum);
        failures.add(new Coverage.Failure(file.source(), file.status().label(), file.reason()));
      }
      Map<String, Integer> statuses = new LinkedHashMap<>();
      counts.forEach((status, count) -> statuses.put(status.label(), count));
      List<MeetingSummary> all = meetings.directory(searcher).meetings();
      return new Coverage(
          indexed + skipped.size(),
          statuses,
          failures,
          allValues(snapshot, Schema.FACET_COUNCIL),
          allValues(snapshot, Schema.FACET_COMMITTEE),
          dateRange(searcher),
          MeetingStats.itemYears(all),
          MeetingStats.table(all));
    }
  }

  private static List<FacetValue> allValues(IndexSnapshot snapshot, String dim) throws IOException {
    if (!snapshot.hasDim(dim)) {
      return List.of();
    }
    FacetsCollector all =
        snapshot.searcher().search(MatchAllDocsQuery.INSTANCE, new FacetsCollectorManager());
    FacetResult result =
        new SortedSetDocValuesFacetCounts(snapshot.facetState(), all).getAllChildren(dim);
    List<FacetValue> values = new ArrayList<>();
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    values.sort(
        java.util.Comparator.comparingLong(FacetValue::count)
            .reversed()
            .thenComparing(FacetValue::value));
    return values;
  }

  private static Coverage.DateRange dateRange(IndexSearcher searcher) throws IOException {
    FieldExistsQuery dated = new FieldExistsQuery(Schema.DATE_DAY);
    long datedCount = searcher.count(dated);
    long undated = searcher.count(Queries.ITEMS) - datedCount;
    if (datedCount == 0) {
      return new Coverage.DateRange(null, null, 0, undated);
    }
    return new Coverage.DateRange(
        firstDate(searcher, dated, SortOrder.OLDEST),
        firstDate(searcher, dated, SortOrder.NEWEST),
        datedCount,
        undated);
  }

  private static String firstDate(IndexSearcher searcher, FieldExistsQuery dated, SortOrder order)
      throws IOException {
    TopDocs top = searcher.search(dated, 1, new Sort(Hits.sortFields(order)));
    return searcher.storedFields().document(top.scoreDocs[0].doc).get(Schema.DATE);
  }
}
