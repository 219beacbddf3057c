package org.minutebook.themes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minutebook.config.Hashing;
import org.minutebook.config.YamlFiles;
import org.minutebook.model.Theme;

/**
 * The themes items are tagged with. The built-in taxonomy ships in the jar; a {@value #FILE_NAME}
 * at the corpus root replaces it, so that users can edit themes without rebuilding.
 */
public final class ThemeCatalog {
  /** The name of a corpus's own taxonomy file. */
  public static final String FILE_NAME = "themes.yaml";

  private static final String BUILT_IN = "/org/minutebook/themes/default-themes.yaml";
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** The file's shape: a list of themes (public fields, so that errors point at their line). */
  static final class ThemeFile {
    public List<ThemeFields> themes;
  }

  /** One theme as written. */
  static final class ThemeFields {
    public String id;
    public String label;
    public String description;
    public List<String> terms;

    /** Optional, for readability: matched exactly as terms are. */
    public List<String> phrases;

    /** Optional, for readability: other names of the theme, matched as terms are. */
    public List<String> synonyms;

    public List<String> exclude;
  }

  private final Map<String, Theme> byId;
  private final String fingerprint;

  private ThemeCatalog(List<Theme> themes, String fingerprint) {
    Map<String, Theme> map = new LinkedHashMap<>();
    for (Theme theme : themes) {
      map.put(theme.id(), theme);
    }
    this.byId = java.util.Collections.unmodifiableMap(map);
    this.fingerprint = fingerprint;
  }

  /** The corpus's {@value #FILE_NAME} if it has one, otherwise the built-in taxonomy. */
  public static ThemeCatalog forCorpus(Path corpusRoot) throws IOException {
    Path file = corpusRoot.resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      return parse(Files.readAllBytes(file), file.toString());
    }
    return builtIn();
  }

  /** The taxonomy that ships with Minutebook. */
  public static ThemeCatalog builtIn() throws IOException {
    try (InputStream in = ThemeCatalog.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IOException("built-in themes missing from the jar: " + BUILT_IN);
      }
      return parse(in.readAllBytes(), "built-in themes");
    }
  }

  /**
   * Reads a taxonomy.
   *
   * @throws ThemeFileException naming the line when the file is not valid
   */
  public static ThemeCatalog parse(byte[] yaml, String name) {
    ThemeFile file;
    try {
      file = YamlFiles.read(yaml, ThemeFile.class, name);
    } catch (YamlFiles.InvalidFileException e) {
      throw new ThemeFileException(e.getMessage());
    }
    if (file == null || file.themes == null || file.themes.isEmpty()) {
      throw new ThemeFileException(name + ": no themes defined (expected a 'themes:' list)");
    }
    Map<String, Theme> seen = new LinkedHashMap<>();
    for (ThemeFields fields : file.themes) {
      Theme theme = validate(fields, name);
      if (seen.put(theme.id(), theme) != null) {
        throw new ThemeFileException(name + ": theme id '" + theme.id() + "' is defined twice");
      }
    }
    return new ThemeCatalog(List.copyOf(seen.values()), Hashing.sha256Hex(yaml));
  }

  private static Theme validate(ThemeFields fields, String name) {
    if (fields == null || fields.id == null || !ID.matcher(fields.id).matches()) {
      throw new ThemeFileException(
          name
              + ": theme id '"
              + (fields == null ? null : fields.id)
              + "' must be lower-case words joined by '-'");
    }
    String theme = name + ": theme '" + fields.id + "' ";
    if (fields.label == null || fields.label.isBlank()) {
      throw new ThemeFileException(theme + "needs a label");
    }
    List<String> terms = new ArrayList<>();
    for (List<String> list : Arrays.asList(fields.terms, fields.phrases, fields.synonyms)) {
      if (list != null) {
        terms.addAll(list);
      }
    }
    if (terms.isEmpty() || terms.stream().anyMatch(t -> t == null || t.isBlank())) {
      throw new ThemeFileException(
          theme + "needs a list of non-empty terms (or phrases or synonyms)");
    }
    List<String> exclude = fields.exclude == null ? List.of() : fields.exclude;
    if (exclude.stream().anyMatch(t -> t == null || t.isBlank())) {
      throw new ThemeFileException(theme + "has an empty exclusion");
    }
    return new Theme(fields.id, fields.label, fields.description, terms, exclude);
  }

  /** Every theme, in file order. */
  public List<Theme> themes() {
    return List.copyOf(byId.values());
  }

  /** The theme with this id. */
  public Optional<Theme> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A hash of the definitions: when it changes, the index must be rebuilt. */
  public String fingerprint() {
    return fingerprint;
  }

  /** An invalid taxonomy file; the message names the file and, where known, the line. */
  public static final class ThemeFileException extends YamlFiles.InvalidFileException {
    private static final long serialVersionUID = 1L;

    public ThemeFileException(String message) {
      super(message);
    }
  }
}
