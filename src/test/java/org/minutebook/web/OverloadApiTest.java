package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.bench.SyntheticArchive;
import org.minutebook.config.ServerSettings;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.search.Archive;

/**
 * Overload protection in the real app: a generated archive, a real index, and a request made slow
 * the honest way (exporting every item that matches a common phrase, with snippets), against the
 * app with a tiny limit and with the default limits.
 */
class OverloadApiTest {
  /** Enough items that one export takes a good while longer than a refusal. */
  private static final int ITEMS = 2_000;

  /**
   * Every item that mentions a report (more than half of them), as CSV with a snippet each: about a
   * second here, against tens of milliseconds for a refusal.
   */
  private static final String HEAVY = "/api/search?q=report&format=csv";

  /** A search as the page asks it: the first ten matches with facets and snippets. */
  private static final String PAGE = "/api/search?q=agency+social+workers";

  @TempDir static Path temp;
  static Archive archive;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = temp.resolve("archive");
    SyntheticArchive.write(corpus, ITEMS, 7, EnumSet.of(SyntheticArchive.Format.TXT));
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults().inProcess(), IngestListener.NONE);
    archive = Archive.forCorpus(corpus, index);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void aFloodBeyondATinyLimitIsRefusedFastAndTheRestServed() {
    Javalin app =
        WebApp.create(
                Audience.publicOnly(archive),
                new ServerSettings.Admission(1, 1, Duration.ofSeconds(60)))
            .start("127.0.0.1", 0);
    try {
      Burst.Answer alone = Burst.send(app.port(), HEAVY, 1).getFirst();
      assertEquals(200, alone.status(), alone.body());

      List<Burst.Answer> answers = Burst.send(app.port(), HEAVY, 16);

      List<Burst.Answer> served = Burst.withStatus(answers, 200);
      List<Burst.Answer> refused = Burst.withStatus(answers, 503);
      assertEquals(answers.size(), served.size() + refused.size(), "only 200 or 503: " + answers);
      // One runs and one may wait its turn. May: the request before has had its whole answer, but
      // the server can still be finishing it (its place is given back on completion), in which
      // case the burst's first request takes the queue's one place and waits for that.
      assertTrue(served.size() >= 1, "served " + answers);
      assertTrue(refused.size() >= 8, "refused " + answers);
      assertTrue(
          Burst.slowest(refused) < Burst.fastest(served),
          "refusals " + refused + " against served " + served);
      assertTrue(
          Burst.median(refused) * 4 < Burst.fastest(served),
          "refusals " + refused + " against served " + served);
      refused.forEach(r -> assertEquals("1", r.retryAfter(), r.toString()));
      served.forEach(s -> assertEquals(alone.body(), s.body()));
      // Afterwards the server answers as before, and its health was never in question.
      assertEquals(alone.body(), Burst.send(app.port(), HEAVY, 1).getFirst().body());
      assertEquals(200, Burst.send(app.port(), "/api/health", 1).getFirst().status());
    } finally {
      app.stop();
    }
  }

  @Test
  void theDefaultsQueueABurstOfFiftyAndServeEveryOne() {
    Javalin app = WebApp.create(archive).start("127.0.0.1", 0);
    try {
      List<Burst.Answer> answers = Burst.send(app.port(), PAGE, 50);

      assertEquals(List.of(), Burst.only(answers, a -> a.status() != 200), "errors");
    } finally {
      app.stop();
    }
  }
}
