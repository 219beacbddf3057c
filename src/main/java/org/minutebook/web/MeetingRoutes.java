package org.minutebook.web;

import io.javalin.http.Context;
import java.io.IOException;
import org.minutebook.search.QuerySyntaxException;

/** The committee pages' data: the committees, and the meetings with their themes. */
final class MeetingRoutes {
  private final Audience audience;

  MeetingRoutes(Audience audience) {
    this.audience = audience;
  }

  /** {@code /api/meetings}: the meetings with an item matching the filters and {@code q}. */
  void meetings(Context ctx) throws IOException, QuerySyntaxException {
    ctx.json(
        audience
            .archive(ctx)
            .meetings(
                Params.text(ctx, "q"), Params.filters(ctx), Params.flag(ctx, "thesaurus", true)));
  }

  /** {@code /api/committees}: one row per council and committee. */
  void committees(Context ctx) throws IOException {
    ctx.json(audience.archive(ctx).committees());
  }
}
