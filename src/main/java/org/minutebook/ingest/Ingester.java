package org.minutebook.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/**
 * Reads a whole corpus: each file is extracted on a worker thread with a time limit, turned into
 * agenda items and handed to the sink. A file that fails is reported with its reason; the run goes
 * on.
 */
public final class Ingester {
  private final IngestOptions options;
  private final TikaExtractor extractor;

  public Ingester(IngestOptions options) {
    this.options = options;
    this.extractor = new TikaExtractor(options.maxChars(), options.maxBytes());
  }

  /**
   * Reads every file below {@code root} into {@code sink}.
   *
   * @throws IOException when the corpus folder cannot be listed or the sink fails; a single file's
   *     failure is an outcome, not an exception
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
    // Parsing runs on its own threads so that a parse which ignores interruption can be abandoned.
    ExecutorService parsers = Executors.newCachedThreadPool(daemon("tika"));
    try {
      List<Future<FileOutcome>> pending = new ArrayList<>();
      for (Path file : files) {
        pending.add(
            workers.submit(
                () -> {
                  Optional<FileOutcome> earlier = reuse.apply(CorpusWalker.relative(root, file));
                  FileOutcome outcome =
                      earlier.isPresent()
                          ? earlier.get()
                          : ingestFile(root, file, manifest, sink, parsers);
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
      parsers.shutdownNow();
    }
  }

  private FileOutcome ingestFile(
      Path root, Path file, Manifest manifest, ItemSink sink, ExecutorService parsers)
      throws IOException {
    String source = CorpusWalker.relative(root, file);
    if (CorpusWalker.isCorpusNotes(file)) {
      return new FileOutcome(source, IngestStatus.CORPUS_NOTES, "corpus notes, not minutes", 0, "");
    }
    Extracted extracted;
    try {
      extracted = extractWithTimeout(file, parsers);
    } catch (ExtractionException e) {
      return new FileOutcome(source, e.status(), e.getMessage(), 0, e.contentType());
    } catch (IOException e) {
      return new FileOutcome(
          source, IngestStatus.IO_ERROR, "could not read the file: " + e.getMessage(), 0, "");
    }
    ItemMetadata meta =
        MetadataResolver.resolve(
            source, extracted.text(), manifest.describe(source), extracted.embeddedTitle());
    AgendaItem item =
        new AgendaItem(
            itemId(source, 1),
            source,
            meta.itemNumber().orElse(null),
            meta.title(),
            meta.council(),
            meta.committee(),
            meta.date(),
            meta.type(),
            extracted.text(),
            List.of());
    sink.accept(item);
    String note = extracted.truncated() ? "text cut at " + options.maxChars() + " characters" : "";
    return new FileOutcome(source, IngestStatus.INDEXED, note, 1, extracted.contentType());
  }

  private Extracted extractWithTimeout(Path file, ExecutorService parsers)
      throws ExtractionException, IOException {
    CompletableFuture<Extracted> parse = new CompletableFuture<>();
    Future<?> task =
        parsers.submit(
            () -> {
              try {
                parse.complete(extractor.extract(file));
              } catch (Exception | StackOverflowError e) {
                parse.completeExceptionally(e);
              }
            });
    try {
      return parse.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ExtractionException(
          IngestStatus.TIMED_OUT,
          "parsing took longer than " + options.timeout().toSeconds() + " s",
          "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while parsing " + file, e);
    } catch (ExecutionException e) {
      return rethrow(e.getCause());
    }
  }

  private static Extracted rethrow(Throwable cause) throws ExtractionException, IOException {
    if (cause instanceof ExtractionException extraction) {
      throw extraction;
    }
    if (cause instanceof IOException io) {
      throw io;
    }
    throw new ExtractionException(
        IngestStatus.CORRUPT, "the parser failed: " + TikaExtractor.rootMessage(cause), "");
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
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8) + "-" + position;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return Thread.ofPlatform().name("minutebook-" + name + "-", 1).daemon(true).factory();
  }
}
