package org.minutebook.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minutebook.model.Theme;
import org.minutebook.model.ThemeView;
import org.minutebook.search.Archive;
import org.minutebook.search.QuerySyntaxException;
import org.minutebook.search.TimelineRequest;

/** The JSON API's handlers: each reads its parameters, asks the archive, and answers. */
final class ApiRoutes {
  private final Audience audience;
  private final ExportRoutes exports;

  ApiRoutes(Audience audience) {
    this.audience = audience;
    this.exports = new ExportRoutes(audience);
  }

  /** A page of results; with {@code format}, every result as a download. */
  void search(Context ctx) throws IOException, QuerySyntaxException {
    String format = ExportRoutes.format(ctx);
    if (!format.isEmpty()) {
      exports.search(ctx, format);
      return;
    }
    ctx.json(audience.archive(ctx).search(SearchParams.paged(ctx)));
  }

  void suggest(Context ctx) throws IOException {
    String prefix = Params.text(ctx, "prefix");
    ctx.json(Map.of("prefix", prefix, "suggestions", audience.archive(ctx).suggest(prefix)));
  }

  void themes(Context ctx) {
    ctx.json(audience.archive(ctx).themes().stream().map(ThemeView::of).toList());
  }

  /** A timeline; with {@code format}, as a download. */
  void timeline(Context ctx) throws IOException, QuerySyntaxException {
    Archive archive = audience.archive(ctx);
    String format = ExportRoutes.format(ctx);
    List<Theme> themes = new ArrayList<>();
    for (String id : Params.values(ctx, "theme")) {
      themes.add(
          archive
              .theme(id)
              .orElseThrow(
                  () ->
                      new BadRequest("unknown theme '" + id + "'; see /api/themes for the list")));
    }
    List<String> queries = Params.values(ctx, "q");
    String interval = Params.text(ctx, "interval");
    String split = Params.text(ctx, "split");
    int entries = Params.integer(ctx, "entries", TimelineRequest.DEFAULT_ENTRIES);
    TimelineRequest request =
        Params.checked(
            () ->
                new TimelineRequest(
                    themes,
                    queries,
                    Params.filters(ctx),
                    interval.isBlank()
                        ? TimelineRequest.Interval.YEAR
                        : TimelineRequest.Interval.fromLabel(interval),
                    entries,
                    split.isBlank()
                        ? Optional.empty()
                        : Optional.of(TimelineRequest.Split.fromLabel(split))));
    if (format.isEmpty()) {
      ctx.json(archive.timeline(request));
    } else {
      ExportRoutes.timeline(ctx, archive.timeline(request), format);
    }
  }

  void document(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!ItemIds.wellFormed(id)) {
      throw new NotFoundResponse(ItemIds.unknown(id));
    }
    ctx.json(
        audience
            .archive(ctx)
            .document(id)
            .orElseThrow(() -> new NotFoundResponse(ItemIds.unknown(id))));
  }

  void coverage(Context ctx) throws IOException {
    ctx.json(audience.archive(ctx).coverage());
  }

  void health(Context ctx) throws IOException {
    ctx.json(Map.of("status", "ok", "items", audience.archive(ctx).size()));
  }
}
