package org.minutebook.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;
import org.minutebook.model.IngestStatus;

/**
 * The JSON lines that {@link IsolatedExtractor} and its {@link ExtractWorker}s exchange: one {@link
 * Request} per line on the worker's stdin, one {@link Reply} per line on its stdout. Lines are pure
 * ASCII (everything else escaped), so no text can break the framing or the encoding.
 */
final class WorkerProtocol {
  /** The status of the first line a worker writes, when it is ready for requests. */
  static final String READY = "READY";

  /** The status of a reply with text. */
  static final String TEXT = "TEXT";

  /** The status of a reply for a file that could not be read at all. */
  static final String IO_ERROR = "IO_ERROR";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private WorkerProtocol() {}

  /** Extract the file at this absolute path. */
  record Request(String path) {}

  /**
   * What a worker made of one file.
   *
   * @param status {@value #TEXT}, {@value #READY}, {@value #IO_ERROR}, or the name of the {@link
   *     IngestStatus} the file failed with
   */
  record Reply(
      String status,
      String reason,
      String contentType,
      String title,
      boolean truncated,
      int ocrPages,
      String text) {

    static Reply ready() {
      return new Reply(READY, "", "", null, false, 0, "");
    }

    static Reply of(Extracted extracted) {
      return new Reply(
          TEXT,
          "",
          extracted.contentType(),
          extracted.embeddedTitle().orElse(null),
          extracted.truncated(),
          extracted.ocrPages(),
          extracted.text());
    }

    static Reply of(ExtractionException failure) {
      return new Reply(
          failure.status().name(), failure.getMessage(), failure.contentType(), null, false, 0, "");
    }

    static Reply ioError(IOException error) {
      return new Reply(IO_ERROR, TikaExtractor.rootMessage(error), "", null, false, 0, "");
    }

    /** The text this reply carries, or the failure it reports, as the extractor would give it. */
    Extracted toExtracted() throws ExtractionException, IOException {
      if (TEXT.equals(status)) {
        return new Extracted(text, contentType, Optional.ofNullable(title), truncated, ocrPages);
      }
      if (IO_ERROR.equals(status)) {
        throw new IOException(reason);
      }
      IngestStatus failed;
      try {
        failed = IngestStatus.valueOf(status);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IOException("the parser worker answered with an unknown status: " + status, e);
      }
      throw new ExtractionException(failed, reason, contentType);
    }
  }

  /** One line of JSON, without the line end. */
  static String encode(Object message) {
    try {
      return JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a protocol record always serialises", e);
    }
  }

  static <T> T decode(String line, Class<T> type) throws JsonProcessingException {
    return JSON.readValue(line, type);
  }
}
