package org.minutebook.solrbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;

/**
 * A Solr home with one core, {@value #CORE}, whose schema and config this runner writes: the same
 * every run, whatever Solr's example configsets say.
 */
public final class SolrHome {
  /** The one core's name. */
  public static final String CORE = "items";

  /** Marks a folder this runner made, so that it may delete it and no other. */
  static final String MARKER = ".minutebook-solr-bench";

  private static final String CACHES_MARK = "<!--CACHES-->";

  private SolrHome() {}

  /**
   * Empties {@code folder} for a fresh run: a folder that is absent or empty is used as it is, one
   * this runner made is deleted, any other is refused so that a typo never deletes someone's data.
   */
  public static void prepare(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      boolean empty;
      try (Stream<Path> entries = Files.list(folder)) {
        empty = entries.findAny().isEmpty();
      }
      if (!empty && !Files.exists(folder.resolve(MARKER))) {
        throw new IOException(folder + " is not empty and was not made by this runner: refused");
      }
      deleteTree(folder);
    }
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve(MARKER), "made by minutebook-solr-bench\n", StandardCharsets.UTF_8);
  }

  /** Writes a Solr home at {@code home} with the core's schema and config. */
  public static void create(Path home, boolean caches) throws IOException {
    Files.createDirectories(home.resolve(CORE).resolve("conf"));
    Files.writeString(home.resolve("solr.xml"), resource("solr.xml"), StandardCharsets.UTF_8);
    Files.writeString(
        home.resolve(CORE).resolve("core.properties"),
        "name=" + CORE + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        conf(home).resolve("schema.xml"), resource("schema.xml"), StandardCharsets.UTF_8);
    setCaches(home, caches);
  }

  /**
   * Writes the core's solrconfig.xml with Solr's default caches or with none. The caches are on by
   * default because a team ships them on; off, the figures show the work each query really does,
   * since a benchmark that repeats each query would otherwise mostly time cache hits.
   */
  public static void setCaches(Path home, boolean caches) throws IOException {
    String config = resource("solrconfig.xml");
    config = config.replace(CACHES_MARK, caches ? resource("caches.xml") : "");
    Files.writeString(conf(home).resolve("solrconfig.xml"), config, StandardCharsets.UTF_8);
  }

  /** Starts a container on {@code home} and a client of its core; closing the client stops it. */
  public static EmbeddedSolrServer open(Path home) {
    return new EmbeddedSolrServer(home.toAbsolutePath(), CORE);
  }

  /** The size on disk of the core's index. */
  public static long indexBytes(Path home) throws IOException {
    Path index = home.resolve(CORE).resolve("data").resolve("index");
    try (Stream<Path> files = Files.walk(index)) {
      return files.filter(Files::isRegularFile).mapToLong(SolrHome::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path conf(Path home) {
    return home.resolve(CORE).resolve("conf");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SolrHome.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
