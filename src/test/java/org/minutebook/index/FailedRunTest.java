package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;

/**
 * A run that fails part-way with an exception commits nothing: the last commit, and the report
 * beside it, stay exactly as they were, and the next run completes.
 */
class FailedRunTest {
  private static final int NEW_FILES = 60;

  @TempDir Path temp;

  @Test
  void aRunThatFailsPartWayCommitsNothing() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    IndexContents before = IndexContents.of(index);
    String report = Files.readString(index.resolve(IndexBuilder.REPORT_FILE));
    for (int i = 0; i < NEW_FILES; i++) {
      Path file = corpus.resolve(String.format(Locale.ROOT, "bulk/minutes-%02d.txt", i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Minutes of item " + i + ". Allotments.", StandardCharsets.UTF_8);
    }

    IOException failed =
        assertThrows(
            IOException.class,
            () -> IndexBuilder.build(corpus, index, IngestOptions.defaults(), failingAfter(30)));
    assertTrue(String.valueOf(failed.getMessage()).contains("simulated"), failed.toString());

    // Lucene's writer commits on close by default: the 30 files read must not have been.
    IndexContents after = IndexContents.of(index);
    if (!before.equals(after)) {
      fail("the failed run changed the index: " + after.differenceFrom(before));
    }
    assertEquals(report, Files.readString(index.resolve(IndexBuilder.REPORT_FILE)));
    IngestReport next =
        IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    assertEquals(before.items().size() + NEW_FILES, next.items());
    assertEquals(next.items(), IndexContents.of(index).items().size());
  }

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
}
