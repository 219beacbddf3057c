package org.minutebook.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sidecar manifests: a {@value #FILE_NAME} in any folder of the corpus describes the files in that
 * folder, as a person who read them stated it. Its values take precedence over anything read from the
 * documents. The format is documented in {@code corpus/README.md}.
 */
public final class Manifest {
  /** The sidecar's file name. */
  public static final String FILE_NAME = "minutebook-manifest.yaml";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .findAndRegisterModules();

  /** What a manifest says of one file; every field is optional. */
  public record Entry(
      String council,
      String committee,
      String date,
      String type,
      String item,
      String title,
      String evidence) {
    static final Entry EMPTY = new Entry(null, null, null, null, null, null, null);

    /** This entry's values, falling back to {@code defaults} where it has none. */
    Entry over(Entry defaults) {
      return new Entry(
          or(council, defaults.council),
          or(committee, defaults.committee),
          or(date, defaults.date),
          or(type, defaults.type),
          or(item, defaults.item),
          or(title, defaults.title),
          or(evidence, defaults.evidence));
    }

    private static String or(String value, String fallback) {
      return value != null ? value : fallback;
    }
  }

  /** One manifest file as written. */
  record ManifestFile(
      @JsonProperty("defaults") Entry defaults, @JsonProperty("files") Map<String, Entry> files) {}

  /** A described file: its entry and the manifest it came from (relative to the corpus). */
  public record Described(Entry entry, String manifest) {}

  private final Map<String, Described> bySource;

  private Manifest(Map<String, Described> bySource) {
    this.bySource = bySource;
  }

  /** A manifest that describes nothing. */
  public static Manifest empty() {
    return new Manifest(Map.of());
  }

  /**
   * Reads every sidecar under {@code root}.
   *
   * @throws ManifestException naming the file and line when one is not valid
   */
  public static Manifest load(Path root) throws IOException {
    Map<String, Described> bySource = new HashMap<>();
    try (var paths = Files.walk(root)) {
      for (Path sidecar :
          paths.filter(p -> p.getFileName().toString().equals(FILE_NAME)).sorted().toList()) {
        String folder = CorpusWalker.relative(root, sidecar.getParent());
        String manifestName = CorpusWalker.relative(root, sidecar);
        ManifestFile file = read(sidecar, manifestName);
        Entry defaults = file.defaults() == null ? Entry.EMPTY : file.defaults();
        Map<String, Entry> files = file.files() == null ? Map.of() : file.files();
        for (var e : new LinkedHashMap<>(files).entrySet()) {
          Entry entry = (e.getValue() == null ? Entry.EMPTY : e.getValue()).over(defaults);
          validate(entry, manifestName, e.getKey());
          String source = folder.isEmpty() ? e.getKey() : folder + "/" + e.getKey();
          bySource.put(source, new Described(entry, manifestName));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Manifest(Map.copyOf(bySource));
  }

  private static ManifestFile read(Path sidecar, String name) throws IOException {
    try {
      ManifestFile file = YAML.readValue(sidecar.toFile(), ManifestFile.class);
      return file == null ? new ManifestFile(null, null) : file;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? name : name + " line " + at.getLineNr();
      throw new ManifestException(where + ": " + e.getOriginalMessage());
    }
  }

  private static void validate(Entry entry, String manifest, String file) {
    String where = manifest + ", entry '" + file + "': ";
    if (entry.date() != null && Dates.parse(entry.date()).isEmpty()) {
      throw new ManifestException(where + "date '" + entry.date() + "' is not a date (use YYYY-MM-DD)");
    }
    if (entry.type() != null) {
      try {
        org.minutebook.model.DocumentType.fromLabel(entry.type());
      } catch (IllegalArgumentException e) {
        throw new ManifestException(
            where + "type '" + entry.type() + "' is not one of minutes, agenda, report, decision, other");
      }
    }
  }

  /** What the manifests say of the file at {@code source}, if anything. */
  public Optional<Described> describe(String source) {
    return Optional.ofNullable(bySource.get(source));
  }

  /** A manifest that cannot be read: the message names the file and line. */
  public static final class ManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ManifestException(String message) {
      super(message);
    }
  }
}
