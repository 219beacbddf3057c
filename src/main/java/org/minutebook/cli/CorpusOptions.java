package org.minutebook.cli;

import java.nio.file.Path;
import org.minutebook.config.Paths;
import picocli.CommandLine.Option;

/** The --corpus and --index options every command shares. */
final class CorpusOptions {
  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Folder of minutes to index (default: the bundled corpus/).")
  Path corpus;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Folder for the index (default: index/ beside the corpus folder of Minutebook).")
  Path index;

  Paths paths() {
    return Paths.resolve(corpus, index);
  }
}
