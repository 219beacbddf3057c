package org.minutebook.web.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;
import org.minutebook.web.WebApp;

/**
 * The real server the browser talks to: the bundled sample corpus indexed into a temporary folder,
 * served by {@link WebApp} on a free port. One is started for the whole run (indexing takes
 * seconds) and stopped when the run ends.
 */
public final class SampleSite implements AutoCloseable {
  private final Path folder;
  private final Archive archive;
  private final Javalin app;

  private SampleSite(Path folder, Archive archive, Javalin app) {
    this.folder = folder;
    this.archive = archive;
    this.app = app;
  }

  /** Indexes the sample corpus and starts the server. */
  public static SampleSite start() {
    try {
      Path folder = Files.createTempDirectory("minutebook-browser-");
      Archive archive = TestCorpus.sample(folder.resolve("index"));
      Javalin app = WebApp.create(archive).start("127.0.0.1", 0);
      return new SampleSite(folder, archive, app);
    } catch (IOException e) {
      throw new UncheckedIOException("could not index the sample corpus", e);
    }
  }

  /** The absolute URL of a path such as {@code /?view=timeline}. */
  public String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  /** What the JSON API answers at {@code path}, which must be 200. */
  public JsonNode api(String path) {
    try {
      return TestHttp.getJson(app, path);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path, e);
    }
  }

  /** The first hit of a search; the sample corpus has some for every query the tests use. */
  public JsonNode firstHit(String query) {
    JsonNode hits = api("/api/search?q=" + query.replace(' ', '+')).get("hits");
    if (hits.isEmpty()) {
      throw new IllegalStateException("the sample corpus has no hit for " + query);
    }
    return hits.get(0);
  }

  /** The id of the first theme whose label mentions any of the words (case ignored). */
  public String themeId(String... words) {
    for (JsonNode theme : api("/api/themes")) {
      String label = theme.get("label").asText().toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (label.contains(word.toLowerCase(Locale.ROOT))) {
          return theme.get("id").asText();
        }
      }
    }
    throw new IllegalStateException("no theme mentions " + String.join(" or ", words));
  }

  @Override
  public void close() {
    app.stop();
    try {
      archive.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(folder);
    }
  }

  /** Deletes a temporary folder as far as it can: one left behind is harmless. */
  static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // Chromium may still be writing its profile as it exits.
    }
  }
}
