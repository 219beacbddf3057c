package org.minutebook.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import org.minutebook.config.ServerSettings;
import org.minutebook.search.Archive;
import org.minutebook.search.QuerySyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app around an archive. The app is returned unstarted so that the CLI can start
 * it on its port and tests on port 0.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** What a person who follows a broken link sees. */
  private static final String NOT_FOUND_PAGE =
      "<!DOCTYPE html><html lang=\"en\" class=\"govuk-template\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>Page not found – Minutebook</title>"
          + "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"
          + "<link rel=\"stylesheet\" href=\""
          + GovukStylesheet.PATH
          + "\"><link rel=\"stylesheet\" href=\"/style.css\"></head>"
          + "<body class=\"govuk-template__body\"><div class=\"govuk-width-container\">"
          + "<main class=\"govuk-main-wrapper\" id=\"main\"><h1 class=\"govuk-heading-l\">"
          + "Page not found</h1><p class=\"govuk-body\">There is no page at this address.</p>"
          + "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Search the minutes</a>"
          + "</p></main></div></body></html>";

  private WebApp() {}

  /** The app: JSON API under {@code /api}, the page at {@code /}; public only, default limits. */
  public static Javalin create(Archive archive) {
    return create(Audience.publicOnly(archive));
  }

  /** The app, answering each request from the archive {@code audience} chooses; default limits. */
  public static Javalin create(Audience audience) {
    return create(audience, ServerSettings.Admission.defaults());
  }

  /**
   * The app, answering each request from the archive {@code audience} chooses for it and refusing
   * API requests beyond {@code limits} (see {@link OverloadGuard}).
   */
  public static Javalin create(Audience audience, ServerSettings.Admission limits) {
    ApiRoutes api = new ApiRoutes(audience);
    RegisterRoutes registers = new RegisterRoutes(audience);
    FeedRoutes feeds = new FeedRoutes(audience);
    MeetingRoutes meetings = new MeetingRoutes(audience);
    OriginalRoutes originals = new OriginalRoutes(audience);
    String govukCss = GovukStylesheet.load();
    ObjectMapper mapper =
        new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .findAndRegisterModules();
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          SecurityHeaders.register(config);
          RequestGuards.register(config);
          OverloadGuard.register(config.jetty, limits);
          config.jsonMapper(new JavalinJackson(mapper, false));
          config.staticFiles.add(
              files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
              });
          // Front-end libraries packaged as webjars (the timeline's chart), at /webjars/...
          config.staticFiles.enableWebjars();
          config.routes.get(
              GovukStylesheet.PATH,
              ctx ->
                  ctx.contentType("text/css; charset=utf-8")
                      .header("Cache-Control", "public, max-age=3600")
                      .result(govukCss));
          config.routes.get("/api/search", api::search);
          config.routes.get("/api/themes", api::themes);
          config.routes.get("/api/timeline", api::timeline);
          config.routes.get("/api/documents/{id}", api::document);
          config.routes.get("/api/documents/{id}/original", originals::original);
          config.routes.get("/api/feed", feeds::feed);
          config.routes.get("/api/meetings", meetings::meetings);
          config.routes.get("/api/committees", meetings::committees);
          config.routes.get("/api/coverage", api::coverage);
          config.routes.get("/api/health", api::health);
          config.routes.get("/api/suggest", api::suggest);
          config.routes.get("/api/commitments", registers::commitments);
          config.routes.get("/api/decisions", registers::decisions);
          config.routes.get("/api/inspections", registers::inspections);
          config.routes.get("/api/entities", registers::entities);
          registerErrors(config.routes);
        });
  }

  /** The one place where exceptions become responses: 4xx with a message, 500 without details. */
  private static void registerErrors(io.javalin.config.RoutesConfig routes) {
    routes.exception(
        BadRequest.class,
        (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorBody(e.getMessage())));
    routes.exception(
        QuerySyntaxException.class,
        (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorBody(e.getMessage())));
    routes.exception(
        ValidationException.class,
        (e, ctx) ->
            ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorBody(e.getErrors().toString())));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> ctx.status(e.getStatus()).json(new ErrorBody(e.getMessage())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} failed", ctx.path(), e);
          ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
              .json(new ErrorBody("internal error; the server log has the details"));
        });
    routes.error(
        HttpStatus.NOT_FOUND.getCode(),
        ctx -> {
          if (ctx.path().startsWith("/api/")) {
            if (ctx.result() == null || !ctx.result().startsWith("{\"error\"")) {
              ctx.json(new ErrorBody("no such endpoint: " + ctx.path()));
            }
          } else {
            ctx.html(NOT_FOUND_PAGE);
          }
        });
  }
}
