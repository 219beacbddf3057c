package org.minutebook.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Sourced;

/**
 * Issue 8's Solr side: writes the items and query mix Minutebook is benchmarked on as files, and
 * runs Apache Solr 9 on them in a JVM of its own ({@code bench/solr}, a separate Maven project).
 * Solr 9 is built on Lucene 9, which cannot share a class path with Minutebook's Lucene 10, so
 * nothing of Solr is imported here and none of it reaches Minutebook's jar.
 */
public final class SolrSide {
  /** The runner's jar, relative to the project folder. */
  static final String JAR = "bench/solr/target/minutebook-solr-bench.jar";

  private static final String POM = "bench/solr/pom.xml";
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * One kind of query for Solr: a name and Solr's request parameters.
   *
   * @param kind the name its figures are reported under
   * @param params Solr parameters ({@code q}, {@code fq}, {@code facet.field}, ...), each with its
   *     values in order
   */
  public record Query(String kind, Map<String, List<String>> params) {
    public Query {
      // Kept in the caller's order, so the file written is the same every run.
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
  }

  /**
   * What the Solr runner measured (its RESULT.json). Times in milliseconds, sizes in bytes.
   *
   * @param solrVersion the Solr version the runner embeds
   * @param javaVersion the JVM it ran on
   * @param items items indexed
   * @param files distinct source files
   * @param bytes size of those files (0 when no corpus was given)
   * @param extractFailures files Tika could not read (their items were indexed all the same)
   * @param ingestMs wall time of extraction (with a corpus), adds and the one commit
   * @param indexOnlyMs wall time of the adds and commit alone, into a fresh core
   * @param indexBytes index size on disk after the commit
   * @param heapAfterWarmupBytes heap in use after the timed queries and two full collections
   * @param queries figures per kind, with Solr's default caches
   * @param queriesNoCaches figures per kind with every cache off, or null when not asked for
   */
  public record Result(
      String solrVersion,
      String javaVersion,
      int items,
      int files,
      long bytes,
      int extractFailures,
      double ingestMs,
      double indexOnlyMs,
      long indexBytes,
      long heapAfterWarmupBytes,
      Map<String, Figures> queries,
      Map<String, Figures> queriesNoCaches) {}

  /**
   * Latencies of one kind of Solr query.
   *
   * @param calls timed calls
   * @param p50 median, ms
   * @param p95 95th percentile, ms
   * @param p99 99th percentile, ms
   * @param max slowest call, ms
   * @param hits how many items the query matched
   */
  public record Figures(int calls, double p50, double p95, double p99, double max, long hits) {}

  /** One line of ITEMS.jsonl; the field names are the runner's contract. */
  record ItemLine(
      String id,
      String source,
      String format,
      String title,
      String body,
      String council,
      String committee,
      String type,
      List<String> themes,
      String date,
      List<String> commitments,
      List<String> commitmentStatuses) {}

  private SolrSide() {}

  /**
   * The runner's jar in {@code projectDir}, built with Maven first when it is missing or older than
   * its pom or sources. Maven runs on this JVM's JDK.
   */
  public static Path jar(Path projectDir) throws IOException, InterruptedException {
    Path jar = projectDir.resolve(JAR);
    Path pom = projectDir.resolve(POM);
    if (Files.isRegularFile(jar) && !olderThanSources(jar, pom.getParent())) {
      return jar;
    }
    if (!Files.isRegularFile(pom)) {
      throw new IOException("no Solr runner project at " + pom);
    }
    Path mvn =
        executable("mvn")
            .orElseThrow(
                () ->
                    new IOException(
                        "Maven (mvn) is not on the PATH: install it, or build the Solr runner with"
                            + " 'mvn -f "
                            + POM
                            + " package -DskipTests'"));
    ProcessBuilder build =
        new ProcessBuilder(mvn.toString(), "-q", "-B", "-f", pom.toString(), "package")
            .redirectErrorStream(true);
    build.command().add("-DskipTests");
    build.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = build.start();
    Deque<String> tail = new ArrayDeque<>();
    drain(process, tail, null);
    int status = process.waitFor();
    if (status != 0 || !Files.isRegularFile(jar)) {
      throw new IOException(
          "building the Solr runner failed (mvn exit status "
              + status
              + "):\n"
              + String.join("\n", tail));
    }
    return jar;
  }

  /**
   * Writes {@code items} as ITEMS.jsonl, one object per line.
   *
   * @param commitments the text of each item's commitments
   * @param statuses the status labels of each item's commitments
   */
  public static void writeItems(
      List<AgendaItem> items,
      Function<AgendaItem, List<String>> commitments,
      Function<AgendaItem, List<String>> statuses,
      Path jsonl)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      for (AgendaItem item : items) {
        out.write(JSON.writeValueAsString(line(item, commitments, statuses)));
        out.write('\n');
      }
    }
  }

  static ItemLine line(
      AgendaItem item,
      Function<AgendaItem, List<String>> commitments,
      Function<AgendaItem, List<String>> statuses) {
    return new ItemLine(
        item.id(),
        item.source(),
        format(item.source()),
        item.title(),
        item.body(),
        value(item.council()),
        value(item.committee()),
        item.type().label(),
        item.themes(),
        item.date().map(date -> date.value().toString()).orElse(null),
        List.copyOf(commitments.apply(item)),
        List.copyOf(statuses.apply(item)));
  }

  /** The format of a source path: its lower-case extension, {@code htm} read as {@code html}. */
  static String format(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return extension.equals("htm") ? "html" : extension;
  }

  private static String value(Optional<Sourced<String>> sourced) {
    return sourced.map(Sourced::value).orElse(null);
  }

  /** Writes {@code queries} as QUERIES.json. */
  public static void writeQueries(List<Query> queries, Path json) throws IOException {
    JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), queries);
  }

  /**
   * Runs the Solr runner in a JVM of its own (this process's java binary, 1 GB heap) and reads its
   * result. Its Solr home and RESULT.json go under {@code workDir}; its output goes to {@code log}.
   *
   * @param corpus the folder the items' sources are relative to, so that Tika's extraction is timed
   *     as part of the ingest; null to time indexing only
   * @param noCaches whether the queries are timed a second time with Solr's caches off
   */
  public static Result run(
      Path jar,
      Path items,
      Path queries,
      Path corpus,
      int threads,
      int warmup,
      int runs,
      boolean noCaches,
      Path workDir,
      PrintWriter log)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path out = workDir.resolve("solr-result.json");
    Files.deleteIfExists(out);
    // Lucene 9 calls madvise through the foreign-function API: allowed, so the JVM does not warn.
    List<String> command =
        new ArrayList<>(
            List.of(javaBinary(), "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-jar"));
    command.addAll(List.of(jar.toString(), "--items", items.toString()));
    command.addAll(List.of("--queries", queries.toString()));
    command.addAll(List.of("--home", workDir.resolve("solr-home").toString()));
    command.addAll(List.of("--threads", Integer.toString(threads)));
    command.addAll(List.of("--warmup", Integer.toString(warmup)));
    command.addAll(List.of("--runs", Integer.toString(runs), "--out", out.toString()));
    if (corpus != null) {
      command.addAll(List.of("--corpus", corpus.toString()));
    }
    if (noCaches) {
      command.add("--no-caches");
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    drain(process, new ArrayDeque<>(), log);
    int status = process.waitFor();
    if (status != 0 || !Files.isRegularFile(out)) {
      throw new IOException(
          "the Solr runner failed (exit status " + status + "); its output is in the log above");
    }
    return JSON.readValue(out.toFile(), Result.class);
  }

  /** The java binary of this process, so the runner gets the same JDK. */
  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Copies the process's output to {@code log} (when given), keeping its last lines in tail. */
  private static void drain(Process process, Deque<String> tail, PrintWriter log)
      throws IOException {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (log != null) {
          log.println(line);
          log.flush();
        }
        tail.addLast(line);
        if (tail.size() > 40) {
          tail.removeFirst();
        }
      }
    }
  }

  private static Optional<Path> executable(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Whether the runner's pom or any of its sources (not its README or sample queries) is newer. */
  private static boolean olderThanSources(Path jar, Path project) throws IOException {
    if (!Files.isDirectory(project.resolve("src"))) {
      return false; // a jar without its project: nothing to rebuild it from
    }
    long built = Files.getLastModifiedTime(jar).toMillis();
    if (modified(project.resolve("pom.xml")) > built) {
      return true;
    }
    try (Stream<Path> sources = Files.walk(project.resolve("src"))) {
      return sources.filter(Files::isRegularFile).anyMatch(path -> modified(path) > built);
    }
  }

  private static long modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      // A source that cannot be read is taken as changed: a needless rebuild beats a stale jar.
      return Long.MAX_VALUE;
    }
  }
}
