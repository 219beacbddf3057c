package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.index.CorpusStates.State;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.IngestReport;
import org.minutebook.search.Archive;
import org.minutebook.themes.ThemeCatalog;

/**
 * The real {@code index} command, in a JVM of its own, killed with SIGKILL at 20 seeded points of
 * three kinds of run: a first build from nothing, an update that adds files, and one that edits and
 * deletes files. Twelve kill points are drawn over the measured length of an unkilled run of the
 * same kind; eight are forced at its very end: near its measured end, just after its last file, and
 * the moment its commit starts writing segment files. After every kill the latest commit must be
 * whole (CheckIndex clean) and exactly the state before the run or exactly the state after it,
 * document for document; the index must open for search; the report beside it must not be torn; the
 * killed JVM's parser workers must die with it; and a new run must end with exactly what a clean
 * build of the corpus holds.
 */
class SigkillIndexTest {
  private static final long SEED = 20_261_123L;
  private static final int ITEMS = 500;
  private static final int KILLS = 20;

  /**
   * The options of the runs in this JVM (clean builds, runs after a kill): the killed command's,
   * but parsing here, where Tika is loaded once, rather than in new worker JVMs every run. The
   * extraction limits are the same, so each run takes the other's index as its own.
   */
  private static final IngestOptions IN_PROCESS = IngestOptions.defaults().inProcess();

  /** A progress line that says every file is done: what is left is the commit. */
  private static final String ALL_FILES_DONE = "\\s+(\\d+)/\\1 files.*";

  @TempDir Path temp;

  /** A kind of run: the state its index starts in (null: no index) and the corpus it indexes. */
  private enum Scenario {
    FIRST_BUILD(null, State.BASE),
    ADD_FILES(State.BASE, State.ADDED),
    EDIT_AND_DELETE(State.ADDED, State.CHANGED);

    final State from;
    final State to;

    Scenario(State from, State to) {
      this.from = from;
      this.to = to;
    }
  }

  /**
   * When a kill comes: at a time drawn over the run, near its end, once every file is done, or the
   * moment the commit starts writing (a new segment's {@code .si} file, or {@code
   * pending_segments_N}, appears in the index folder).
   */
  private enum Moment {
    DRAWN,
    NEAR_END,
    AFTER_LAST_FILE,
    AT_COMMIT;

    /** Twelve drawn kills in twenty; the rest at the end of the run, four of them at the commit. */
    static Moment of(int kill) {
      return switch (kill % 5) {
        case 3 -> kill % 10 == 3 ? NEAR_END : AFTER_LAST_FILE;
        case 4 -> AT_COMMIT;
        default -> DRAWN;
      };
    }
  }

  /** What one kill did and left. */
  private record Kill(
      int number,
      Scenario scenario,
      Moment moment,
      long delayMillis,
      String phase,
      int exit,
      String left,
      int workers,
      long workersGoneMillis,
      Duration length) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "kill %2d %-15s %-15s %5d ms  exit %3d  during %-24s left %-4s  %d workers gone in %d ms",
          number,
          scenario,
          moment,
          delayMillis,
          exit,
          phase,
          left,
          workers,
          workersGoneMillis);
    }
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void noKillLosesOrMixesACommit() throws Exception {
    CorpusStates states = CorpusStates.generate(temp.resolve("archive"), ITEMS, SEED);
    Path corpus = temp.resolve("minutes");
    Path index = temp.resolve("index");
    Map<State, IndexContents> clean = new EnumMap<>(State.class);
    Map<Scenario, Duration> lengths = new EnumMap<>(Scenario.class);
    for (Scenario scenario : Scenario.values()) {
      states.write(corpus, scenario.to);
      clean.put(scenario.to, cleanBuild(corpus, temp.resolve("clean-" + scenario.to)));
      lengths.put(scenario, unkilledRun(corpus, index));
      System.err.println("[minutebook] unkilled " + scenario + ": " + lengths.get(scenario));
      assertHolds(clean.get(scenario.to), IndexContents.of(index), scenario + ", not killed");
    }

    Random random = new Random(SEED);
    List<Kill> kills = new ArrayList<>();
    for (int i = 1; i <= KILLS; i++) {
      Scenario scenario = Scenario.values()[(i - 1) % Scenario.values().length];
      if (scenario.from == null) {
        deleteTree(index);
      }
      states.write(corpus, scenario.to);
      Moment moment = Moment.of(i);
      long delay = delay(moment, lengths.get(scenario), random);
      Kill kill = killOnce(i, scenario, moment, delay, corpus, index, clean);
      kills.add(kill);
      if (kill.exit() == 0) {
        // It ended before the kill: runs are faster now (the machine is shared), so the next
        // kills of this kind are drawn over this run's length.
        lengths.put(scenario, kill.length());
      }
      // Said as it goes, so that a test stopped by its time limit shows how far it got.
      System.err.println("[minutebook] " + kill);
      IngestReport next = IndexBuilder.build(corpus, index, IN_PROCESS, IngestListener.NONE);
      assertHolds(clean.get(scenario.to), IndexContents.of(index), kill + ", then run again");
      assertEquals(clean.get(scenario.to).items().size(), next.items(), kill.toString());
    }

    String log = String.join("\n", kills.stream().map(Kill::toString).toList());
    // Surefire keeps stderr in the report: the kills, where they landed and what they left.
    System.err.println(
        "[minutebook] SIGKILL test, unkilled runs "
            + lengths
            + ", workers gone at most "
            + kills.stream().mapToLong(Kill::workersGoneMillis).max().orElse(0)
            + " ms after their indexer\n"
            + log);
    long midRun = kills.stream().filter(k -> k.exit() == IndexerProcess.KILLED).count();
    assertTrue(midRun >= KILLS / 4, "too few kills landed before the run ended:\n" + log);
    assertTrue(
        kills.stream().anyMatch(k -> k.exit() == IndexerProcess.KILLED && k.left().equals("old")),
        "no kill interrupted a run part-way:\n" + log);
  }

  /** The contents of a clean build of {@code corpus} (in this JVM) into a new folder. */
  private static IndexContents cleanBuild(Path corpus, Path index) throws IOException {
    IndexBuilder.build(corpus, index, IN_PROCESS, IngestListener.NONE);
    return IndexContents.of(index);
  }

  /** Runs the command to its end; gives how long it took. */
  private static Duration unkilledRun(Path corpus, Path index) throws Exception {
    try (IndexerProcess run = IndexerProcess.start(corpus, index)) {
      assertEquals(0, run.await(Duration.ofMinutes(2)), run.output());
      return run.elapsed();
    }
  }

  private static long delay(Moment moment, Duration length, Random random) {
    double fraction =
        switch (moment) {
          case DRAWN -> random.nextDouble();
          case NEAR_END -> 0.85 + 0.2 * random.nextDouble();
          case AFTER_LAST_FILE -> 0.1 * random.nextDouble();
          case AT_COMMIT -> 0;
        };
    return Math.round(fraction * length.toMillis());
  }

  /** Starts a run, kills it as planned, and checks what it left. */
  private static Kill killOnce(
      int number,
      Scenario scenario,
      Moment moment,
      long delay,
      Path corpus,
      Path index,
      Map<State, IndexContents> clean)
      throws Exception {
    List<ProcessHandle> workers;
    String phase;
    int exit;
    Duration length;
    Set<String> before = files(index);
    try (IndexerProcess run = IndexerProcess.start(corpus, index)) {
      switch (moment) {
        case AFTER_LAST_FILE -> {
          run.awaitLine(line -> line.matches(ALL_FILES_DONE), Duration.ofMinutes(1));
          Thread.sleep(delay);
        }
        case AT_COMMIT -> awaitCommit(index, before, run);
        default -> run.endsWithin(Duration.ofMillis(delay));
      }
      workers = run.children();
      phase = phase(run.output());
      exit = run.kill();
      length = run.elapsed();
      if (exit != IndexerProcess.KILLED && exit != 0) {
        fail("the indexer failed by itself (exit " + exit + "):\n" + run.output());
      }
    }
    CompletableFuture<Long> workersGone = CompletableFuture.supplyAsync(() -> awaitEnd(workers));
    String left = checkLeft(scenario, corpus, index, clean);
    long gone = workersGone.join();
    Kill kill =
        new Kill(number, scenario, moment, delay, phase, exit, left, workers.size(), gone, length);
    assertTrue(gone >= 0, kill + ": a parser worker outlived its indexer by 15 s");
    return kill;
  }

  /**
   * Checks the index after a kill: the latest commit is whole and is exactly the state before or
   * after the run. Gives which ("old", "new", or "none" for a first build killed before its
   * commit).
   */
  private static String checkLeft(
      Scenario scenario, Path corpus, Path index, Map<State, IndexContents> clean)
      throws Exception {
    IndexContents left = IndexContents.of(index);
    if (left == null) {
      assertEquals(Scenario.FIRST_BUILD, scenario, "a commit was lost");
      // `serve` and `search` see no index and build one rather than open a partial one.
      assertFalse(IndexState.servable(index));
      return "none";
    }
    try (Directory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      assertTrue(check.checkIndex().clean, "the index is damaged");
    }
    try (Archive archive = Archive.open(index, ThemeCatalog.forCorpus(corpus))) {
      assertEquals(left.items().size(), archive.size(), "searchable items");
    }
    checkReport(index, scenario, clean);
    IndexContents before = scenario.from == null ? null : clean.get(scenario.from);
    if (left.equals(before)) {
      return "old";
    }
    assertHolds(clean.get(scenario.to), left, "neither the old commit nor the new one");
    return "new";
  }

  /** The report beside the index is whole: the last run's or the one before. */
  private static void checkReport(Path index, Scenario scenario, Map<State, IndexContents> clean)
      throws IOException {
    Path file = index.resolve(IndexBuilder.REPORT_FILE);
    if (!Files.exists(file)) {
      return;
    }
    IngestReport report = new ObjectMapper().readValue(file.toFile(), IngestReport.class);
    List<Integer> allowed = new ArrayList<>();
    allowed.add(clean.get(scenario.to).items().size());
    if (scenario.from != null) {
      allowed.add(clean.get(scenario.from).items().size());
    }
    assertTrue(allowed.contains(report.items()), "report of " + report.items() + " items");
  }

  /**
   * Waits until the run's commit starts writing: a segment's info file ({@code .si}, written when
   * the segment is flushed, and with a 128 MB buffer that is at the commit) or {@code
   * pending_segments_N} appears that was not there before. Gives up when the run ends.
   */
  private static void awaitCommit(Path index, Set<String> before, IndexerProcess run)
      throws IOException, InterruptedException {
    while (!run.endsWithin(Duration.ofMillis(2))) {
      for (String name : files(index)) {
        if ((name.endsWith(".si") || name.startsWith("pending_segments"))
            && !before.contains(name)) {
          return;
        }
      }
    }
  }

  /** The names of the files in {@code dir} now (none when it does not exist yet). */
  private static Set<String> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    } catch (NoSuchFileException e) {
      return Set.of();
    }
  }

  /**
   * How long the parser workers of a killed indexer took to end by themselves, in milliseconds; -1
   * when one was still alive 15 s after its indexer.
   */
  private static long awaitEnd(List<ProcessHandle> workers) {
    long started = System.nanoTime();
    long deadline = started + TimeUnit.SECONDS.toNanos(15);
    while (workers.stream().anyMatch(ProcessHandle::isAlive)) {
      if (System.nanoTime() > deadline) {
        return -1;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  /** Where the run was, from what it had printed. */
  private static String phase(String output) {
    List<String> lines = output.lines().toList();
    if (lines.stream().anyMatch(l -> l.startsWith("Indexed "))) {
      return "after the commit";
    }
    if (lines.stream().anyMatch(l -> l.matches(ALL_FILES_DONE))) {
      return "after the last file";
    }
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).matches("\\s+\\d+/\\d+ files.*")) {
        return "reading " + lines.get(i).strip().replaceFirst(" files.*", "");
      }
    }
    return lines.stream().anyMatch(l -> l.matches("Indexing \\d+ files"))
        ? "reading the first files"
        : "starting";
  }

  private static void assertHolds(IndexContents expected, IndexContents actual, String what) {
    if (!expected.equals(actual)) {
      fail(what + ": " + (actual == null ? "no commit" : actual.differenceFrom(expected)));
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
