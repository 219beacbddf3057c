package org.minutebook.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * Answers worked out once per index version: whole-archive aggregates that many requests share (all
 * paragraphs per period, a theme's markers). Emptied when a request comes with a newer reader;
 * holds at most {@code capacity} answers, dropping the least recently used.
 */
final class ReaderCache<K, V> {
  /** Works out an answer that is not cached yet. */
  @FunctionalInterface
  interface Loader<V> {
    V load() throws IOException;
  }

  private final int capacity;
  private final Map<K, V> answers;
  private Object reader;

  ReaderCache(int capacity) {
    this.capacity = capacity;
    this.answers =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > ReaderCache.this.capacity;
          }
        };
  }

  /** The answer for {@code key} in {@code reader}, worked out by {@code loader} if need be. */
  V get(IndexReader reader, K key, Loader<V> loader) throws IOException {
    V cached = cached(reader, key);
    if (cached != null) {
      return cached;
    }
    // Worked out outside the lock: two requests may both do it once, but neither waits on the
    // other.
    V answer = loader.load();
    put(reader, key, answer);
    return answer;
  }

  /** The answer kept for {@code key} in {@code reader}, or null. */
  V cached(IndexReader reader, K key) {
    Object version = version(reader);
    synchronized (this) {
      if (version != this.reader) {
        answers.clear();
        this.reader = version;
      }
      return answers.get(key);
    }
  }

  /** Keeps {@code answer} for {@code key}, unless a newer reader has been seen meanwhile. */
  void put(IndexReader reader, K key, V answer) {
    Object version = version(reader);
    synchronized (this) {
      if (version == this.reader) {
        answers.put(key, answer);
      }
    }
  }

  /**
   * What stands for {@code reader}'s version. The staff's view of two indexes is a MultiReader,
   * which has no cache key: the reader itself then stands for it (the manager makes a new one for
   * every refresh).
   */
  private static Object version(IndexReader reader) {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    return helper != null ? helper.getKey() : reader;
  }
}
