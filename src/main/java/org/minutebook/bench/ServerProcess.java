package org.minutebook.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  /** Named, not imported: the bench package sits below cli, which calls it. */
  private static final String MAIN = "org.minutebook.cli.Main";

  private final Process process;
  private final URI base;
  private final Path javaHome;
  private final Path log;
  private final Thread reaper;
  private Duration firstAnswer = Duration.ZERO;
  private boolean closed;

  private ServerProcess(Process process, URI base, Path javaHome, Path log) {
    this.process = process;
    this.base = base;
    this.javaHome = javaHome;
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
    Path javaBin = Path.of(ProcessHandle.current().info().command().orElse("java"));
    Path log = Files.createTempFile("minutebook-serve-", ".log");
    List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-Xmx" + maxHeap));
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
            Integer.toString(chosen),
            "--host",
            "127.0.0.1"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    URI base = URI.create("http://127.0.0.1:" + chosen + "/");
    HttpClient poller =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    HttpRequest first = HttpRequest.newBuilder(resolve(base, firstUrlPath)).GET().build();
    long started = System.nanoTime();
    ServerProcess server =
        new ServerProcess(builder.start(), base, javaBin.getParent().getParent(), log);
    try {
      server.awaitFirstAnswer(poller, first, started, timeout);
      return server;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    } finally {
      poller.close();
    }
  }

  /** Polls {@code first} every 20 ms until it answers 200, the child exits or time runs out. */
  private void awaitFirstAnswer(HttpClient poller, HttpRequest first, long started, Duration limit)
      throws IOException {
    long deadline = started + limit.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw failure("the server exited with status " + process.exitValue() + " before answering");
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw failure("the server did not answer " + first.uri() + " within " + limit);
      }
      int status = poll(poller, first, Duration.ofNanos(left));
      if (status == 200) {
        firstAnswer = Duration.ofNanos(System.nanoTime() - started);
        return;
      }
      if (status > 0) {
        throw failure(first.uri() + " answered HTTP " + status + " rather than 200");
      }
      sleep(POLL);
    }
  }

  /** The status of one try, or 0 when nothing is listening yet. */
  private static int poll(HttpClient poller, HttpRequest first, Duration left) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(first, (name, value) -> true).timeout(left).build();
    try {
      return poller.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      // Refused, reset or timed out: the server is not up yet; the caller's deadline decides.
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server", e);
    }
  }

  /** The address the server answers on, ending in "/". */
  public URI base() {
    return base;
  }

  /** The child's process id. */
  public long pid() {
    return process.pid();
  }

  /**
   * Wall time from just before the child was started to the first 200 of the first request: JVM
   * start, opening the index, Javalin's start and the first answer.
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
    Path jcmd = javaHome.resolve("bin").resolve(isWindows() ? "jcmd.exe" : "jcmd");
    if (!Files.isExecutable(jcmd)) {
      throw new IOException(
          "no jcmd at "
              + jcmd
              + ": measuring the server's heap needs a JDK, not a JRE (set JAVA_HOME to a JDK)");
    }
    jcmd(jcmd, "GC.run");
    return HeapInfo.usedBytes(jcmd(jcmd, "GC.heap_info"));
  }

  private String jcmd(Path jcmd, String what) throws IOException {
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("jcmd " + what + " did not finish in 30 s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running jcmd " + what, e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("jcmd " + pid() + " " + what + " failed:\n" + out);
    }
    return out;
  }

  /** Stops the server (and anything it started): a polite stop, then a forced one after 10 s. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    kill();
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
  private static List<String> launch() throws IOException {
    Path from;
    try {
      from =
          Path.of(ServerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IOException("cannot tell where Minutebook's classes were loaded from", e);
    }
    if (Files.isRegularFile(from)) {
      return List.of("-jar", from.toString());
    }
    return List.of("-cp", System.getProperty("java.class.path"), MAIN);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static URI resolve(URI base, String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private static void sleep(Duration pause) throws IOException {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server", e);
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }
}
