package org.minutebook.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.minutebook.ingest.CorpusWalker;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.model.IngestReport;
import org.minutebook.themes.ThemeCatalog;

/**
 * Builds the index of a corpus from scratch. The previous commit stays on disk, and searchable,
 * until the new one is complete, so a run that is stopped part-way loses nothing.
 */
public final class IndexBuilder {
  /** The report of the last run, written beside the index. */
  public static final String REPORT_FILE = "ingest-report.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IndexBuilder() {}

  /** Whether the index at {@code indexDir} was built from {@code corpus} as it is now. */
  public static IndexState.Verdict check(Path corpus, Path indexDir) throws IOException {
    return IndexState.check(
        indexDir, CorpusWalker.fingerprint(corpus), ThemeCatalog.forCorpus(corpus).fingerprint());
  }

  /** Indexes every file of {@code corpus} into {@code indexDir}, replacing what was there. */
  public static IngestReport build(
      Path corpus, Path indexDir, IngestOptions options, IngestListener listener)
      throws IOException {
    ThemeCatalog themes = ThemeCatalog.forCorpus(corpus);
    String corpusFingerprint = CorpusWalker.fingerprint(corpus);
    ThemeTagger tagger = new ThemeTagger(themes);
    Files.createDirectories(indexDir);
    IndexWriterConfig config =
        new IndexWriterConfig(Schema.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128);
    IngestReport report;
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      report =
          new Ingester(options)
              .run(
                  corpus,
                  item ->
                      writer.updateDocument(
                          new Term(Schema.ID, item.id()),
                          ItemDocuments.toDocument(tagger.tag(item))),
                  listener);
      writer.setLiveCommitData(
          Map.of(
                  IndexState.SCHEMA_VERSION_KEY,
                  Schema.VERSION,
                  IndexState.CORPUS_KEY,
                  corpusFingerprint,
                  IndexState.THEMES_KEY,
                  themes.fingerprint(),
                  IndexState.ITEMS_KEY,
                  Integer.toString(report.items()))
              .entrySet());
      writer.commit();
    }
    JSON.writeValue(indexDir.resolve(REPORT_FILE).toFile(), report);
    return report;
  }

  /** The report of the last completed run at {@code indexDir}, if there is one. */
  public static java.util.Optional<IngestReport> lastReport(Path indexDir) throws IOException {
    Path file = indexDir.resolve(REPORT_FILE);
    if (!Files.isRegularFile(file)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(JSON.readValue(file.toFile(), IngestReport.class));
  }
}
