package org.minutebook.model;

import java.nio.file.Path;

/** The original file of an item, or why it cannot be served. */
public sealed interface Original {
  /**
   * The file, inside the corpus.
   *
   * @param file the file's real path
   * @param name its file name, for the download
   */
  record Found(Path file, String name) implements Original {}

  /**
   * Why there is no file to serve.
   *
   * @param reason in words for a person
   */
  record Missing(String reason) implements Original {}
}
