package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.bench.SyntheticArchive.Format;
import org.minutebook.bench.SyntheticArchive.Summary;
import org.minutebook.index.IndexBuilder;
import org.minutebook.index.IndexState;
import org.minutebook.ingest.IngestOptions;

/** One small ingest benchmark: every figure present, and ingest and baselines agree on items. */
class IngestBenchTest {
  @Test
  void measuresATinyArchiveOfOneFormat(@TempDir Path temp) throws IOException {
    Summary archive =
        SyntheticArchive.write(temp.resolve("archive"), 200, 5, EnumSet.of(Format.HTML));
    StringWriter log = new StringWriter();

    IngestBench.Run run =
        IngestBench.measure(temp.resolve("archive"), temp.resolve("work"), 2, new PrintWriter(log));

    IngestBench.Figures f = run.figures();
    assertEquals(archive.totalFiles(), f.files());
    assertEquals(archive.bytes(), f.bytes());
    assertEquals(archive.items(), f.items());
    assertEquals(f.items(), run.items().size(), "the ingest and raw Lucene index the same items");
    assertTrue(run.items().stream().anyMatch(i -> !i.themes().isEmpty()), "items come tagged");
    assertTrue(f.oursMs() > 0 && f.rawLuceneMs() > 0 && f.tikaAloneMs() > 0, f.summary());
    assertTrue(f.reindexUnchangedMs() >= 0 && f.indexBytes() > 0, f.summary());
    assertTrue(f.itemsPerSecond() > 0 && f.megabytesPerSecond() > 0, f.summary());
    assertEquals((double) f.rawLuceneMs() / f.oursMs(), f.oursToRawLucene(), 1e-9);
    assertEquals((double) f.reindexUnchangedMs() / f.oursMs(), f.reindexShare(), 1e-9);
    assertTrue(log.toString().contains("raw Lucene"), log.toString());
    // The ingest's index is left in place, up to date, for query benchmarks.
    Path index = temp.resolve("work").resolve(IngestBench.INDEX);
    assertTrue(Files.isRegularFile(index.resolve(IndexBuilder.REPORT_FILE)));
    IndexState.Verdict verdict =
        IndexBuilder.check(temp.resolve("archive"), index, IngestOptions.defaults());
    assertTrue(verdict.fresh(), verdict.reason());
  }
}
