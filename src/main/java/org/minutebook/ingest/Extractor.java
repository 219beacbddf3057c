package org.minutebook.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns one file into its raw text, or into an {@link ExtractionException} with the status and
 * reason to report. Implementations are thread-safe: the ingest threads share one.
 */
public interface Extractor extends AutoCloseable {
  /**
   * The raw text of {@code file} as Tika gave it (not cleaned; PDF pages separated by form feeds).
   *
   * @throws ExtractionException when the file gives no text; the exception says why
   * @throws IOException when the file cannot be read for a reason of the machine, not of the file
   */
  Extracted extract(Path file) throws ExtractionException, IOException;

  /** Releases what the extractor holds (worker processes, threads); never throws. */
  @Override
  void close();

  /** An extractor for runs that read no file; asking it to is a bug. */
  Extractor NONE =
      new Extractor() {
        @Override
        public Extracted extract(Path file) {
          throw new IllegalStateException("no file was to be read, but " + file + " was");
        }

        @Override
        public void close() {}
      };

  /** The extractor the options ask for: a pool of worker JVMs, or in this JVM. */
  static Extractor open(IngestOptions options) throws IOException {
    return options.isolated() ? new IsolatedExtractor(options) : new TimedExtractor(options);
  }
}
