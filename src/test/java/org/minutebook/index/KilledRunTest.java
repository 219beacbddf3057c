package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.IngestReport;
import org.minutebook.model.SearchRequest;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;

/**
 * An indexer killed part-way leaves the last commit searchable, and the next run finishes the job.
 */
class KilledRunTest {
  private static final int NEW_FILES = 400;

  @TempDir Path temp;

  @Test
  void aKilledRunLosesNothingAndTheNextRunCompletes() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    Files.createDirectories(corpus.resolve("bulk"));
    for (int i = 0; i < NEW_FILES; i++) {
      Files.writeString(
          corpus.resolve(String.format(Locale.ROOT, "bulk/minutes-%03d.txt", i)),
          "Minutes of item " + i + ". The committee discussed the allotments and the budget.",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE);
    }

    killPartWay(corpus, index);

    try (Directory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean, "the index is damaged");
    }
    assertEquals(5, items(corpus, index, ""), "the last commit is what is searchable");
    IngestReport next =
        IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    assertEquals(NEW_FILES, next.extracted());
    assertEquals(5 + NEW_FILES, next.items());
    assertEquals(NEW_FILES, items(corpus, index, "allotments"));
  }

  /** Runs the real command in another JVM and kills it (SIGKILL) once it has read some files. */
  private static void killPartWay(Path corpus, Path index) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.minutebook.cli.Main",
                    "index",
                    "--corpus",
                    corpus.toString(),
                    "--index",
                    index.toString()))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        // The first progress line ("  40/409 files") means files are being read and written.
        if (line.matches("\\s+\\d+/\\d+ files.*")) {
          process.destroyForcibly();
          break;
        }
      }
    }
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the indexer did not die");
  }

  private static long items(Path corpus, Path index, String query) throws Exception {
    try (Archive archive = Archive.open(index, ThemeCatalog.forCorpus(corpus))) {
      return archive.search(SearchRequest.of(query)).total();
    }
  }
}
