package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/**
 * Worker JVMs that hang, crash or run out of memory cost one file each: the run goes on, the other
 * files are indexed, and the pool replaces the workers it lost.
 */
class IsolatedExtractorTest {
  private static final List<String> FAULTS =
      List.of("-D" + ExtractWorker.FAULTS_PROPERTY + "=true");

  /** Small heap so that the OOM fault is quick; short limit so that the hang is. */
  private static final IngestOptions OPTIONS =
      new IngestOptions(
          2,
          Duration.ofSeconds(5),
          IngestOptions.DEFAULT_MAX_CHARS,
          IngestOptions.DEFAULT_MAX_BYTES,
          true,
          false,
          128);

  @TempDir Path temp;

  @Test
  void aHangACrashAndAnOutOfMemoryEachEndOneFileAndTheRunGoesOn() throws Exception {
    Path corpus = temp.resolve("corpus");
    write(corpus.resolve("a__hang__.txt"), "Minutes that hang the parser.");
    write(corpus.resolve("b__crash__.txt"), "Minutes that crash the parser.");
    write(corpus.resolve("c__oom__.txt"), "Minutes that exhaust the heap.");
    write(corpus.resolve("d__exit__.txt"), "Minutes whose parser calls System.exit.");
    for (int i = 1; i <= 6; i++) {
      write(corpus.resolve("minutes-" + i + ".txt"), "Planning Committee minutes number " + i);
    }
    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    IngestReport report =
        new Ingester(OPTIONS, () -> new IsolatedExtractor(OPTIONS, FAULTS))
            .run(corpus, items::add, IngestListener.NONE);

    Map<String, FileOutcome> outcomes =
        report.files().stream().collect(Collectors.toMap(FileOutcome::source, f -> f));
    assertOutcome(outcomes, "a__hang__.txt", IngestStatus.TIMED_OUT, "longer than 5 s");
    assertOutcome(outcomes, "b__crash__.txt", IngestStatus.CORRUPT, "the parser crashed");
    assertOutcome(outcomes, "c__oom__.txt", IngestStatus.TOO_LARGE, "ran out of memory");
    assertOutcome(outcomes, "c__oom__.txt", IngestStatus.TOO_LARGE, "limit 128 MB");
    assertOutcome(outcomes, "d__exit__.txt", IngestStatus.CORRUPT, "status 0");
    for (int i = 1; i <= 6; i++) {
      assertOutcome(outcomes, "minutes-" + i + ".txt", IngestStatus.INDEXED, "");
    }
    assertEquals(6, items.size());
    assertTrue(items.stream().allMatch(item -> item.body().startsWith("Planning Committee")));
  }

  @Test
  void oneWorkerIsReplacedAfterEachDeathAndClosingStopsThemAll() throws Exception {
    Path good = write(temp.resolve("good.txt"), "Minutes of the Cabinet");
    Path crash = write(temp.resolve("x__crash__.txt"), "Minutes");
    List<Long> seen = new ArrayList<>();
    IsolatedExtractor pool = new IsolatedExtractor(OPTIONS.withThreads(1), FAULTS);
    try {
      assertEquals("Minutes of the Cabinet", pool.extract(good).text().strip());
      for (int round = 0; round < 2; round++) {
        List<Long> before = pool.workerPids();
        assertEquals(1, before.size());
        seen.addAll(before);
        ExtractionException e = assertThrows(ExtractionException.class, () -> pool.extract(crash));
        assertEquals(IngestStatus.CORRUPT, e.status());
        assertEquals("Minutes of the Cabinet", pool.extract(good).text().strip());
        List<Long> after = pool.workerPids();
        assertEquals(1, after.size());
        assertNotEquals(before, after, "the crashed worker was replaced");
        seen.addAll(after);
      }
    } finally {
      pool.close();
    }
    for (long pid : seen) {
      assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid);
    }
    assertThrows(IOException.class, () -> pool.extract(good));
  }

  @Test
  void workersThatCannotStartFailTheRunWithTheReason() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> new IsolatedExtractor(OPTIONS, List.of("-XX:+NoSuchOptionForTheTest")));
    assertTrue(e.getMessage().startsWith("the parser worker exited on start"), e.getMessage());
    assertTrue(e.getMessage().contains("NoSuchOptionForTheTest"), e.getMessage());
  }

  @Test
  void workersAndThisJvmGiveTheSameItems() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    IngestOptions options = IngestOptions.defaults();
    Map<String, String> isolated = texts(new Ingester(options), corpus);
    Map<String, String> inProcess = texts(new Ingester(options.inProcess()), corpus);
    assertEquals(5, isolated.size());
    assertEquals(inProcess, isolated);
  }

  private static Map<String, String> texts(Ingester ingester, Path corpus) throws IOException {
    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    ingester.run(corpus, items::add, IngestListener.NONE);
    return items.stream().collect(Collectors.toMap(AgendaItem::id, AgendaItem::body));
  }

  private static void assertOutcome(
      Map<String, FileOutcome> outcomes, String source, IngestStatus status, String reason) {
    FileOutcome outcome = outcomes.get(source);
    assertEquals(status, outcome.status(), source + ": " + outcome);
    assertTrue(outcome.reason().contains(reason), source + ": " + outcome.reason());
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
