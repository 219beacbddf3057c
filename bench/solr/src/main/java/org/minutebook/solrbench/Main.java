package org.minutebook.solrbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.solr.client.api.util.SolrVersion;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;

/**
 * The runner: indexes ITEMS.jsonl into a fresh embedded Solr core (extracting the source files with
 * Tika when given a corpus), times it again without extraction into a second fresh core, then times
 * each kind of query in QUERIES.json and writes RESULT.json. Progress goes to stderr.
 */
public final class Main {
  /**
   * Lucene logs through java.util.logging, not Log4j: its notes at start-up (which MMap
   * implementation it uses) kept to warnings. Held here so the setting is not collected.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private final Options options;
  private final PrintStream log;

  private Main(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** Runs the benchmark; exit status 2 for bad arguments, 1 for a failed run. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try {
      new Main(options, System.err).run();
    } catch (Exception e) {
      e.printStackTrace(System.err);
      System.err.println("solr bench failed: " + e);
      System.exit(1);
    }
    // Solr leaves non-daemon threads behind; the results are written, so end here.
    System.exit(0);
  }

  private void run() throws Exception {
    Map<String, List<Item>> bySource = Items.readBySource(options.items());
    List<QueryMix.Kind> kinds = QueryMix.read(options.queries());
    SolrHome.prepare(options.home());
    Path home = options.home().resolve("ingest");
    SolrHome.create(home, true);
    Ingest.Figures ingest = ingest(home, bySource, options.corpus());
    long indexBytes = SolrHome.indexBytes(home);
    double indexOnlyMs = ingest.millis();
    if (options.corpus() != null) {
      Path indexOnly = options.home().resolve("index-only");
      SolrHome.create(indexOnly, true);
      indexOnlyMs = ingest(indexOnly, bySource, null).millis();
    }
    Map<String, Result.Figures> queries;
    long heap;
    try (EmbeddedSolrServer solr = SolrHome.open(home)) {
      queries = queries(solr, kinds, "default caches");
      heap = heapAfterGc();
    }
    Map<String, Result.Figures> noCaches = null;
    if (options.noCaches()) {
      SolrHome.setCaches(home, false);
      try (EmbeddedSolrServer solr = SolrHome.open(home)) {
        noCaches = queries(solr, kinds, "no caches");
      }
    }
    Result result =
        new Result(
            SolrVersion.LATEST.toString(),
            Runtime.version().toString(),
            ingest.items(),
            ingest.files(),
            ingest.bytes(),
            ingest.failures(),
            ingest.millis(),
            indexOnlyMs,
            indexBytes,
            heap,
            queries,
            noCaches);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(options.out().toFile(), result);
    log.println("solr bench: wrote " + options.out());
  }

  private Ingest.Figures ingest(Path home, Map<String, List<Item>> bySource, Path corpus)
      throws Exception {
    try (EmbeddedSolrServer solr = SolrHome.open(home)) {
      Ingest.Figures figures = Ingest.run(solr, bySource, corpus, options.threads(), log);
      log.printf(
          Locale.ROOT,
          "solr bench: %s %d items from %d files in %.0f ms (%d files unreadable)%n",
          corpus == null ? "indexed" : "extracted and indexed",
          figures.items(),
          figures.files(),
          figures.millis(),
          figures.failures());
      return figures;
    }
  }

  private Map<String, Result.Figures> queries(
      EmbeddedSolrServer solr, List<QueryMix.Kind> kinds, String caches) throws Exception {
    Map<String, Result.Figures> figures =
        QueryMix.time(solr, kinds, options.warmup(), options.runs());
    figures.forEach((kind, f) -> log.println("solr bench (" + caches + "): " + kind + ": " + f));
    return figures;
  }

  /** Heap in use once what the run left behind is collected: two full GCs, then a reading. */
  static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
