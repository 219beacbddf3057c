package org.minutebook.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Theme;
import org.minutebook.search.Archive;
import org.minutebook.search.KnowledgeRequest;
import org.minutebook.search.RawLucene;
import org.minutebook.search.TimelineRequest;

/**
 * The fixed mix of requests the benchmark times, each written the four ways it is asked: of the
 * archive in process, over HTTP, of raw Lucene on the same index, and of Solr. The words are the
 * synthetic archive's own vocabulary (see {@link Topics}), so every kind finds matches there.
 */
public final class QueryMix {
  /** The committee the faceted and fielded kinds narrow to. */
  static final String COMMITTEE = "Children and Families Committee";

  /** The theme whose timeline is timed. */
  public static final String THEME = "recruitment";

  /** A raw-Lucene answer: a number derived from the whole answer, so none of it is skipped. */
  @FunctionalInterface
  public interface RawCall {
    long run(RawLucene raw) throws Exception;
  }

  /** A product call on the archive in process. */
  @FunctionalInterface
  public interface ArchiveCall {
    void run(Archive archive) throws Exception;
  }

  /**
   * One kind of request.
   *
   * @param kind its name in the results
   * @param ours the call to the archive in process
   * @param http the path and query of the same request to the server
   * @param raw the same request of raw Lucene
   * @param solr the same request as Solr parameters
   */
  public record Kind(
      String kind, ArchiveCall ours, String http, RawCall raw, Map<String, List<String>> solr) {}

  private QueryMix() {}

  /** The kinds, in the order results list them; {@code theme} is the timeline's theme. */
  public static List<Kind> kinds(Theme theme) {
    List<Kind> kinds = new ArrayList<>();
    kinds.add(search("words", "agency social workers", Map.of()));
    kinds.add(search("phrase", "\"social workers\"", Map.of()));
    kinds.add(search("boolean", "(recruitment OR retention) agency -housing", Map.of()));
    kinds.add(search("fielded", "committee:\"" + COMMITTEE + "\" caseloads", Map.of()));
    kinds.add(search("faceted with highlights", "safeguarding", Map.of("committee", COMMITTEE)));
    kinds.add(timeline(theme));
    kinds.add(commitments(theme));
    return kinds;
  }

  /** A search: ten items by relevance with facets and three snippets each, as the page asks. */
  private static Kind search(String name, String query, Map<String, String> filters) {
    Filters narrowed =
        Filters.NONE.withCommittees(
            filters.containsKey("committee") ? List.of(filters.get("committee")) : List.of());
    SearchRequest request =
        new SearchRequest(query, narrowed, SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_PAGE_SIZE);
    StringBuilder http = new StringBuilder("/api/search?q=").append(encode(query));
    filters.forEach((dim, value) -> http.append('&').append(dim).append('=').append(encode(value)));
    Map<String, List<String>> solr = solrSearch(query);
    filters.forEach((dim, value) -> solr.put("fq", List.of(dim + ":\"" + value + "\"")));
    return new Kind(
        "search: " + name,
        archive -> archive.search(request),
        http.toString(),
        raw -> raw.search(query, filters, SearchRequest.DEFAULT_PAGE_SIZE),
        solr);
  }

  private static Kind timeline(Theme theme) {
    TimelineRequest request =
        new TimelineRequest(
            List.of(theme),
            List.of(),
            Filters.NONE,
            TimelineRequest.Interval.YEAR,
            TimelineRequest.DEFAULT_ENTRIES,
            Optional.empty());
    String highlight =
        theme.terms().stream()
            .map(term -> "\"" + term.replace("\"", "") + "\"")
            .collect(Collectors.joining(" OR "));
    Map<String, List<String>> solr = new LinkedHashMap<>();
    solr.put("q", List.of("*:*"));
    solr.put("fq", List.of("theme:" + theme.id()));
    solr.put("rows", List.of(Integer.toString(TimelineRequest.DEFAULT_ENTRIES)));
    solr.put("sort", List.of("date asc, id asc"));
    solr.put("facet", List.of("true"));
    byYearWithHighlights(solr);
    solr.put("hl.q", List.of(highlight));
    solr.put("df", List.of("body"));
    solr.put("hl.snippets", List.of("1"));
    return new Kind(
        "timeline: " + theme.id() + " by year",
        archive -> archive.timeline(request),
        "/api/timeline?theme=" + encode(theme.id()),
        raw -> raw.timeline(theme.id(), highlight, TimelineRequest.DEFAULT_ENTRIES),
        solr);
  }

  /**
   * The commitments register of one theme, as the register page asks when a theme is chosen. The
   * whole register of a large archive is tens of megabytes of JSON (39,179 commitments at 100,000
   * items), which measures the network rather than the search.
   */
  private static Kind commitments(Theme theme) {
    Filters ofTheme = Filters.NONE.withThemes(List.of(theme.id()));
    Map<String, List<String>> solr = new LinkedHashMap<>();
    solr.put("q", List.of("*:*"));
    solr.put("fq", List.of("has_commitment:true", "theme:" + theme.id()));
    solr.put("rows", List.of("100000"));
    solr.put("sort", List.of("date desc, id asc"));
    solr.put("fl", List.of("id,title,committee,date,commitment,commitment_status"));
    solr.put("facet", List.of("true"));
    solr.put("facet.field", List.of("commitment_status"));
    return new Kind(
        "register: commitments of " + theme.id(),
        archive -> archive.commitments(new KnowledgeRequest(ofTheme, List.of(), List.of())),
        "/api/commitments?theme=" + encode(theme.id()),
        raw -> raw.commitments(theme.id()),
        solr);
  }

  /** Solr's form of a search: the same fields, facets, page and snippets. */
  private static Map<String, List<String>> solrSearch(String query) {
    Map<String, List<String>> solr = new LinkedHashMap<>();
    solr.put("q", List.of(query));
    solr.put("defType", List.of("edismax"));
    solr.put("qf", List.of("title^2 body"));
    solr.put("q.op", List.of("AND"));
    solr.put("rows", List.of(Integer.toString(SearchRequest.DEFAULT_PAGE_SIZE)));
    solr.put("facet", List.of("true"));
    solr.put("facet.field", List.of("committee", "council", "theme", "type"));
    solr.put("facet.limit", List.of("50"));
    solr.put("facet.mincount", List.of("1"));
    byYearWithHighlights(solr);
    solr.put("hl.snippets", List.of("3"));
    return solr;
  }

  /** Counts by year over the meeting date, and the unified highlighter on the body, as ours do. */
  private static void byYearWithHighlights(Map<String, List<String>> solr) {
    solr.put("facet.range", List.of("date"));
    solr.put("facet.range.start", List.of("1990-01-01T00:00:00Z"));
    solr.put("facet.range.end", List.of("2040-01-01T00:00:00Z"));
    solr.put("facet.range.gap", List.of("+1YEAR"));
    solr.put("hl", List.of("true"));
    solr.put("hl.method", List.of("unified"));
    solr.put("hl.fl", List.of("body"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
