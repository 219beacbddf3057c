package org.minutebook.web;

import io.javalin.http.Context;
import java.io.IOException;
import org.minutebook.export.SearchTable;
import org.minutebook.export.TimelineTable;
import org.minutebook.model.SearchExport;
import org.minutebook.model.Timeline;
import org.minutebook.search.Archive;
import org.minutebook.search.QuerySyntaxException;

/**
 * Downloads of a search (every match, not a page) and of a timeline, as CSV or JSON: what {@code
 * format=csv|json} asks of {@code /api/search} and {@code /api/timeline}.
 */
final class ExportRoutes {
  /** Says whether a search export stopped at {@link SearchExport#MAX_ITEMS}. */
  static final String TRUNCATED_HEADER = "X-Minutebook-Truncated";

  static final String CSV = "text/csv; charset=utf-8";

  private final Archive archive;

  ExportRoutes(Archive archive) {
    this.archive = archive;
  }

  /** Every item the search matches, in its order, as {@code format} ("csv" or "json"). */
  void search(Context ctx, String format) throws IOException, QuerySyntaxException {
    SearchExport export = archive.export(SearchParams.unpaged(ctx), SearchExport.MAX_ITEMS);
    ctx.header(TRUNCATED_HEADER, Boolean.toString(export.truncated()));
    if (format.equals("csv")) {
      String base = BaseUrl.of(ctx);
      attachment(ctx, "minutebook-search.csv");
      ctx.contentType(CSV).result(SearchTable.write(export.hits(), base, export.query()));
    } else {
      attachment(ctx, "minutebook-search.json");
      ctx.json(export);
    }
  }

  /** The timeline as {@code format}: its JSON body, or a row per series and period. */
  static void timeline(Context ctx, Timeline timeline, String format) {
    if (format.equals("csv")) {
      attachment(ctx, "minutebook-timeline.csv");
      ctx.contentType(CSV).result(TimelineTable.write(timeline));
    } else {
      attachment(ctx, "minutebook-timeline.json");
      ctx.json(timeline);
    }
  }

  private static void attachment(Context ctx, String name) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }
}
