package org.minutebook.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.minutebook.config.Hashing;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a whole corpus: each file's text is extracted (by default in a worker JVM, with a time
 * limit and a memory cap), cleaned, turned into agenda items and handed to the sink. A file that
 * fails is reported with its reason; the run goes on.
 */
public final class Ingester {
  private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

  /** Opens the extractor for one run; the run closes it. */
  @FunctionalInterface
  public interface ExtractorFactory {
    Extractor open() throws IOException;
  }

  private final IngestOptions options;
  private final ExtractorFactory extractors;

  /** An ingester that extracts as {@code options} say: in worker JVMs unless told otherwise. */
  public Ingester(IngestOptions options) {
    this(options, () -> Extractor.open(options));
  }

  /** An ingester that extracts with what {@code extractors} opens (tests inject faults so). */
  public Ingester(IngestOptions options, ExtractorFactory extractors) {
    this.options = options;
    this.extractors = extractors;
  }

  /**
   * Reads every file below {@code root} into {@code sink}.
   *
   * @throws IOException when the corpus folder cannot be listed, the parser workers cannot be
   *     started, or the sink fails; a single file's failure is an outcome, not an exception
   */
  public IngestReport run(Path root, ItemSink sink, IngestListener listener) throws IOException {
    return run(root, source -> Optional.empty(), sink, listener);
  }

  /**
   * Reads the files below {@code root} into {@code sink}, except those for which {@code reuse}
   * gives an outcome from an earlier run: they are not read again, and that outcome is reported for
   * them.
   */
  public IngestReport run(
      Path root,
      Function<String, Optional<FileOutcome>> reuse,
      ItemSink sink,
      IngestListener listener)
      throws IOException {
    long started = System.nanoTime();
    List<Path> files = CorpusWalker.files(root);
    Manifest manifest = Manifest.load(root);
    listener.started(files.size());
    ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemon("ingest"));
    boolean anythingToRead =
        files.stream().anyMatch(f -> reuse.apply(CorpusWalker.relative(root, f)).isEmpty());
    // Worker JVMs take a moment to start: a run with nothing to read starts none.
    try (Extractor extractor = anythingToRead ? extractors.open() : Extractor.NONE) {
      List<Future<FileOutcome>> pending = new ArrayList<>();
      for (Path file : files) {
        pending.add(
            workers.submit(
                () -> {
                  Optional<FileOutcome> earlier = reuse.apply(CorpusWalker.relative(root, file));
                  FileOutcome outcome =
                      earlier.isPresent()
                          ? earlier.get()
                          : ingestFile(root, file, manifest, sink, extractor);
                  listener.fileDone(outcome);
                  return outcome;
                }));
      }
      List<FileOutcome> outcomes = new ArrayList<>();
      for (Future<FileOutcome> future : pending) {
        outcomes.add(await(future));
      }
      int items = outcomes.stream().mapToInt(FileOutcome::items).sum();
      return new IngestReport(outcomes, items, (System.nanoTime() - started) / 1_000_000);
    } finally {
      workers.shutdownNow();
    }
  }

  private FileOutcome ingestFile(
      Path root, Path file, Manifest manifest, ItemSink sink, Extractor extractor)
      throws IOException {
    String source = CorpusWalker.relative(root, file);
    if (CorpusWalker.isCorpusNotes(file)) {
      return new FileOutcome(source, IngestStatus.CORPUS_NOTES, "corpus notes, not minutes", 0, "");
    }
    Extracted extracted;
    try {
      extracted = extractor.extract(file);
    } catch (ExtractionException e) {
      return new FileOutcome(source, e.status(), e.getMessage(), 0, e.contentType());
    } catch (IOException e) {
      return new FileOutcome(
          source, IngestStatus.IO_ERROR, "could not read the file: " + e.getMessage(), 0, "");
    }
    List<AgendaItem> items;
    try {
      items = ItemAssembler.assemble(source, extracted, manifest.describe(source));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a pathological text in clean-up, splitting or metadata costs this file only.
      LOG.warn("could not read the structure or metadata of {}", source, e);
      return new FileOutcome(
          source,
          IngestStatus.CORRUPT,
          "its text could not be read into items: " + TikaExtractor.rootMessage(e),
          0,
          extracted.contentType());
    }
    if (items.isEmpty()) {
      return new FileOutcome(
          source,
          IngestStatus.EMPTY,
          "the file contains no text besides page furniture",
          0,
          extracted.contentType());
    }
    for (AgendaItem item : items) {
      sink.accept(item);
    }
    return new FileOutcome(
        source, IngestStatus.INDEXED, notes(extracted), items.size(), extracted.contentType());
  }

  /** What a reader of the report should know about an indexed file: cut text, OCR. */
  private String notes(Extracted extracted) {
    List<String> notes = new ArrayList<>();
    if (extracted.truncated()) {
      notes.add("text cut at " + options.maxChars() + " characters");
    }
    if (extracted.ocrPages() > 0) {
      notes.add(
          extracted.ocrPages() + (extracted.ocrPages() == 1 ? " page" : " pages") + " read by OCR");
    }
    return String.join("; ", notes);
  }

  private static FileOutcome await(Future<FileOutcome> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("indexing failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * A stable id: a hash of the source path (so re-runs replace, not duplicate) and the item's
   * place.
   */
  public static String itemId(String source, int position) {
    byte[] hash = Hashing.sha256().digest(source.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8) + "-" + position;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return Thread.ofPlatform().name("minutebook-" + name + "-", 1).daemon(true).factory();
  }
}
