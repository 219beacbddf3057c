package org.minutebook.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real {@code index} command in a JVM of its own, as a person runs {@code ./minutebook index}
 * beside a server: its output is collected as it comes, and it can be killed with SIGKILL at any
 * moment.
 */
public final class IndexerProcess implements AutoCloseable {
  /** The exit status of a JVM ended by SIGKILL: 128 + 9. */
  public static final int KILLED = 137;

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final CompletableFuture<Void> drained = new CompletableFuture<>();
  private final long started = System.nanoTime();

  /** When the JVM ended, by itself or killed; 0 while it runs. */
  private volatile long ended;

  private IndexerProcess(Process process) {
    this.process = process;
    process.onExit().thenRun(() -> ended = System.nanoTime());
    Thread.ofPlatform().daemon(true).name("indexer-output").start(this::drain);
  }

  /** Starts {@code minutebook index --corpus corpus --index index} in a new JVM. */
  public static IndexerProcess start(Path corpus, Path index) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            // The run is the same on one core with the client compiler, at half the CPU time: the
            // machines that run the tests are shared. One core means one parser worker.
            "-XX:ActiveProcessorCount=1",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "org.minutebook.cli.Main",
            "index",
            "--corpus",
            corpus.toString(),
            "--index",
            index.toString());
    return new IndexerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  private void drain() {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // The JVM was killed: its output ends here.
    } finally {
      synchronized (lines) {
        drained.complete(null);
        lines.notifyAll();
      }
    }
  }

  /** Waits until a line matches {@code wanted}; false when the output ended or time ran out. */
  public boolean awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lines) {
      int seen = 0;
      while (true) {
        for (; seen < lines.size(); seen++) {
          if (wanted.test(lines.get(seen))) {
            return true;
          }
        }
        long left = deadline - System.nanoTime();
        if (drained.isDone() || left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lines, left);
      }
    }
  }

  /** The JVMs this one started (its parser workers), as they are now. */
  public List<ProcessHandle> children() {
    return process.descendants().toList();
  }

  /** Sends SIGKILL and waits for the JVM to end; gives its exit status. */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the indexer did not die within 30 s of SIGKILL");
    }
    return process.exitValue();
  }

  /** Waits up to {@code timeout} for the run to end by itself; says whether it did. */
  public boolean endsWithin(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Waits for the run to end by itself; gives its exit status. */
  public int await(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("the indexer did not finish within " + timeout);
    }
    return process.exitValue();
  }

  /** How long since the JVM was started, or how long it ran once it has ended. */
  public Duration elapsed() {
    long end = ended;
    return Duration.ofNanos((end == 0 ? System.nanoTime() : end) - started);
  }

  /** Everything it printed so far. */
  public String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
