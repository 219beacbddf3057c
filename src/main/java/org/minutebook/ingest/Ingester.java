package org.minutebook.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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

  /** How many parsed texts may wait, per thread, for the threads that turn them into items. */
  private static final int PARSED_AHEAD_PER_THREAD = 2;

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
    int threads = options.threads();
    ExecutorService parsing = Executors.newFixedThreadPool(threads, daemon("parse"));
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("ingest"));
    // Texts parsed but not yet turned into items: enough that no worker waits for the threads
    // that clean, split and index, few enough that memory holds them however large the corpus.
    Semaphore ahead = new Semaphore(PARSED_AHEAD_PER_THREAD * threads);
    boolean anythingToRead =
        files.stream().anyMatch(f -> reuse.apply(CorpusWalker.relative(root, f)).isEmpty());
    // Worker JVMs take a moment to start: a run with nothing to read starts none.
    try (Extractor extractor = anythingToRead ? extractors.open() : Extractor.NONE) {
      List<Future<FileOutcome>> pending = new ArrayList<>();
      for (Path file : files) {
        String source = CorpusWalker.relative(root, file);
        Optional<FileOutcome> earlier = reuse.apply(source);
        Future<Parsed> parsed =
            earlier.isPresent() || CorpusWalker.isCorpusNotes(file)
                ? CompletableFuture.completedFuture(null)
                : parsing.submit(() -> parse(file, source, extractor, ahead));
        pending.add(
            workers.submit(
                () -> {
                  FileOutcome outcome =
                      earlier.isPresent()
                          ? earlier.get()
                          : ingestFile(source, file, manifest, sink, await(parsed), ahead);
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
      parsing.shutdownNow();
      workers.shutdownNow();
    }
  }

  /** A file's text, or the outcome that says why there is none. */
  private record Parsed(Extracted text, FileOutcome failure) {}

  /**
   * Parses one file on a parsing thread, ahead of the thread that will turn it into items, holding
   * one of the {@code ahead} permits until that thread is done with the text.
   */
  private static Parsed parse(Path file, String source, Extractor extractor, Semaphore ahead)
      throws IOException, InterruptedException {
    ahead.acquire();
    try {
      return new Parsed(extractor.extract(file), null);
    } catch (ExtractionException e) {
      return new Parsed(
          null, new FileOutcome(source, e.status(), e.getMessage(), 0, e.contentType()));
    } catch (IOException e) {
      return new Parsed(
          null,
          new FileOutcome(
              source, IngestStatus.IO_ERROR, "could not read the file: " + e.getMessage(), 0, ""));
    } catch (RuntimeException | Error e) {
      ahead.release();
      throw e;
    }
  }

  private FileOutcome ingestFile(
      String source, Path file, Manifest manifest, ItemSink sink, Parsed parsed, Semaphore ahead)
      throws IOException {
    if (CorpusWalker.isCorpusNotes(file)) {
      return new FileOutcome(source, IngestStatus.CORPUS_NOTES, "corpus notes, not minutes", 0, "");
    }
    try {
      if (parsed.failure() != null) {
        return parsed.failure();
      }
      return assemble(source, manifest, sink, parsed.text());
    } finally {
      ahead.release();
    }
  }

  private FileOutcome assemble(String source, Manifest manifest, ItemSink sink, Extracted extracted)
      throws IOException {
    List<AgendaItem> items;
    try {
      items =
          ItemAssembler.assemble(
              source, extracted, manifest.describe(source), manifest.restricted(source));
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

  /** The value of {@code future}; what a task throws comes out as an IOException. */
  private static <T> T await(Future<T> future) throws IOException {
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
