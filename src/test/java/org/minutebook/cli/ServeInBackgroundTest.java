package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.web.RequestLoop;
import picocli.CommandLine;

/**
 * {@code serve} on a stale index serves it at once and brings it up to date in the background,
 * switching when the new commit lands; a background run that fails leaves the old index served.
 */
class ServeInBackgroundTest {
  private static final int NEW_FILES = 300;
  private static final long BEFORE = 5;
  private static final long AFTER = BEFORE + NEW_FILES;

  @TempDir Path temp;
  Path corpus;
  Path index;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void staleIndex() throws Exception {
    corpus = TestCorpus.write(temp.resolve("corpus"));
    index = temp.resolve("index");
    assertEquals(
        0,
        CliTest.run("index", "--corpus", corpus.toString(), "--index", index.toString()).status());
    for (int i = 0; i < NEW_FILES; i++) {
      Path file = corpus.resolve(String.format(Locale.ROOT, "bulk/minutes-%03d.txt", i));
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          "Minutes of item " + i + ". The committee discussed allotments.",
          StandardCharsets.UTF_8);
    }
  }

  @AfterEach
  void stopServer() {
    ServeCommand.stopServing();
  }

  @Test
  void aStaleIndexIsServedAtOnceAndSwitchedWhenTheUpdateCommits() throws Exception {
    String url = serve();
    assertTrue(
        out.toString()
            .contains(
                "Serving the index as it is and bringing it up to date in the background, because"
                    + " the corpus has changed since it was indexed."),
        out.toString());
    try (RequestLoop requests = RequestLoop.start(url, 2)) {
      assertTrue(requests.awaitTotal(AFTER, Duration.ofMinutes(2)), out + "\n" + err);
      List<RequestLoop.Answer> answers = requests.stop();
      RequestLoop.assertOldOrNew(answers, BEFORE, AFTER);
      assertTrue(answers.stream().anyMatch(a -> a.total() == BEFORE), "old index never served");
    }
    awaitText(out::toString, "Index up to date: now serving 305 items.");
  }

  @Test
  void aBackgroundUpdateThatFailsLeavesTheOldIndexServed() throws Exception {
    // Another writer holds the index, as a second `index` run would.
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other =
            new IndexWriter(
                dir,
                new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setCommitOnClose(false))) {
      String url = serve();
      awaitText(err::toString, "indexing in the background failed (another run is indexing into");
      assertTrue(err.toString().contains("still serving the index as it was."), err.toString());
      try (RequestLoop requests = RequestLoop.start(url, 2)) {
        Thread.sleep(2_500);
        RequestLoop.assertOldOrNew(requests.stop(), BEFORE, BEFORE);
      }
    }
  }

  /** Runs {@code serve --port 0}; gives the address it says it serves at. */
  private String serve() {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status =
        cli.execute(
            "serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0");
    assertEquals(0, status, err.toString());
    Matcher served =
        Pattern.compile("serving " + BEFORE + " items at (http://localhost:\\d+/)")
            .matcher(out.toString());
    assertTrue(served.find(), out.toString());
    return served.group(1);
  }

  private static void awaitText(Supplier<String> text, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!text.get().contains(wanted) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(text.get().contains(wanted), text.get());
  }
}
