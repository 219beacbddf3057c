package org.minutebook.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.minutebook.ingest.CorpusWalker;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.ingest.Manifest;
import org.minutebook.knowledge.KnowledgeExtractor;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.minutebook.themes.ThemeCatalog;

/**
 * Brings the index of a corpus up to date, and its private index of restricted items ({@link
 * IndexPair}). Only new and changed files are read; the documents of changed and removed files are
 * replaced or deleted; everything becomes visible in one commit of each index. Until that commit
 * the previous one stays on disk and searchable, so a run that is stopped part-way loses nothing
 * and the next run finishes the job. A different schema, theme taxonomy, manifest or extraction
 * setting means a rebuild from scratch.
 */
public final class IndexBuilder {
  /** The report of the last run, written beside the index. */
  public static final String REPORT_FILE = "ingest-report.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IndexBuilder() {}

  /**
   * Whether the index at {@code indexDir} was built from {@code corpus} as it is now, with these
   * extraction settings.
   */
  public static IndexState.Verdict check(Path corpus, Path indexDir, IngestOptions options)
      throws IOException {
    IndexState.Verdict verdict =
        IndexState.check(
            indexDir, expectedCommitData(corpus, ThemeCatalog.forCorpus(corpus), options));
    if (verdict.fresh() && !IndexState.privateIndexMatches(indexDir)) {
      return new IndexState.Verdict(
          false,
          "the private index of restricted items is missing or from another run (was a run"
              + " stopped between its two commits?)");
    }
    return verdict;
  }

  /** The commit data that says what an index of {@code corpus} as it is now was built from. */
  private static Map<String, String> expectedCommitData(
      Path corpus, ThemeCatalog themes, IngestOptions options) throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(IndexState.SCHEMA_VERSION_KEY, Schema.VERSION + "+" + build());
    data.put(IndexState.CORPUS_KEY, CorpusWalker.fingerprint(corpus));
    data.put(IndexState.THEMES_KEY, themes.fingerprint());
    data.put(IndexState.MANIFESTS_KEY, CorpusWalker.manifestsFingerprint(corpus));
    data.put(IndexState.EXTRACTION_KEY, extractionSettings(options));
    data.put(IndexState.CORPUS_PATH_KEY, corpus.toAbsolutePath().normalize().toString());
    return data;
  }

  /** Updates (or first builds) the index of {@code corpus} at {@code indexDir}. */
  public static IngestReport build(
      Path corpus, Path indexDir, IngestOptions options, IngestListener listener)
      throws IOException {
    long started = System.nanoTime();
    ThemeCatalog themes = ThemeCatalog.forCorpus(corpus);
    Map<String, String> commitData = expectedCommitData(corpus, themes, options);
    Files.createDirectories(indexDir);
    commitData.put(IndexState.RUN_KEY, UUID.randomUUID().toString());
    IngestReport report;
    try (IndexPair pair = IndexPair.open(indexDir)) {
      PriorRun prior =
          canUpdate(pair, commitData)
              ? PriorRun.read(pair.publicDir(), pair.privateDir())
              : PriorRun.NONE;
      RunPlan plan = RunPlan.make(corpus, prior);
      try (IndexPair.Writers writers = pair.writers(prior == PriorRun.NONE)) {
        for (String source : plan.toDelete()) {
          writers.delete(source);
        }
        ThemeTagger tagger = new ThemeTagger(themes);
        IngestReport run =
            new Ingester(options)
                .run(
                    corpus,
                    plan::reuse,
                    item -> {
                      AgendaItem tagged = tagger.tag(item);
                      writers.add(
                          tagged,
                          ItemDocuments.toDocuments(
                              tagged,
                              KnowledgeExtractor.extract(tagged),
                              plan.stamp(item.source())));
                    },
                    listener);
        report =
            new IngestReport(
                run.files(),
                run.items(),
                (System.nanoTime() - started) / 1_000_000,
                plan.toExtract(),
                plan.removed());
        commit(writers, corpus, commitData, report, plan, prior);
        // Still under the write lock, so two runs never write the report at once.
        writeReport(indexDir, report);
      }
    }
    return report;
  }

  /**
   * Writes the report whole or not at all: a run killed while writing it leaves the previous
   * report, never a torn one. A run killed between its commit and this leaves the previous report
   * beside the new commit.
   */
  private static void writeReport(Path indexDir, IngestReport report) throws IOException {
    Path temp = indexDir.resolve(REPORT_FILE + ".tmp");
    Files.write(temp, JSON.writeValueAsBytes(report));
    try (FileChannel written = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      written.force(true);
    }
    Files.move(temp, indexDir.resolve(REPORT_FILE), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Commits the run: the public index with what the public may know of it, then the private index
   * with every file.
   */
  private static void commit(
      IndexPair.Writers writers,
      Path corpus,
      Map<String, String> commitData,
      IngestReport report,
      RunPlan plan,
      PriorRun prior)
      throws IOException {
    List<PriorRun.Skipped> skipped = skipped(report, plan);
    // The manifests matter only for files not indexed; a large archive is not walked again for
    // nothing.
    Manifest manifest = skipped.isEmpty() ? Manifest.empty() : Manifest.load(corpus);
    CommitRecords.Pair records =
        CommitRecords.of(
            commitData,
            report,
            skipped,
            // Files this run did not read keep the public items the last run found.
            source ->
                plan.reuse(source).isPresent()
                    ? prior.publicItems(source)
                    : writers.publicItems(source),
            source -> manifest.restricted(source).orElse(false));
    writers.commit(records.open(), records.closed(), records.privateNeeded());
  }

  /**
   * The writer settings of every run, shared with the {@link RawIndexing} baseline so that the two
   * are measured under the same Lucene configuration.
   */
  static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(Schema.analyzer()).setOpenMode(mode).setRAMBufferSizeMB(128);
  }

  /**
   * Whether the indexes were built under the same rules, by the same completed run, so they can be
   * updated.
   */
  private static boolean canUpdate(IndexPair pair, Map<String, String> wanted) throws IOException {
    if (!pair.consistent()) {
      return false;
    }
    Map<String, String> had = SegmentInfos.readLatestCommit(pair.publicDir()).getUserData();
    for (String key :
        List.of(
            IndexState.SCHEMA_VERSION_KEY,
            IndexState.THEMES_KEY,
            IndexState.MANIFESTS_KEY,
            IndexState.EXTRACTION_KEY)) {
      if (!wanted.get(key).equals(had.get(key))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Which build wrote an index: the jar's version and build time. Reading, cleaning, splitting and
   * metadata change with the code, so an index from another build is rebuilt rather than trusted.
   * Run from classes (tests, an IDE), there is no jar and only the schema version counts.
   */
  private static String build() {
    String version = IndexBuilder.class.getPackage().getImplementationVersion();
    return version == null ? "classes" : version;
  }

  private static String extractionSettings(IngestOptions options) {
    return "maxChars="
        + options.maxChars()
        + ";maxBytes="
        + options.maxBytes()
        + ";ocr="
        + options.ocr();
  }

  private static List<PriorRun.Skipped> skipped(IngestReport report, RunPlan plan) {
    List<PriorRun.Skipped> skipped = new ArrayList<>();
    for (FileOutcome file : report.files()) {
      if (file.status() != IngestStatus.INDEXED) {
        skipped.add(new PriorRun.Skipped(file, plan.stamp(file.source())));
      }
    }
    return skipped;
  }

  /** The report of the last completed run at {@code indexDir}, if there is one. */
  public static Optional<IngestReport> lastReport(Path indexDir) throws IOException {
    Path file = indexDir.resolve(REPORT_FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), IngestReport.class));
    } catch (JsonProcessingException e) {
      // Torn by a run killed while writing it, before reports were written atomically.
      return Optional.empty();
    }
  }
}
