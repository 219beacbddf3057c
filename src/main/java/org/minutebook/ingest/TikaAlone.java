package org.minutebook.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * A benchmark baseline: Tika's extraction and nothing else, in this JVM. Every file of a corpus
 * goes through one shared {@link AutoDetectParser} into plain text on {@code threads} threads, with
 * the same parse settings and length limit as the ingest, but no worker JVMs, no time limit, no
 * clean-up, no splitting and no indexing. It shows what extraction alone costs, so that the ingest
 * can be measured against it. A file that fails is counted, not fatal.
 */
public final class TikaAlone {
  /**
   * What one run extracted.
   *
   * @param files files read, failed ones included
   * @param bytes their total size
   * @param characters characters of text extracted
   * @param failed files the parser could not read
   * @param wallMs from the first file started to the last one done
   */
  public record Result(int files, long bytes, long characters, int failed, long wallMs) {}

  /** One file's share of the result. */
  private record One(long bytes, long characters, boolean failed) {}

  private TikaAlone() {}

  /** Extracts every file of {@code corpus} ({@link CorpusWalker#files}) on {@code threads}. */
  public static Result run(Path corpus, int threads) throws IOException {
    return run(CorpusWalker.files(corpus), threads, IngestOptions.DEFAULT_MAX_CHARS);
  }

  /**
   * Extracts {@code files} on {@code threads}, cutting each text at {@code maxChars}.
   *
   * @throws IOException when a file cannot be opened or the run is interrupted
   */
  public static Result run(List<Path> files, int threads, int maxChars) throws IOException {
    AutoDetectParser parser = new AutoDetectParser();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("minutebook-tika-alone-", 1).daemon(true).factory());
    long started = System.nanoTime();
    try {
      List<Future<One>> pending = new ArrayList<>(files.size());
      for (Path file : files) {
        pending.add(pool.submit(() -> extract(parser, file, maxChars)));
      }
      long bytes = 0;
      long characters = 0;
      int failed = 0;
      for (Future<One> future : pending) {
        One one = await(future);
        bytes += one.bytes();
        characters += one.characters();
        failed += one.failed() ? 1 : 0;
      }
      return new Result(
          files.size(), bytes, characters, failed, (System.nanoTime() - started) / 1_000_000);
    } finally {
      pool.shutdownNow();
    }
  }

  private static One extract(AutoDetectParser parser, Path file, int maxChars) throws IOException {
    long size = Files.size(file);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    StringWriter out = new StringWriter();
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(
          in,
          new BodyContentHandler(new WriteOutContentHandler(out, maxChars)),
          metadata,
          ParseContexts.create(parser, false));
    } catch (SAXException e) {
      // Text cut at the limit is a result like any other; anything else is a failed file.
      return new One(
          size, out.getBuffer().length(), !WriteLimitReachedException.isWriteLimitReached(e));
    } catch (TikaException | IOException | RuntimeException | StackOverflowError e) {
      return new One(size, out.getBuffer().length(), true);
    }
    return new One(size, out.getBuffer().length(), false);
  }

  private static One await(Future<One> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("extraction was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("extraction failed: " + e.getCause(), e.getCause());
    }
  }
}
