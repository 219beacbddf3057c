package org.minutebook.solrbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text extraction as a Solr team would do it: Tika's AutoDetectParser in process, the whole body.
 * One instance serves every thread; the parser is thread-safe, each call has its own handler.
 */
final class Extraction {
  private final AutoDetectParser parser = new AutoDetectParser();

  /** Extracts the text of {@code file}; its length, so the work cannot be optimised away. */
  int extract(Path file) throws IOException, TikaException, SAXException {
    BodyContentHandler text = new BodyContentHandler(-1);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, text, new Metadata(), new ParseContext());
    }
    return text.toString().length();
  }
}
