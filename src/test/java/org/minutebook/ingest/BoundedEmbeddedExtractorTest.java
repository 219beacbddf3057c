package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The limits on embedded documents: a file nesting itself forever is read only so deep. */
class BoundedEmbeddedExtractorTest {
  /** A document that holds {@code fanOut} copies of itself, like a "droste" zip. */
  private static final class SelfNesting implements EmbeddedDocumentExtractor {
    final List<Integer> parsedAtDepth = new ArrayList<>();
    final int fanOut;
    EmbeddedDocumentExtractor outer;
    int depth;

    SelfNesting(int fanOut) {
      this.fanOut = fanOut;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      depth++;
      parsedAtDepth.add(depth);
      // Parsing this document finds more embedded documents, handed back to the outer extractor.
      for (int i = 0; i < fanOut; i++) {
        if (outer.shouldParseEmbedded(metadata)) {
          outer.parseEmbedded(stream, handler, metadata, outputHtml);
        }
      }
      depth--;
    }
  }

  @Test
  void nestingStopsAtTheDepthLimit() throws Exception {
    SelfNesting droste = new SelfNesting(1);
    BoundedEmbeddedExtractor bounded = new BoundedEmbeddedExtractor(droste, 3, 100);
    droste.outer = bounded;
    parseOne(bounded);
    assertEquals(List.of(1, 2, 3), droste.parsedAtDepth);
  }

  @Test
  void aFileStopsAtTheCountLimit() throws Exception {
    SelfNesting wide = new SelfNesting(50);
    BoundedEmbeddedExtractor bounded = new BoundedEmbeddedExtractor(wide, 3, 10);
    wide.outer = bounded;
    parseOne(bounded);
    assertEquals(10, wide.parsedAtDepth.size());
    assertFalse(bounded.shouldParseEmbedded(new Metadata()));
  }

  private static void parseOne(BoundedEmbeddedExtractor bounded) throws Exception {
    bounded.parseEmbedded(
        new ByteArrayInputStream(new byte[0]), new DefaultHandler(), new Metadata(), false);
  }
}
