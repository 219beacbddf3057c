package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.minutebook.bench.LoadBench;
import org.minutebook.bench.LoadReport;
import org.minutebook.bench.LoadTest;
import org.minutebook.bench.ServerProcess;
import org.minutebook.config.Paths;
import org.minutebook.config.ServerSettings;
import picocli.CommandLine;

/**
 * {@code minutebook bench --load}: the server started as a user starts it, in a child JVM on an
 * up-to-date index, then a bounded load of closed-loop clients on loopback for a fixed time.
 */
final class LoadRun {
  /** The synthetic archive's size when {@code --items} is not given: the benchmark's largest. */
  static final int DEFAULT_ITEMS = 100_000;

  /** The server's heap, as the benchmark gives it. */
  private static final String HEAP = "1g";

  /** The limit on connecting and on each answer: far beyond any wait the server allows. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A cold start on a large index, with the class-data archive written the first time. */
  private static final Duration START = Duration.ofMinutes(5);

  /** What is served: its folders and how the report names it. */
  private record Target(Paths paths, String description, String option) {}

  private LoadRun() {}

  /** Runs the load test as {@code command} says; status 1 when any request was not a 200. */
  static int run(
      BenchCommand command, CommandLine.ParseResult parsed, PrintWriter out, PrintWriter err)
      throws Exception {
    if (command.clients < 1 || command.duration.isZero() || command.duration.isNegative()) {
      throw new IllegalArgumentException("--load needs --clients 1 or more and a --duration");
    }
    Target target = target(command, parsed, out);
    Indexing.ensureFresh(target.paths(), out, err);
    List<LoadTest.Request> mix = LoadBench.mix(target.paths().corpus());
    out.printf(Locale.ROOT, "Starting the server on %s%n", target.description());
    out.flush();
    try (ServerProcess server =
        ServerProcess.start(
            target.paths().corpus(),
            target.paths().index(),
            0,
            HEAP,
            mix.getFirst().path(),
            START)) {
      return measure(server, mix, command, target, out, err);
    }
  }

  /** The load itself against a started server, then the figures printed and written. */
  private static int measure(
      ServerProcess server,
      List<LoadTest.Request> mix,
      BenchCommand command,
      Target target,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    out.printf(
        Locale.ROOT,
        "First answer after %.1f s. %d clients for %s after %s of warm-up, at %s%n",
        server.firstAnswer().toMillis() / 1000.0,
        command.clients,
        DurationConverter.format(command.duration),
        DurationConverter.format(command.warmupTime),
        server.base());
    out.flush();
    LoadTest.Result result =
        LoadTest.run(
            server.base(), mix, command.clients, command.warmupTime, command.duration, TIMEOUT);
    String markdown = LoadReport.markdown(result, setup(command, target, heap(server, err)));
    out.println();
    out.println(markdown);
    out.flush();
    if (command.results != null) {
      write(command.results, markdown);
    }
    if (result.errors() > 0) {
      err.printf(
          Locale.ROOT,
          "minutebook: %,d of %,d requests were not answered with 200 (%s)%n",
          result.errors(),
          result.requests(),
          LoadReport.failures(result.failures()));
      return 1;
    }
    return 0;
  }

  /** The archive and index to serve: those given, or the synthetic archive of {@code --items}. */
  private static Target target(
      BenchCommand command, CommandLine.ParseResult parsed, PrintWriter out) throws IOException {
    if (parsed.hasMatchedOption("--corpus") || parsed.hasMatchedOption("--index")) {
      Paths paths = command.corpus.paths();
      return new Target(paths, "the corpus " + paths.corpus(), " --corpus " + paths.corpus());
    }
    int items = DEFAULT_ITEMS;
    if (parsed.hasMatchedOption("--items")) {
      if (command.items.size() != 1) {
        throw new IllegalArgumentException("--load runs on one archive: give one --items size");
      }
      items = command.items.getFirst();
    }
    Path work =
        (command.work != null
                ? command.work
                : Path.of(System.getProperty("java.io.tmpdir"), "minutebook-bench"))
            .toAbsolutePath()
            .normalize();
    Path corpus = LoadBench.archive(work, items, out);
    return new Target(
        new Paths(corpus, LoadBench.index(work, items)),
        String.format(Locale.ROOT, "the %,d-item synthetic archive (%s)", items, corpus),
        " --items " + items);
  }

  private static LoadReport.Setup setup(BenchCommand command, Target target, String heap) {
    // The child runs on this machine, so its defaults are the ones computed here.
    ServerSettings.Admission limits = ServerSettings.Admission.defaults();
    String line =
        "./minutebook bench --load"
            + target.option()
            + " --clients "
            + command.clients
            + " --duration "
            + DurationConverter.format(command.duration);
    String server =
        String.format(
            Locale.ROOT,
            "ran `serve` in a child JVM (-Xmx%s) with the default overload limits (%d active, %d"
                + " queued, %s wait); %s",
            HEAP,
            limits.maxActive(),
            limits.maxQueued(),
            DurationConverter.format(limits.maxWait()),
            heap);
    return new LoadReport.Setup(
        machine(), line, target.description(), server, command.warmupTime.toMillis() / 1000.0);
  }

  /** The server's heap in use after the load and a full collection, when jcmd can tell. */
  private static String heap(ServerProcess server, PrintWriter err) {
    try {
      return String.format(
          Locale.ROOT,
          "heap in use after the run and a full collection %.0f MiB",
          server.heapUsedAfterGc() / 1048576.0);
    } catch (IOException e) {
      err.println("minutebook: the server's heap was not measured: " + e.getMessage());
      return "heap not measured";
    }
  }

  /** The date, processor, cores and JDK: what the figures depend on besides the code. */
  private static String machine() {
    String cpu = System.getProperty("os.arch");
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
              .filter(line -> line.startsWith("model name"))
              .map(line -> line.substring(line.indexOf(':') + 1).trim())
              .findFirst()
              .orElse(cpu);
    } catch (IOException e) {
      // Not Linux, or not readable: the architecture will do.
    }
    return String.format(
        Locale.ROOT,
        "%s, %s, %d cores, %s %s",
        LocalDate.now(ZoneOffset.UTC),
        cpu,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        Runtime.version());
  }

  /** Puts {@code markdown} into {@code file} in the load test's marked block. */
  static void write(Path file, String markdown) throws IOException {
    String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    Files.writeString(file, LoadReport.replaceBlock(text, markdown), StandardCharsets.UTF_8);
  }
}
