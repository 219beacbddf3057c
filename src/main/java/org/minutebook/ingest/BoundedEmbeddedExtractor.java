package org.minutebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses the documents embedded in a file (a spreadsheet in a Word file, an attachment of a PDF)
 * into its text, but only so deep and so many: a document that nests itself (a "droste" file) or
 * holds thousands of parts must not make one file's parse unbounded. Documents beyond the limits
 * are left out silently; the file's own text is still read. One instance serves one parse.
 */
final class BoundedEmbeddedExtractor implements EmbeddedDocumentExtractor {
  private final EmbeddedDocumentExtractor delegate;
  private final int maxDepth;
  private final int maxCount;
  private int depth;
  private int count;

  BoundedEmbeddedExtractor(EmbeddedDocumentExtractor delegate, int maxDepth, int maxCount) {
    this.delegate = delegate;
    this.maxDepth = maxDepth;
    this.maxCount = maxCount;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return withinLimits() && delegate.shouldParseEmbedded(metadata);
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    // Some parsers call this without asking shouldParseEmbedded first.
    if (!withinLimits()) {
      return;
    }
    count++;
    depth++;
    try {
      delegate.parseEmbedded(stream, handler, metadata, outputHtml);
    } finally {
      depth--;
    }
  }

  private boolean withinLimits() {
    return depth < maxDepth && count < maxCount;
  }
}
