package org.minutebook.config;

import java.nio.file.Path;

/**
 * Where the corpus and index live. Defaults are the {@code corpus} and {@code index} folders of the
 * Minutebook installation (the launcher passes it as the {@code minutebook.home} system property),
 * so that {@code ./minutebook serve} works from anywhere; paths given by the user are taken
 * relative to the current directory, as users expect.
 *
 * @param corpus the folder of minutes
 * @param index the folder of the Lucene index
 */
public record Paths(Path corpus, Path index) {
  /** The system property the launcher sets to the installation folder. */
  public static final String HOME_PROPERTY = "minutebook.home";

  public static final String DEFAULT_CORPUS = "corpus";
  public static final String DEFAULT_INDEX = "index";

  /** What the private index's folder adds to the public index's name. */
  public static final String PRIVATE_SUFFIX = "-private";

  /** Resolves user-given paths, falling back to the installation's defaults. */
  public static Paths resolve(Path corpus, Path index) {
    Path home = home();
    return new Paths(
        (corpus != null ? corpus : home.resolve(DEFAULT_CORPUS)).toAbsolutePath().normalize(),
        (index != null ? index : home.resolve(DEFAULT_INDEX)).toAbsolutePath().normalize());
  }

  /** The folder of the private index of restricted items, beside the public index. */
  public Path privateIndex() {
    return privateIndexOf(index);
  }

  /**
   * The private index of the public index at {@code index}: the folder beside it named {@code
   * <index>-private}. Beside rather than inside, so that copying or publishing the public index
   * folder never carries restricted items with it, and the two can have different permissions.
   */
  public static Path privateIndexOf(Path index) {
    Path absolute = index.toAbsolutePath().normalize();
    Path name = absolute.getFileName();
    if (name == null) {
      throw new IllegalArgumentException(
          "the index cannot be the root folder " + absolute + ": choose a folder with --index");
    }
    return absolute.resolveSibling(name + PRIVATE_SUFFIX);
  }

  /** The installation folder, or the current directory when not started by the launcher. */
  public static Path home() {
    String home = System.getProperty(HOME_PROPERTY);
    return Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath();
  }
}
