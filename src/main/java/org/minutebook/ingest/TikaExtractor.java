package org.minutebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.FileTooLongException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.minutebook.model.IngestStatus;
import org.xml.sax.SAXException;

/**
 * Extracts plain text from one file with Tika's AutoDetectParser, and turns every way that can fail
 * into an {@link ExtractionException} with a status and a reason. Thread-safe: one instance serves
 * all worker threads. Embedded documents (attachments, images) are not descended into.
 */
public final class TikaExtractor {
  private final AutoDetectParser parser = new AutoDetectParser();
  private final int maxChars;
  private final long maxBytes;

  /**
   * @param maxChars text beyond this many characters is cut off (and the cut reported)
   * @param maxBytes files larger than this are not parsed at all
   */
  public TikaExtractor(int maxChars, long maxBytes) {
    this.maxChars = maxChars;
    this.maxBytes = maxBytes;
  }

  /** The text of {@code file}; an {@link IOException} means the file could not be read at all. */
  public Extracted extract(Path file) throws ExtractionException, IOException {
    long size = Files.size(file);
    if (size == 0) {
      throw new ExtractionException(IngestStatus.EMPTY, "the file is empty (0 bytes)", "");
    }
    if (size > maxBytes) {
      throw new ExtractionException(
          IngestStatus.TOO_LARGE,
          "the file is " + size + " bytes; the limit is " + maxBytes + " bytes",
          "");
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    StringWriter out = new StringWriter();
    BodyContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(out, maxChars));
    boolean truncated = false;
    try (InputStream in = TikaInputStream.get(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw failure(IngestStatus.CORRUPT, "the file's content is malformed", e, metadata);
      }
      truncated = true;
    } catch (EncryptedDocumentException | AccessPermissionException e) {
      throw failure(
          IngestStatus.ENCRYPTED, "the file is encrypted or password-protected", e, metadata);
    } catch (UnsupportedFormatException e) {
      throw failure(IngestStatus.UNSUPPORTED, "the format is not supported", e, metadata);
    } catch (ZeroByteFileException e) {
      throw failure(IngestStatus.EMPTY, "the file is empty", e, metadata);
    } catch (TikaMemoryLimitException | FileTooLongException e) {
      throw failure(IngestStatus.TOO_LARGE, "the file exceeds a parser limit", e, metadata);
    } catch (TikaException e) {
      throw failure(IngestStatus.CORRUPT, "the file could not be parsed", e, metadata);
    } catch (IOException | RuntimeException e) {
      // Read errors during parsing come from the content (truncated archives, bad offsets), not the
      // disk: the file was opened successfully above.
      throw failure(IngestStatus.CORRUPT, "the parser failed", e, metadata);
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw failure(IngestStatus.CORRUPT, "the parser crashed", e, metadata);
    }
    String contentType = baseType(metadata);
    String normalised = TextCleaner.normalise(out.toString());
    String text = TextCleaner.paragraphs(normalised, linesAreParagraphs(contentType, normalised));
    if (text.isBlank()) {
      throw noText(contentType);
    }
    return new Extracted(
        text, contentType, Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)), truncated);
  }

  /**
   * Whether each line is a paragraph: always for formats whose parser writes one line per block
   * (HTML, Word, ODT, RTF), never for PDF (its lines are the page's), and for plain text when its
   * lines are too long to be wrapped.
   */
  private static boolean linesAreParagraphs(String contentType, String text) {
    return switch (contentType) {
      case "application/pdf" -> false;
      case "text/plain" -> TextCleaner.hasParagraphLines(text);
      default -> true;
    };
  }

  private ExtractionException noText(String contentType) {
    MediaType type = MediaType.parse(contentType);
    if (type == null || !parser.getParsers().containsKey(type)) {
      return new ExtractionException(
          IngestStatus.UNSUPPORTED,
          "no text parser for this format ("
              + (contentType.isEmpty() ? "unknown" : contentType)
              + ")",
          contentType);
    }
    String reason =
        contentType.equals("application/pdf")
            ? "the PDF has no text layer (scanned pages need OCR)"
            : "the file contains no text";
    return new ExtractionException(IngestStatus.EMPTY, reason, contentType);
  }

  private static ExtractionException failure(
      IngestStatus status, String what, Throwable error, Metadata metadata) {
    return new ExtractionException(status, what + ": " + rootMessage(error), baseType(metadata));
  }

  /** The innermost cause's class and message: usually the most specific explanation. */
  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String name = root.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + oneLine(message);
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("\\s+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  private static String baseType(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (type == null) {
      return "";
    }
    MediaType parsed = MediaType.parse(type);
    return parsed == null ? type : parsed.getBaseType().toString();
  }
}
