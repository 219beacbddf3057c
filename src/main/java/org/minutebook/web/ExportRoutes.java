package org.minutebook.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.minutebook.export.SearchTable;
import org.minutebook.export.TimelineTable;
import org.minutebook.model.SearchExport;
import org.minutebook.model.Timeline;
import org.minutebook.search.QuerySyntaxException;

/**
 * Downloads of a search (every match, not a page) and of a timeline, as CSV or JSON: what {@code
 * format=csv|json} asks of {@code /api/search} and {@code /api/timeline}.
 */
final class ExportRoutes {
  /** Says whether a search export stopped at {@link SearchExport#MAX_ITEMS}. */
  static final String TRUNCATED_HEADER = "X-Minutebook-Truncated";

  static final String CSV = "text/csv; charset=utf-8";

  private final Audience audience;

  ExportRoutes(Audience audience) {
    this.audience = audience;
  }

  /**
   * The download {@code ctx} asks for with {@code format}: "" when none (the usual JSON answer),
   * else "csv" or "json"; anything else is a bad request.
   */
  static String format(Context ctx) {
    String format = Params.text(ctx, "format").strip().toLowerCase(Locale.ROOT);
    return switch (format) {
      case "", "csv", "json" -> format;
      default -> throw new BadRequest("format must be csv or json (was '" + format + "')");
    };
  }

  /** Every item the search matches, in its order, as {@code format} ("csv" or "json"). */
  void search(Context ctx, String format) throws IOException, QuerySyntaxException {
    SearchExport export =
        audience.archive(ctx).export(SearchParams.unpaged(ctx), SearchExport.MAX_ITEMS);
    ctx.header(TRUNCATED_HEADER, Boolean.toString(export.truncated()));
    if (format.equals("csv")) {
      csv(ctx, "search", SearchTable.write(export.hits(), BaseUrl.of(ctx), export.query()));
    } else {
      json(ctx, "search", export);
    }
  }

  /** The timeline as {@code format}: its JSON body, or a row per series and period. */
  static void timeline(Context ctx, Timeline timeline, String format) {
    if (format.equals("csv")) {
      csv(ctx, "timeline", TimelineTable.write(timeline));
    } else {
      json(ctx, "timeline", timeline);
    }
  }

  /** {@code body} as the CSV download {@code minutebook-<name>.csv}. */
  static void csv(Context ctx, String name, String body) {
    attachment(ctx, "minutebook-" + name + ".csv");
    ctx.contentType(CSV).result(body);
  }

  /** {@code body} as the JSON download {@code minutebook-<name>.json}. */
  static void json(Context ctx, String name, Object body) {
    attachment(ctx, "minutebook-" + name + ".json");
    ctx.json(body);
  }

  private static void attachment(Context ctx, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
