package org.minutebook.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Parses each file in a separate worker JVM ({@link ExtractWorker}), so that a file whose parser
 * hangs, runs out of memory or crashes ends with a status (timed out, too large, corrupt) and never
 * takes the run, or the server, with it. Workers are reused from file to file; one that is killed
 * or dies is replaced for the next file. There is one worker per thread that calls {@link #extract}
 * at the same time, so an ingest pool of n threads keeps n workers.
 *
 * <p>Each worker runs on this JVM's {@code java} and class path (the shaded jar, or Maven's test
 * class path) with a capped heap, exits on its first OutOfMemoryError, and is killed when one file
 * takes longer than the time limit.
 */
public final class IsolatedExtractor implements Extractor {
  /** How long a new worker may take to load Tika before the run gives up on workers. */
  private static final Duration STARTUP = Duration.ofSeconds(60);

  /** Parsers recurse deeply on nested content; a larger stack turns fewer files into crashes. */
  private static final String STACK = "-Xss4m";

  private final List<String> command;
  private final IngestOptions options;
  private final Deque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final Set<WorkerProcess> running = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** A pool for {@code options}, with one worker started at once to show that workers work. */
  public IsolatedExtractor(IngestOptions options) throws IOException {
    this(options, List.of());
  }

  /**
   * @param jvmArgs more options for the worker JVMs (tests switch on {@link
   *     ExtractWorker#FAULTS_PROPERTY} this way)
   * @throws IOException when a worker JVM cannot be started
   */
  public IsolatedExtractor(IngestOptions options, List<String> jvmArgs) throws IOException {
    this.options = options;
    this.command = command(options, jvmArgs);
    idle.add(startWorker());
  }

  @Override
  public Extracted extract(Path file) throws ExtractionException, IOException {
    if (closed) {
      throw new IOException("the extractor is closed");
    }
    WorkerProcess worker = idle.pollFirst();
    if (worker == null || !worker.alive()) {
      if (worker != null) {
        retire(worker);
      }
      worker = startWorker();
    }
    try {
      return worker.extract(file, options.timeout());
    } finally {
      if (worker.alive() && !closed) {
        idle.addFirst(worker);
      } else {
        retire(worker);
      }
    }
  }

  /** Stops every worker. */
  @Override
  public void close() {
    closed = true;
    List<WorkerProcess> all = new ArrayList<>(running);
    all.forEach(this::retire);
    idle.clear();
  }

  /** The process ids of the worker JVMs running now. */
  List<Long> workerPids() {
    return running.stream().filter(WorkerProcess::alive).map(WorkerProcess::pid).toList();
  }

  private WorkerProcess startWorker() throws IOException {
    WorkerProcess worker = WorkerProcess.start(command, options.workerHeapMb(), STARTUP);
    running.add(worker);
    if (closed) {
      retire(worker);
      throw new IOException("the extractor is closed");
    }
    return worker;
  }

  private void retire(WorkerProcess worker) {
    running.remove(worker);
    worker.close();
  }

  /** The command line of a worker JVM. */
  static List<String> command(IngestOptions options, List<String> jvmArgs) {
    List<String> command = new ArrayList<>();
    command.add(javaBinary().toString());
    command.add("-Xmx" + options.workerHeapMb() + "m");
    command.add(STACK);
    command.add("-XX:+ExitOnOutOfMemoryError");
    // The JVM's own messages ("Terminating due to java.lang.OutOfMemoryError") stay off stdout.
    command.add("-XX:+DisplayVMOutputToStderr");
    // One parse at a time in a small heap: the serial collector has the least overhead.
    command.add("-XX:+UseSerialGC");
    // Every worker compiles the parsers afresh: C2's compile time then costs more than its faster
    // code saves. Measured on 171 and 850 real files: C1 alone halves the workers' CPU time.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.awt.headless=true");
    command.addAll(forwardedProperties());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ExtractWorker.class.getName());
    command.add("--max-chars");
    command.add(Integer.toString(options.maxChars()));
    command.add("--max-bytes");
    command.add(Long.toString(options.maxBytes()));
    if (options.ocr()) {
      command.add("--ocr");
    }
    return command;
  }

  /** The {@code java} this JVM runs on. */
  static Path javaBinary() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    if (Files.isExecutable(java)) {
      return java;
    }
    return ProcessHandle.current().info().command().map(Path::of).orElse(java);
  }

  /**
   * This JVM's logging levels, locale, zone and temporary folder, so that a worker logs as quietly
   * and parses exactly as this JVM would; quiet defaults where none are set.
   */
  static List<String> forwardedProperties() {
    List<String> args = new ArrayList<>();
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("org.slf4j.simpleLogger.")
          || Set.of("user.language", "user.country", "user.timezone", "java.io.tmpdir")
              .contains(key)) {
        args.add("-D" + key + "=" + System.getProperty(key));
      }
    }
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      args.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
      for (String noisy : List.of("pdfbox", "fontbox", "poi", "tika")) {
        args.add("-Dorg.slf4j.simpleLogger.log.org.apache." + noisy + "=error");
      }
    }
    args.sort(null);
    return args;
  }
}
