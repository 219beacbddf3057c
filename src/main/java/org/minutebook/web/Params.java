package org.minutebook.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.minutebook.model.Filters;
import org.minutebook.search.QueryLimits;

/**
 * Reads and checks query parameters; anything wrong becomes a {@link BadRequest}. No value may be
 * longer than a query ({@link QueryLimits#maxLength}), and one request names at most {@link
 * QueryLimits#maxFilterValues} filter values.
 */
final class Params {
  private Params() {}

  /** Runs {@code build}, turning the model's own validation errors into a 400. */
  static <T> T checked(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
  }

  /** The limits every request is held to. */
  static final QueryLimits LIMITS = QueryLimits.DEFAULTS;

  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    checked(() -> checkLength(name, value));
    return value == null ? "" : value;
  }

  private static String checkLength(String name, String value) {
    if (name.equals("q")) {
      // Said as the query language says it, whichever endpoint reads the query.
      LIMITS.checkLength("the query", value);
    } else {
      LIMITS.checkLength(name, value);
    }
    return value;
  }

  static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequest(name + " must be a whole number (was '" + value + "')");
    }
  }

  /** An on/off parameter: on, true, yes, 1 or off, false, no, 0; absent means {@code fallback}. */
  static boolean flag(Context ctx, String name, boolean fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes", "1" -> true;
      case "off", "false", "no", "0" -> false;
      default -> throw new BadRequest(name + " must be on or off (was '" + value + "')");
    };
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      throw new BadRequest(name + " must be a date as YYYY-MM-DD (was '" + value + "')");
    }
  }

  /** Every non-blank value of a repeatable parameter. */
  static List<String> values(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    values.forEach(v -> checked(() -> checkLength(name, v)));
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  /** The filters every list endpoint accepts. */
  static Filters filters(Context ctx) {
    Optional<LocalDate> from = date(ctx, "from");
    Optional<LocalDate> to = date(ctx, "to");
    Filters filters =
        checked(
            () ->
                new Filters(
                    values(ctx, "committee"),
                    values(ctx, "council"),
                    values(ctx, "theme"),
                    values(ctx, "type"),
                    values(ctx, "year"),
                    from,
                    to,
                    values(ctx, "section"),
                    values(ctx, "record")));
    int named =
        filters.committees().size()
            + filters.councils().size()
            + filters.themes().size()
            + filters.types().size()
            + filters.years().size()
            + filters.sections().size()
            + filters.records().size();
    checked(
        () -> {
          LIMITS.checkFilterValues(named);
          return filters;
        });
    return filters;
  }
}
