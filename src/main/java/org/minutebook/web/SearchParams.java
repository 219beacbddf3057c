package org.minutebook.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Theme;
import org.minutebook.search.Archive;

/**
 * The parameters of a search, shared by the search, its exports and its feed: the query, the
 * filters, the order, the thesaurus and recency switches, and the page.
 */
final class SearchParams {
  private SearchParams() {}

  /** The search {@code ctx} asks for, with its page and size. */
  static SearchRequest paged(Context ctx) {
    int page = Params.integer(ctx, "page", 1);
    int size = Params.integer(ctx, "size", SearchRequest.DEFAULT_PAGE_SIZE);
    Params.checked(
        () -> {
          Params.LIMITS.checkPage(page, size);
          return page;
        });
    return request(ctx, sort(ctx), page, size);
  }

  /** The search {@code ctx} asks for, all of it: page and size are not read. */
  static SearchRequest unpaged(Context ctx) {
    return request(ctx, sort(ctx), 1, SearchRequest.DEFAULT_PAGE_SIZE);
  }

  /** The search {@code ctx} asks for, as its first {@code size} items in {@code order}. */
  static SearchRequest first(Context ctx, SortOrder order, int size) {
    return request(ctx, order, 1, size);
  }

  private static SortOrder sort(Context ctx) {
    String label = Params.text(ctx, "sort");
    return label.isBlank() ? SortOrder.RELEVANCE : Params.checked(() -> SortOrder.fromLabel(label));
  }

  private static SearchRequest request(Context ctx, SortOrder order, int page, int size) {
    boolean expand = Params.flag(ctx, "thesaurus", true);
    boolean recency = Params.flag(ctx, "recency", false);
    Filters filters = Params.filters(ctx);
    return Params.checked(
        () ->
            new SearchRequest(Params.text(ctx, "q"), filters, order, page, size, expand, recency));
  }

  /**
   * {@code filters} in words, for a feed's title: committees, councils, theme labels, types,
   * sections, records, years, then the dates.
   */
  static List<String> describe(Filters filters, Archive archive) {
    List<String> words = new ArrayList<>();
    words.addAll(filters.committees());
    words.addAll(filters.councils());
    for (String id : filters.themes()) {
      words.add(archive.theme(id).map(Theme::label).orElse(id));
    }
    words.addAll(filters.types());
    filters.sections().forEach(s -> words.add("section " + s));
    filters.records().forEach(r -> words.add("with " + r + "s"));
    words.addAll(filters.years());
    filters.from().ifPresent(d -> words.add("from " + d));
    filters.to().ifPresent(d -> words.add("to " + d));
    return words;
  }
}
