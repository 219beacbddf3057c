package org.minutebook.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.minutebook.model.Theme;
import org.minutebook.themes.ThemeCatalog;

/**
 * What the load test runs on: the benchmark's synthetic archive (generated once into the work
 * folder and reused, like the benchmark's), an index of its own, and the benchmark's query mix.
 */
public final class LoadBench {
  /**
   * The load test's index beside the benchmark's runs. Not the benchmark's {@code run-mixed}, which
   * every benchmark run deletes and rebuilds: a server must not read an index that another run may
   * be replacing.
   */
  static final String RUN = "run-load";

  private LoadBench() {}

  /** The mixed-format synthetic archive of {@code items} items in {@code work}, made if missing. */
  public static Path archive(Path work, int items, PrintWriter log) throws IOException {
    return Benchmark.archive(scale(work, items), items, Benchmark.FORMATS, log);
  }

  /** Where the load test keeps its index of that archive. */
  public static Path index(Path work, int items) {
    return scale(work, items).resolve(RUN).resolve("index");
  }

  private static Path scale(Path work, int items) {
    return work.resolve(Integer.toString(items));
  }

  /**
   * The benchmark's query mix over HTTP ({@link QueryMix}): four searches, the faceted search with
   * highlights, a theme's timeline and a theme's commitments register.
   */
  public static List<LoadTest.Request> mix(Path corpus) throws IOException {
    Theme theme =
        ThemeCatalog.forCorpus(corpus)
            .find(QueryMix.THEME)
            .orElseThrow(() -> new IOException("the corpus has no theme " + QueryMix.THEME));
    return QueryMix.kinds(theme).stream()
        .map(kind -> new LoadTest.Request(kind.kind(), kind.http()))
        .toList();
  }
}
