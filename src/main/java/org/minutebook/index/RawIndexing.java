package org.minutebook.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.minutebook.ingest.FileStamp;
import org.minutebook.knowledge.KnowledgeExtractor;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.ItemKnowledge;

/**
 * A benchmark baseline: Lucene indexing alone. Items already extracted, split and tagged, with
 * their knowledge records and file stamps computed beforehand, become the very documents the ingest
 * writes ({@link ItemDocuments#toDocuments}) and go into a fresh index under the ingest's writer
 * settings, from as many threads as the ingest uses, in one commit. What the ingest costs beyond
 * this is its own work: extraction, clean-up, splitting, metadata, tagging and knowledge.
 */
public final class RawIndexing {
  /**
   * One item as the ingest would hand it to Lucene.
   *
   * @param item the item, tagged with its themes
   * @param knowledge what the knowledge base reads from it
   * @param stamp the stamp of its file
   */
  public record Prepared(AgendaItem item, ItemKnowledge knowledge, FileStamp stamp) {}

  /**
   * What one run wrote.
   *
   * @param items items indexed
   * @param documents Lucene documents written (items and their paragraphs)
   * @param wallMs from opening the writer to the end of the commit
   * @param indexBytes the size of the index folder after the commit
   */
  public record Result(int items, long documents, long wallMs, long indexBytes) {}

  private RawIndexing() {}

  /**
   * The knowledge and file stamp of every item of {@code corpus}, computed as the ingest would
   * (this is the untimed part of the baseline).
   */
  public static List<Prepared> prepare(Path corpus, List<AgendaItem> tagged) throws IOException {
    Map<String, FileStamp> stamps = new HashMap<>();
    for (AgendaItem item : tagged) {
      if (!stamps.containsKey(item.source())) {
        stamps.put(item.source(), FileStamp.of(corpus, corpus.resolve(item.source())));
      }
    }
    try {
      return tagged.parallelStream()
          .map(i -> new Prepared(i, KnowledgeExtractor.extract(i), stamps.get(i.source())))
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Indexes {@code items} into a new index at {@code indexDir} (whatever was there is replaced) on
   * {@code threads} threads, each taking the next item in turn, and commits once.
   */
  public static Result index(List<Prepared> items, Path indexDir, int threads) throws IOException {
    Files.createDirectories(indexDir);
    AtomicInteger next = new AtomicInteger();
    AtomicLong documents = new AtomicLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("minutebook-raw-index-", 1).daemon(true).factory());
    long started = System.nanoTime();
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer =
            new IndexWriter(dir, IndexBuilder.writerConfig(IndexWriterConfig.OpenMode.CREATE))) {
      List<Future<Void>> pending = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        pending.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < items.size();
                      i = next.getAndIncrement()) {
                    Prepared p = items.get(i);
                    List<Document> docs =
                        ItemDocuments.toDocuments(p.item(), p.knowledge(), p.stamp());
                    writer.addDocuments(docs);
                    documents.addAndGet(docs.size());
                  }
                  return null;
                }));
      }
      for (Future<Void> future : pending) {
        await(future);
      }
      writer.commit();
    } finally {
      pool.shutdownNow();
    }
    long wallMs = (System.nanoTime() - started) / 1_000_000;
    return new Result(items.size(), documents.get(), wallMs, folderBytes(indexDir));
  }

  /** The total size of the files below {@code folder}. */
  public static long folderBytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void await(Future<Void> future) throws IOException {
    try {
      future.get();
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
}
