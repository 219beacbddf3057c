package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.index.IndexBuilder;
import org.minutebook.index.IndexerProcess;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.FileOutcome;
import org.minutebook.search.Archive;

/**
 * A real server over a real index keeps answering from the commit it serves while the index is
 * rebuilt under it: by another JVM's {@code index} run, picked up within seconds of its commit; and
 * by runs that fail or are killed, which leave it serving the old commit without an error.
 */
class ServingDuringReindexTest {
  private static final int NEW_FILES = 300;
  private static final long BEFORE = 5;
  private static final long AFTER = BEFORE + NEW_FILES;

  /** How often the server looks for a newer commit, as {@code serve} does. */
  private static final Duration REFRESH = Duration.ofSeconds(1);

  /** How soon after a commit the server must answer from it. */
  private static final Duration SWITCH = Duration.ofSeconds(5);

  @TempDir Path temp;
  Path corpus;
  Path index;
  Archive archive;
  Javalin app;

  @BeforeEach
  void serve() throws IOException {
    corpus = TestCorpus.write(temp.resolve("corpus"));
    index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    archive = Archive.forCorpus(corpus, index);
    archive.refreshEvery(REFRESH);
    app = WebApp.create(archive).start("127.0.0.1", 0);
    for (int i = 0; i < NEW_FILES; i++) {
      Path file = corpus.resolve(String.format(Locale.ROOT, "bulk/minutes-%03d.txt", i));
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          "Minutes of item " + i + ". The committee discussed the allotments and the budget.",
          StandardCharsets.UTF_8);
    }
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @Test
  void anotherProcessesRunIsServedOnceItCommits() throws Exception {
    // Worked out once per index version and kept: after the switch it must be worked out again.
    long meetings = TestHttp.getJson(app, "/api/meetings").get("total").asLong();
    try (RequestLoop requests = RequestLoop.start(baseUrl(), 2)) {
      try (IndexerProcess run = IndexerProcess.start(corpus, index)) {
        assertEquals(0, run.await(Duration.ofMinutes(2)), run.output());
      }
      assertTrue(requests.awaitTotal(AFTER, SWITCH), "the new commit was not served in time");
      List<RequestLoop.Answer> answers = requests.stop();
      RequestLoop.assertOldOrNew(answers, BEFORE, AFTER);
      assertTrue(answers.stream().anyMatch(a -> a.total() == BEFORE), "old index never served");
    }
    assertEquals(
        meetings + NEW_FILES, TestHttp.getJson(app, "/api/meetings").get("total").asLong());
  }

  @Test
  void aFailedOrKilledRunLeavesTheOldIndexServed() throws Exception {
    try (RequestLoop requests = RequestLoop.start(baseUrl(), 2)) {
      assertThrows(
          IOException.class,
          () -> IndexBuilder.build(corpus, index, IngestOptions.defaults(), failingAfter(100)));
      try (IndexerProcess run = IndexerProcess.start(corpus, index)) {
        assertTrue(
            run.awaitLine(l -> l.matches("\\s+\\d+/\\d+ files.*"), Duration.ofMinutes(1)),
            run.output());
        assertEquals(IndexerProcess.KILLED, run.kill());
      }
      // More than two checks for a newer commit: there is none to switch to.
      Thread.sleep(REFRESH.multipliedBy(5).toMillis() / 2);
      List<RequestLoop.Answer> answers = requests.stop();
      RequestLoop.assertOldOrNew(answers, BEFORE, BEFORE);
    }
    try (Directory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean, "the index is damaged");
    }

    // The next run that completes is served, with no help from the test.
    try (RequestLoop requests = RequestLoop.start(baseUrl(), 1)) {
      IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
      assertTrue(requests.awaitTotal(AFTER, SWITCH), "the new commit was not served in time");
      RequestLoop.assertOldOrNew(requests.stop(), BEFORE, AFTER);
    }
  }

  /** A listener that fails the run part-way, as a full disk or a bug in a sink would. */
  private static IngestListener failingAfter(int files) {
    AtomicInteger done = new AtomicInteger();
    return new IngestListener() {
      @Override
      public void fileDone(FileOutcome outcome) {
        if (done.incrementAndGet() == files) {
          throw new IllegalStateException("the disk is full (simulated)");
        }
      }
    };
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + app.port() + "/";
  }
}
