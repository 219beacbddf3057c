package org.minutebook.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Minutebook's server in a child JVM, started the way a user starts it ({@code serve}) on an
 * existing index, so that the benchmark measures the real process: its time to a first answer, its
 * heap, its HTTP stack. The child's output goes to a log file, whose tail every failure quotes.
 *
 * <p>The child gets {@code -Xmx} but no {@code -Xms}: the heap measured is what is <em>used</em>
 * after a full collection (the live set), which {@code -Xms} would not change, but an equal {@code
 * -Xms} would pin the committed heap at the maximum and make the server start unlike the one a user
 * runs (the launcher sets neither).
 */
public final class ServerProcess implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(20);
  private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(250);
  private static final int LOG_TAIL_BYTES = 4_000;

  /** The JDK this JVM runs on, whose java the child runs and whose jcmd measures it. */
  private static final String JAVA_HOME = System.getProperty("java.home");

  /** Named, not imported: the bench package sits below cli, which calls it. */
  private static final String MAIN = "org.minutebook.cli.Main";

  private final Process process;
  private final URI base;
  private final Path log;
  private final Thread reaper;
  private Duration listening = Duration.ZERO;
  private Duration firstAnswer = Duration.ZERO;
  private boolean closed;
  private boolean keepLog;

  private ServerProcess(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
    // A benchmark stopped with Ctrl+C must not leave a server running behind it.
    this.reaper = new Thread(this::kill, "minutebook-server-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /**
   * Starts {@code serve} on {@code index} (built from {@code corpus} by the same build) and waits
   * for the first HTTP 200 of {@code firstUrlPath}.
   *
   * @param port the port to listen on; 0 picks a free one
   * @param maxHeap the child's {@code -Xmx}, such as {@code "1g"}
   * @param firstUrlPath the request whose first 200 ends the start, such as {@code
   *     "/api/search?q=housing"}
   * @param timeout how long the start may take before the child is stopped
   * @throws IOException if the child cannot start, exits, or does not answer in time; the message
   *     ends with the tail of its log
   */
  public static ServerProcess start(
      Path corpus, Path index, int port, String maxHeap, String firstUrlPath, Duration timeout)
      throws IOException {
    int chosen = port == 0 ? freePort() : port;
    Path log = Files.createTempFile("minutebook-serve-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command(corpus, index, chosen, maxHeap))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    URI base = URI.create("http://127.0.0.1:" + chosen + "/");
    long started = System.nanoTime();
    ServerProcess server = new ServerProcess(builder.start(), base, log);
    try {
      server.awaitFirstAnswer(firstUrlPath, started, timeout);
      return server;
    } catch (IOException | RuntimeException e) {
      // The message names the log: it stays for whoever reads it.
      server.keepLog = true;
      server.close();
      throw e;
    }
  }

  /** The child's command line: this JVM's java, the heap limit, Main and {@code serve}. */
  private static List<String> command(Path corpus, Path index, int port, String maxHeap)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(JAVA_HOME + "/bin/java"));
    command.add("-Xmx" + maxHeap);
    // What the jar's manifest says for java -jar, said again for a run from classes (Lucene).
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(launch());
    command.addAll(
        List.of(
            "serve",
            "--corpus",
            corpus.toAbsolutePath().toString(),
            "--index",
            index.toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--host",
            "127.0.0.1",
            // The benchmark repeats each request: kept answers would time the cache, not the work.
            "--answer-cache",
            "0"));
    return command;
  }

  /**
   * Tries to connect every 20 ms until the port is open, then sends {@code path} and expects a 200.
   * The connect-only polls keep the first request single, so its cold time is all in it.
   */
  private void awaitFirstAnswer(String path, long started, Duration limit) throws IOException {
    long deadline = started + limit.toNanos();
    while (!accepts(deadline)) {
      if (!process.isAlive()) {
        throw failure("the server exited with status " + process.exitValue() + " before answering");
      }
      if (System.nanoTime() >= deadline) {
        throw failure("the server did not open port " + base.getPort() + " within " + limit);
      }
      sleep(POLL);
    }
    listening = Duration.ofNanos(System.nanoTime() - started);
    Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    int status;
    try (SocketExchange first = new SocketExchange(base, List.of(path), left)) {
      status = first.get(0);
    } catch (IOException e) {
      throw failure("the first request, " + path + ", failed: " + e);
    }
    if (status != 200) {
      throw failure(path + " answered HTTP " + status + " rather than 200");
    }
    firstAnswer = Duration.ofNanos(System.nanoTime() - started);
  }

  /** Whether the server's port takes a connection now. */
  private boolean accepts(long deadline) {
    long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(base.getHost(), base.getPort()),
          (int) Math.min(left, CONNECT_TIMEOUT.toMillis()));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The address the server answers on, ending in "/". */
  public URI base() {
    return base;
  }

  /**
   * Wall time from just before the child was started to its port taking connections: the JVM's
   * start, the index check, opening the index and Javalin's start, without the first request.
   */
  public Duration listening() {
    return listening;
  }

  /** The child's process id. */
  public long pid() {
    return process.pid();
  }

  /**
   * Wall time from just before the child was started to the last byte of the first 200 of the first
   * request: {@link #listening()} plus that first, cold, request.
   */
  public Duration firstAnswer() {
    return firstAnswer;
  }

  /** The child's output so far (stdout and stderr together). */
  public String log() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /**
   * Whether {@code serve} re-indexed before serving, which the benchmark's index should never need
   * (it would put indexing into {@link #firstAnswer()}).
   */
  public boolean reindexed() throws IOException {
    return log().lines().anyMatch(line -> line.startsWith("Indexing "));
  }

  /**
   * The bytes of heap the server uses after a full collection, from {@code jcmd <pid> GC.run} then
   * {@code jcmd <pid> GC.heap_info}, with the jcmd of the JDK the server runs on.
   *
   * @throws IOException if that JDK has no jcmd (a JRE), or jcmd fails or prints no heap size
   */
  public long heapUsedAfterGc() throws IOException {
    return HeapInfo.usedAfterGc(Path.of(JAVA_HOME), pid());
  }

  /**
   * Stops the server (and anything it started): a polite stop, then a forced one after 10 s. Its
   * log is deleted, except after a failed start, whose exception names it.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    kill();
    if (!keepLog) {
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        // A leftover temporary file is no reason to fail a benchmark that has its figures.
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook is running or has run.
    }
  }

  private void kill() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    // Parser workers (if serve had to index) must not outlive their parent.
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** An exception that says what went wrong and ends with the tail of the child's log. */
  private IOException failure(String what) {
    return new IOException(what + "; the end of its log (" + log + "):\n" + logTail());
  }

  private String logTail() {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long from = Math.max(0, file.length() - LOG_TAIL_BYTES);
      byte[] tail = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(tail);
      return new String(tail, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read the log: " + e.getMessage() + ")";
    }
  }

  /**
   * How to run Main, which ships beside this class: {@code -jar} on the shaded jar when this code
   * runs from it, else the classes with this JVM's classpath (tests, an IDE).
   */
  /** The launcher's class-data archive, beside the jar (see the minutebook script). */
  static final String CLASS_ARCHIVE = "minutebook.jsa";

  private static List<String> launch() throws IOException {
    Path from;
    try {
      from =
          Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IOException("cannot tell where Minutebook's classes were loaded from", e);
    }
    if (Files.isRegularFile(from)) {
      // As the launcher starts it: with the class-data archive beside the jar, made on first use.
      return List.of(
          "-XX:+AutoCreateSharedArchive",
          "-XX:SharedArchiveFile=" + from.resolveSibling(CLASS_ARCHIVE),
          "-jar",
          from.toString());
    }
    return List.of("-cp", System.getProperty("java.class.path"), MAIN);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(Duration pause) throws IOException {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server", e);
    }
  }
}
