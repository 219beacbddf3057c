package org.minutebook.cli;

import java.nio.file.Path;
import org.minutebook.config.Paths;
import org.minutebook.index.IndexState;
import picocli.CommandLine.Option;

/** The --corpus and --index options every command shares. */
final class CorpusOptions {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Folder of minutes to index (default: the corpus the --index folder was built from,"
              + " else the bundled corpus/).")
  Path corpus;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Folder for the index (default: index/ beside the corpus folder of Minutebook).")
  Path index;

  /**
   * The folders to use. Given only {@code --index}, the corpus is the one that index was built
   * from, so that searching an index of another archive does not re-index the bundled sample into
   * it.
   */
  Paths paths() {
    if (corpus == null && index != null) {
      Path built = IndexState.corpusOf(index.toAbsolutePath().normalize()).orElse(null);
      return Paths.resolve(built, index);
    }
    return Paths.resolve(corpus, index);
  }
}
