package org.minutebook.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads the YAML files people edit (manifests, themes) strictly: an unknown field is an error, and
 * every error names the file and line in words a person can act on.
 */
public final class YamlFiles {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private YamlFiles() {}

  /**
   * Reads {@code yaml} as a {@code type}; use plain classes with public fields, so that errors are
   * reported at the line where they occur.
   *
   * @param name the file's name, for messages
   * @throws InvalidFileException naming the file and line
   */
  public static <T> T read(byte[] yaml, Class<T> type, String name) {
    try {
      return YAML.readValue(yaml, type);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      throw new InvalidFileException(
          where(name, e.getLocation())
              + "unknown field '"
              + e.getPropertyName()
              + "' (expected one of: "
              + known
              + ")");
    } catch (JsonProcessingException e) {
      throw new InvalidFileException(where(name, e.getLocation()) + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidFileException(name + ": " + e.getMessage());
    }
  }

  private static String where(String name, JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? name + ": " : name + " line " + at.getLineNr() + ": ";
  }

  /** A file that cannot be read as intended; the message says where and why. */
  public static class InvalidFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidFileException(String message) {
      super(message);
    }
  }
}
