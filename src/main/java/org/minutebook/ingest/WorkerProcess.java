package org.minutebook.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.minutebook.ingest.WorkerProtocol.Reply;
import org.minutebook.ingest.WorkerProtocol.Request;
import org.minutebook.model.IngestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running {@link ExtractWorker} JVM, seen from the parent: sends a request, waits for the reply
 * with a time limit, and when the worker hangs or dies, says so as the file's outcome. Every read
 * from the worker has a deadline, so a dead or stuck worker never blocks the parent. Used by one
 * thread at a time.
 */
final class WorkerProcess implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);

  /** The status a JVM exits with under {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  private static final int STDERR_LINES_KEPT = 50;
  private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

  private final Process process;
  private final Writer requests;
  private final int heapMb;

  /** The worker's stdout lines; an empty value marks its end. */
  private final BlockingQueue<Optional<String>> replies = new LinkedBlockingQueue<>();

  /** The worker's stderr since the current request was sent (or since it started). */
  private final ArrayDeque<String> stderrTail = new ArrayDeque<>();

  private final Thread stderrDrain;

  private WorkerProcess(Process process, int heapMb) {
    this.process = process;
    this.heapMb = heapMb;
    this.requests =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    String name = "minutebook-worker-" + process.pid();
    daemon(name + "-out", () -> readLines(process.getInputStream(), l -> replies.add(l)));
    this.stderrDrain = daemon(name + "-err", () -> readLines(process.getErrorStream(), this::err));
  }

  /**
   * Starts a worker and waits until it is ready for requests.
   *
   * @throws IOException when the JVM cannot be started or does not become ready in time
   */
  static WorkerProcess start(List<String> command, int heapMb, Duration startup)
      throws IOException {
    WorkerProcess worker = new WorkerProcess(new ProcessBuilder(command).start(), heapMb);
    try {
      Optional<Reply> ready = worker.nextReply(startup);
      if (ready.isPresent() && WorkerProtocol.READY.equals(ready.get().status())) {
        return worker;
      }
      worker.kill();
      throw new IOException(
          "the parser worker did not start"
              + (ready.isEmpty() ? " within " + startup.toSeconds() + " s" : "")
              + worker.stderrSummary());
    } catch (DiedException e) {
      throw new IOException(
          "the parser worker exited on start with status "
              + worker.awaitExit()
              + worker.stderrSummary());
    }
  }

  /** Extracts {@code file} in the worker, or reports how the worker failed on it. */
  Extracted extract(Path file, Duration timeout) throws ExtractionException, IOException {
    synchronized (stderrTail) {
      stderrTail.clear();
    }
    try {
      requests.write(WorkerProtocol.encode(new Request(file.toAbsolutePath().toString())));
      requests.write('\n');
      requests.flush();
      Optional<Reply> reply = nextReply(timeout);
      if (reply.isEmpty()) {
        kill();
        throw new ExtractionException(
            IngestStatus.TIMED_OUT,
            "parsing took longer than " + timeout.toSeconds() + " s; the parser was stopped",
            "");
      }
      return reply.get().toExtracted();
    } catch (DiedException e) {
      throw died();
    } catch (IOException e) {
      // Writing to a dead worker fails with a broken pipe: the worker died, the file did that.
      if (alive()) {
        throw e;
      }
      throw died();
    }
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Asks the worker to end (stdin closes), and stops it if it does not. */
  @Override
  public void close() {
    try {
      requests.close();
    } catch (IOException e) {
      // The worker is gone already: nothing to tell it.
    }
    try {
      if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      kill();
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the worker and whatever it started (Tesseract), at once. */
  void kill() {
    // Collected before the worker dies: its children are then re-parented and out of reach.
    List<ProcessHandle> children = process.descendants().toList();
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The next protocol line within {@code timeout}, or empty when none came in time.
   *
   * @throws DiedException when the worker's stdout ended
   */
  private Optional<Reply> nextReply(Duration timeout) throws DiedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> line;
      try {
        line = replies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
        throw new IOException("interrupted while waiting for the parser worker", e);
      }
      if (line == null) {
        return Optional.empty();
      }
      if (line.isEmpty()) {
        throw new DiedException();
      }
      if (line.get().startsWith("{")) {
        return Optional.of(parse(line.get()));
      }
      // Not ours: something wrote to the worker's stdout behind the protocol's back.
      LOG.debug("worker {} stdout: {}", process.pid(), line.get());
    }
  }

  private static Reply parse(String line) throws IOException {
    try {
      return WorkerProtocol.decode(line, Reply.class);
    } catch (JsonProcessingException e) {
      throw new IOException("the parser worker answered with malformed JSON", e);
    }
  }

  /** The outcome for a file whose worker ended under it. */
  private ExtractionException died() {
    int status = awaitExit();
    if (status == OUT_OF_MEMORY_EXIT || stderrMentions("OutOfMemoryError")) {
      return new ExtractionException(
          IngestStatus.TOO_LARGE,
          "the parser ran out of memory (limit " + heapMb + " MB) and was stopped",
          "");
    }
    return new ExtractionException(
        IngestStatus.CORRUPT,
        "the parser crashed: its worker JVM exited with status " + status + stderrSummary(),
        "");
  }

  /** The worker's exit status once it has ended (stopping it if it lingers), or -1. */
  private int awaitExit() {
    try {
      if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
      }
      // The last lines of stderr (the JVM's own "Terminating due to ...") arrive at its end.
      stderrDrain.join(EXIT_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  private void err(Optional<String> line) {
    if (line.isEmpty()) {
      return;
    }
    LOG.debug("worker {}: {}", process.pid(), line.get());
    synchronized (stderrTail) {
      if (stderrTail.size() == STDERR_LINES_KEPT) {
        stderrTail.removeFirst();
      }
      stderrTail.addLast(line.get());
    }
  }

  private boolean stderrMentions(String text) {
    synchronized (stderrTail) {
      return stderrTail.stream().anyMatch(l -> l.contains(text));
    }
  }

  /**
   * The first telling line the worker wrote on stderr for this request, if any, for a reason: the
   * start of an exception or of the JVM's fatal error report, not its stack frames.
   */
  private String stderrSummary() {
    synchronized (stderrTail) {
      return stderrTail.stream()
          .map(l -> l.replaceFirst("^[#\\s]+", "").strip())
          .filter(l -> !l.isEmpty() && !l.startsWith("at ") && !l.startsWith("..."))
          .findFirst()
          .map(l -> " (" + TikaExtractor.oneLine(l) + ")")
          .orElse("");
    }
  }

  private static void readLines(InputStream stream, Consumer<Optional<String>> sink) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        sink.accept(Optional.of(line));
      }
    } catch (IOException e) {
      // The stream broke because the worker died: the end marker below says so.
    }
    sink.accept(Optional.empty());
  }

  private static Thread daemon(String name, Runnable task) {
    return Thread.ofPlatform().name(name).daemon(true).start(task);
  }

  /** The worker's stdout ended: it exited or was killed. */
  private static final class DiedException extends Exception {
    private static final long serialVersionUID = 1L;
  }
}
