package org.minutebook.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.minutebook.model.IngestStatus;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the raw text of one file with Tika's AutoDetectParser in this JVM, and turns every way
 * that can fail into an {@link ExtractionException} with a status and a reason. Thread-safe: one
 * instance serves all threads. It has no time limit and shares this JVM's memory: {@link
 * IsolatedExtractor} runs it in worker JVMs, {@link TimedExtractor} on threads with a time limit.
 *
 * <p>Embedded documents (a spreadsheet in a Word file, a PDF's attachments) are read into the text
 * up to {@value ParseContexts#MAX_EMBEDDED_DEPTH} levels deep and {@value
 * ParseContexts#MAX_EMBEDDED_COUNT} per file. Archives (zip, gzip, tar, ...) are not unpacked.
 */
public final class TikaExtractor implements Extractor {
  private static final MediaType PDF_TYPE = MediaType.application("pdf");
  private static final int REPLACEMENT_CHARACTER = 0xFFFD;

  /** Archives and compressed streams: many papers (or bombs) in one file, never one paper. */
  private static final Set<String> ARCHIVES =
      Set.of(
          "application/zip",
          "application/gzip",
          "application/x-gzip",
          "application/x-tar",
          "application/x-gtar",
          "application/x-7z-compressed",
          "application/x-bzip",
          "application/x-bzip2",
          "application/x-xz",
          "application/x-lzma",
          "application/x-compress",
          "application/zstd",
          "application/x-lz4",
          "application/x-snappy",
          "application/x-brotli",
          "application/x-rar-compressed",
          "application/vnd.rar",
          "application/x-archive",
          "application/x-cpio",
          "application/java-archive");

  private final AutoDetectParser parser = new AutoDetectParser();
  private final int maxChars;
  private final long maxBytes;
  private final boolean ocrAsked;
  private final boolean ocr;

  /** Without OCR. */
  public TikaExtractor(int maxChars, long maxBytes) {
    this(maxChars, maxBytes, false);
  }

  /**
   * @param maxChars text beyond this many characters is cut off (and the cut reported)
   * @param maxBytes files larger than this are not parsed at all
   * @param ocr whether to read scanned PDF pages with Tesseract (ignored when it is not installed)
   */
  public TikaExtractor(int maxChars, long maxBytes, boolean ocr) {
    this(maxChars, maxBytes, ocr, ocr && Tesseract.installed());
  }

  /** For tests: {@code tesseract} says whether Tesseract is installed. */
  TikaExtractor(int maxChars, long maxBytes, boolean ocr, boolean tesseract) {
    this.maxChars = maxChars;
    this.maxBytes = maxBytes;
    this.ocrAsked = ocr;
    this.ocr = ocr && tesseract;
  }

  /** Web pages: one line per block once {@link HtmlBlockLines} has read them. */
  private static final Set<MediaType> HTML_TYPES =
      Set.of(MediaType.text("html"), MediaType.application("xhtml+xml"));

  @Override
  public Extracted extract(Path file) throws ExtractionException, IOException {
    checkSize(Files.size(file));
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    StringWriter out = new StringWriter();
    boolean truncated = false;
    // Opened outside the try: a file that cannot be opened is the machine's problem, not the
    // file's.
    TikaInputStream in = TikaInputStream.get(file, metadata);
    try (in) {
      MediaType type = parser.getDetector().detect(in, metadata);
      refuseArchive(type);
      refuseMisnamedText(file, type);
      boolean pdf = PDF_TYPE.equals(type.getBaseType());
      ContentHandler text = new WriteOutContentHandler(out, maxChars);
      boolean html = HTML_TYPES.contains(type.getBaseType());
      ContentHandler lines =
          pdf ? new PageBreakHandler(text) : html ? new HtmlBlockLines(text) : text;
      ContentHandler handler = new BodyContentHandler(lines);
      ParseContext context = ParseContexts.create(parser, ocr && pdf);
      parser.parse(in, handler, metadata, context);
      refuseEncryptedPortfolio(metadata, context);
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
    } catch (StackOverflowError e) {
      throw failure(IngestStatus.CORRUPT, "the parser crashed", e, metadata);
    } catch (OutOfMemoryError e) {
      // Only in this JVM: a worker JVM exits on its first OutOfMemoryError instead.
      throw failure(IngestStatus.TOO_LARGE, "the parser ran out of memory", e, metadata);
    }
    return result(out.toString(), metadata, truncated);
  }

  /** Nothing to release: the parser holds no resources between files. */
  @Override
  public void close() {}

  private void checkSize(long size) throws ExtractionException {
    if (size == 0) {
      throw new ExtractionException(IngestStatus.EMPTY, "the file is empty (0 bytes)", "");
    }
    if (size > maxBytes) {
      throw new ExtractionException(
          IngestStatus.TOO_LARGE,
          "the file is " + size + " bytes; the limit is " + maxBytes + " bytes",
          "");
    }
  }

  private static void refuseArchive(MediaType type) throws ExtractionException {
    String base = type.getBaseType().toString();
    if (ARCHIVES.contains(base)) {
      throw new ExtractionException(
          IngestStatus.UNSUPPORTED,
          "an archive (" + base + "): archives are not unpacked; put its files in the corpus",
          base);
    }
  }

  /** Binary document formats, by the extension their files are named with. */
  private static final Map<String, String> BINARY_FORMATS =
      Map.of(
          "pdf", "a PDF",
          "doc", "a Word document",
          "docx", "a Word document",
          "odt", "an OpenDocument text",
          "rtf", "an RTF document");

  /**
   * A file named as a document format that reads as plain text is damaged or wrapped (a PDF with an
   * HTTP multipart envelope around it, say): indexing its bytes as text would fill the index with
   * object syntax, so it is reported instead.
   */
  private static void refuseMisnamedText(Path file, MediaType type) throws ExtractionException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String format = BINARY_FORMATS.get(extension);
    if (format != null && MediaType.TEXT_PLAIN.equals(type.getBaseType())) {
      throw new ExtractionException(
          IngestStatus.CORRUPT,
          "the file is named ."
              + extension
              + " but is not "
              + format
              + " that can be read: its content does not start as one (it reads as plain text)",
          MediaType.TEXT_PLAIN.toString());
    }
  }

  /**
   * A PDF portfolio shows its attachments, not its own pages: when an attachment is encrypted (a
   * Microsoft IRM-protected PDF is a cover page saying "this document is protected" around one),
   * the paper itself is encrypted and the cover page's text is not worth indexing.
   */
  private static void refuseEncryptedPortfolio(Metadata metadata, ParseContext context)
      throws ExtractionException {
    ParseRecord record = context.get(ParseRecord.class);
    if (!"true".equals(metadata.get(PDF.HAS_COLLECTION)) || record == null) {
      return;
    }
    for (Exception e : record.getExceptions()) {
      if (e instanceof EncryptedDocumentException) {
        throw failure(
            IngestStatus.ENCRYPTED,
            "the PDF is a cover page around an encrypted document",
            e,
            metadata);
      }
    }
  }

  private Extracted result(String raw, Metadata metadata, boolean truncated)
      throws ExtractionException {
    String contentType = baseType(metadata);
    if (!hasText(raw)) {
      throw noText(contentType);
    }
    Integer ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
    return new Extracted(
        raw,
        contentType,
        Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)),
        truncated,
        ocrPages == null ? 0 : ocrPages);
  }

  /**
   * Whether {@code raw} has anything visible: not only spaces, line ends, control codes and the
   * replacement characters Tika writes for bytes it cannot decode.
   */
  static boolean hasText(String raw) {
    return raw.codePoints()
        .anyMatch(
            c ->
                !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT
                    && c != REPLACEMENT_CHARACTER);
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
    if (!PDF_TYPE.equals(type)) {
      return new ExtractionException(IngestStatus.EMPTY, "the file contains no text", contentType);
    }
    return new ExtractionException(IngestStatus.EMPTY, noTextLayer(), contentType);
  }

  /** Why a PDF gave no text, and what would read it. */
  private String noTextLayer() {
    if (ocr) {
      return "the PDF has no text layer and OCR found no text in it";
    }
    if (ocrAsked) {
      return "the PDF has no text layer (scanned pages need OCR, and Tesseract is not installed)";
    }
    return "the PDF has no text layer (scanned pages need OCR)";
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

  static String oneLine(String message) {
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
