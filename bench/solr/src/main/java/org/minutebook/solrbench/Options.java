package org.minutebook.solrbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's command line, read once.
 *
 * @param items the JSONL file of agenda items
 * @param queries the JSON list of named Solr parameter sets
 * @param home the Solr home to create (or recreate, when this runner made it)
 * @param threads ingest threads
 * @param warmup untimed calls per kind of query
 * @param runs timed calls per kind of query
 * @param out where RESULT.json goes
 * @param corpus the folder the items' sources are relative to, or null to skip extraction
 * @param noCaches whether the queries are timed a second time with Solr's caches turned off
 */
public record Options(
    Path items,
    Path queries,
    Path home,
    int threads,
    int warmup,
    int runs,
    Path out,
    Path corpus,
    boolean noCaches) {

  static final String USAGE =
      "usage: java -Xmx1g -jar minutebook-solr-bench.jar --items ITEMS.jsonl --queries"
          + " QUERIES.json --home SOLRHOME_DIR --threads N --warmup W --runs R --out RESULT.json"
          + " [--corpus CORPUS_DIR] [--no-caches]";

  /** Reads the arguments; an {@link IllegalArgumentException} says what is wrong or missing. */
  public static Options parse(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean noCaches = rest.remove("--no-caches");
    Path items = null;
    Path queries = null;
    Path home = null;
    Path out = null;
    Path corpus = null;
    int threads = 1;
    int warmup = 10;
    int runs = 100;
    for (int i = 0; i < rest.size(); i += 2) {
      String name = rest.get(i);
      if (i + 1 >= rest.size()) {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      String value = rest.get(i + 1);
      switch (name) {
        case "--items" -> items = Path.of(value);
        case "--queries" -> queries = Path.of(value);
        case "--home" -> home = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--corpus" -> corpus = Path.of(value);
        case "--threads" -> threads = positive(name, value);
        case "--warmup" -> warmup = count(name, value);
        case "--runs" -> runs = positive(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
      }
    }
    if (items == null || queries == null || home == null || out == null) {
      throw new IllegalArgumentException(
          "--items, --queries, --home and --out are needed\n" + USAGE);
    }
    return new Options(items, queries, home, threads, warmup, runs, out, corpus, noCaches);
  }

  private static int positive(String name, String value) {
    int number = count(name, value);
    if (number == 0) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return number;
  }

  private static int count(String name, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number < 0) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " takes a whole number, not " + value, e);
    }
  }
}
