package org.minutebook.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.minutebook.export.DocumentLinks;
import org.minutebook.export.SearchFeed;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.search.Archive;
import org.minutebook.search.QuerySyntaxException;

/** {@code /api/feed}: a search's newest items as an Atom feed, for feed readers. */
final class FeedRoutes {
  /** How many of the newest items a feed lists. */
  static final int ENTRIES = 50;

  static final String ATOM = "application/atom+xml; charset=utf-8";

  private final Audience audience;

  FeedRoutes(Audience audience) {
    this.audience = audience;
  }

  void feed(Context ctx) throws IOException, QuerySyntaxException {
    Archive archive = audience.archive(ctx);
    SearchRequest request = SearchParams.first(ctx, SortOrder.NEWEST, ENTRIES);
    SearchResult result = archive.search(request);
    String base = BaseUrl.of(ctx);
    String query = ctx.queryString();
    SearchFeed.Spec spec =
        new SearchFeed.Spec(
            SearchFeed.title(request.query(), SearchParams.describe(request.filters(), archive)),
            base + "/api/feed" + (query == null || query.isEmpty() ? "" : "?" + query),
            base + "/?" + pageQuery(request),
            base,
            request.query());
    ctx.contentType(ATOM).result(SearchFeed.atom(spec, result.hits()));
  }

  /** The search page's address for the same items: the query, the filters, newest first. */
  static String pageQuery(SearchRequest request) {
    StringBuilder q = new StringBuilder("q=").append(DocumentLinks.encode(request.query()));
    Filters f = request.filters();
    append(q, "committee", f.committees());
    append(q, "council", f.councils());
    append(q, "theme", f.themes());
    append(q, "type", f.types());
    append(q, "section", f.sections());
    append(q, "record", f.records());
    append(q, "year", f.years());
    f.from().ifPresent(d -> append(q, "from", List.of(d.toString())));
    f.to().ifPresent(d -> append(q, "to", List.of(d.toString())));
    q.append("&sort=newest");
    if (!request.expand()) {
      q.append("&thesaurus=off");
    }
    return q.toString();
  }

  private static void append(StringBuilder q, String name, List<String> values) {
    for (String value : values) {
      q.append('&').append(name).append('=').append(DocumentLinks.encode(value));
    }
  }
}
