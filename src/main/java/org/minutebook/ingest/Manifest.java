package org.minutebook.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.minutebook.config.YamlFiles;

/**
 * Sidecar manifests: a {@value #FILE_NAME} in any folder of the corpus describes the files in that
 * folder, as a person who read them stated it. Its values take precedence over anything read from
 * the documents. The format is documented in {@code corpus/README.md}.
 */
public final class Manifest {
  /** The sidecar's file name. */
  public static final String FILE_NAME = "minutebook-manifest.yaml";

  /**
   * What a reader concluded about a file but the file does not state, with the reasons. Kept apart
   * from stated values so that it is never shown as one.
   *
   * @param council the council the reader concluded, or null
   * @param committee the committee the reader concluded, or null
   * @param evidence why (required: an inference without its reasons is a guess)
   */
  public record Inference(String council, String committee, String evidence) {}

  /**
   * What a manifest says of one file; every field is optional.
   *
   * @param restricted true when the file is exempt business (every item goes to the private index
   *     only), false when a person has read it and it is public whatever its wording; null to let
   *     its wording decide
   */
  public record Entry(
      String council,
      String committee,
      String date,
      String type,
      String item,
      String title,
      String evidence,
      Inference inferred,
      Boolean restricted) {
    static final Entry EMPTY = new Entry(null, null, null, null, null, null, null, null, null);

    /** An entry that leaves restriction to the file's wording. */
    public Entry(
        String council,
        String committee,
        String date,
        String type,
        String item,
        String title,
        String evidence,
        Inference inferred) {
      this(council, committee, date, type, item, title, evidence, inferred, null);
    }

    /** An entry with only stated values. */
    public Entry(
        String council,
        String committee,
        String date,
        String type,
        String item,
        String title,
        String evidence) {
      this(council, committee, date, type, item, title, evidence, null);
    }

    /** This entry's values, falling back to {@code defaults} where it has none. */
    Entry over(Entry defaults) {
      return new Entry(
          or(council, defaults.council),
          or(committee, defaults.committee),
          or(date, defaults.date),
          or(type, defaults.type),
          or(item, defaults.item),
          or(title, defaults.title),
          or(evidence, defaults.evidence),
          or(inferred, defaults.inferred),
          or(restricted, defaults.restricted));
    }

    private static <T> T or(T value, T fallback) {
      return value != null ? value : fallback;
    }
  }

  /** One manifest file as written (public fields, so that errors point at their line). */
  static final class ManifestFile {
    public EntryFields defaults;
    public Map<String, EntryFields> files;
  }

  /** One entry as written. */
  static final class EntryFields {
    public String council;
    public String committee;
    public String date;
    public String type;
    public String item;
    public String title;
    public String evidence;
    public InferenceFields inferred;
    public Boolean restricted;

    Entry toEntry() {
      Inference inference =
          inferred == null
              ? null
              : new Inference(inferred.council, inferred.committee, inferred.evidence);
      return new Entry(
          council, committee, date, type, item, title, evidence, inference, restricted);
    }
  }

  /** An {@code inferred:} block as written. */
  static final class InferenceFields {
    public String council;
    public String committee;
    public String evidence;
  }

  /** A described file: its entry and the manifest it came from (relative to the corpus). */
  public record Described(Entry entry, String manifest) {}

  private final Map<String, Described> bySource;
  private final Map<String, Described> defaultsByFolder;

  private Manifest(Map<String, Described> bySource, Map<String, Described> defaultsByFolder) {
    this.bySource = bySource;
    this.defaultsByFolder = defaultsByFolder;
  }

  /** A manifest that describes nothing. */
  public static Manifest empty() {
    return new Manifest(Map.of(), Map.of());
  }

  /**
   * Reads every sidecar under {@code root}.
   *
   * @throws ManifestException naming the file and line when one is not valid
   */
  public static Manifest load(Path root) throws IOException {
    Map<String, Described> bySource = new HashMap<>();
    Map<String, Described> defaultsByFolder = new HashMap<>();
    try (var paths = Files.walk(root)) {
      for (Path sidecar :
          paths.filter(p -> p.getFileName().toString().equals(FILE_NAME)).sorted().toList()) {
        String folder = CorpusWalker.relative(root, sidecar.getParent());
        String manifestName = CorpusWalker.relative(root, sidecar);
        ManifestFile file = read(sidecar, manifestName);
        Entry defaults = file.defaults == null ? Entry.EMPTY : file.defaults.toEntry();
        if (file.defaults != null) {
          validate(defaults, manifestName, "defaults");
          defaultsByFolder.put(folder, new Described(defaults, manifestName));
        }
        Map<String, EntryFields> files = file.files == null ? Map.of() : file.files;
        for (var e : new LinkedHashMap<>(files).entrySet()) {
          Entry entry =
              (e.getValue() == null ? Entry.EMPTY : e.getValue().toEntry()).over(defaults);
          validate(entry, manifestName, e.getKey());
          String source = folder.isEmpty() ? e.getKey() : folder + "/" + e.getKey();
          bySource.put(source, new Described(entry, manifestName));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Manifest(Map.copyOf(bySource), Map.copyOf(defaultsByFolder));
  }

  private static ManifestFile read(Path sidecar, String name) throws IOException {
    try {
      ManifestFile file = YamlFiles.read(Files.readAllBytes(sidecar), ManifestFile.class, name);
      return file == null ? new ManifestFile() : file;
    } catch (YamlFiles.InvalidFileException e) {
      throw new ManifestException(e.getMessage());
    }
  }

  private static void validate(Entry entry, String manifest, String file) {
    String where = manifest + ", entry '" + file + "': ";
    if (entry.date() != null && Dates.parse(entry.date()).isEmpty()) {
      throw new ManifestException(
          where + "date '" + entry.date() + "' is not a date (use YYYY-MM-DD)");
    }
    if (entry.inferred() != null
        && (entry.inferred().evidence() == null || entry.inferred().evidence().isBlank())) {
      throw new ManifestException(
          where
              + "'inferred' needs an 'evidence' that says why (an inference without reasons is"
              + " a guess)");
    }
    if (entry.type() != null) {
      try {
        org.minutebook.model.DocumentType.fromLabel(entry.type());
      } catch (IllegalArgumentException e) {
        throw new ManifestException(
            where
                + "type '"
                + entry.type()
                + "' is not one of minutes, agenda, report, decision, other");
      }
    }
  }

  /**
   * What the manifests say of the file at {@code source}: its own entry, or else the defaults of
   * the nearest folder above it that has any.
   */
  public Optional<Described> describe(String source) {
    Described own = bySource.get(source);
    if (own != null) {
      return Optional.of(own);
    }
    String folder = source;
    while (true) {
      int slash = folder.lastIndexOf('/');
      folder = slash < 0 ? "" : folder.substring(0, slash);
      Described defaults = defaultsByFolder.get(folder);
      if (defaults != null) {
        return Optional.of(defaults);
      }
      if (folder.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /**
   * Whether the manifests restrict the file at {@code source}: the nearest explicit {@code
   * restricted} value, from its own entry up through the defaults of every folder above it, so that
   * a folder marked restricted stays restricted when a subfolder's manifest says nothing of it.
   * Empty when no manifest says.
   */
  public Optional<Boolean> restricted(String source) {
    Described own = bySource.get(source);
    if (own != null && own.entry().restricted() != null) {
      return Optional.of(own.entry().restricted());
    }
    String folder = source;
    while (!folder.isEmpty()) {
      int slash = folder.lastIndexOf('/');
      folder = slash < 0 ? "" : folder.substring(0, slash);
      Described defaults = defaultsByFolder.get(folder);
      if (defaults != null && defaults.entry().restricted() != null) {
        return Optional.of(defaults.entry().restricted());
      }
    }
    return Optional.empty();
  }

  /** A manifest that cannot be read: the message names the file and line. */
  public static final class ManifestException extends YamlFiles.InvalidFileException {
    private static final long serialVersionUID = 1L;

    public ManifestException(String message) {
      super(message);
    }
  }
}
