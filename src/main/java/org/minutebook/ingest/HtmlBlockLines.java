package org.minutebook.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Makes HTML come out as one line per block. Tika passes on the line breaks of the page's source
 * inside text (a paragraph wrapped at 80 columns in the HTML file), and ends each block (p, h1, li,
 * div, ...) with a line break of its own, written as ignorable whitespace. This decorator turns the
 * first kind into spaces and keeps the second, so the clean-up downstream need not guess which line
 * breaks are real. Text inside {@code <pre>} keeps its line breaks.
 */
final class HtmlBlockLines extends ContentHandlerDecorator {
  private int preDepth;

  HtmlBlockLines(ContentHandler handler) {
    super(handler);
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    if ("pre".equals(localName)) {
      preDepth++;
    }
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    super.endElement(uri, localName, name);
    if ("pre".equals(localName) && preDepth > 0) {
      preDepth--;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (preDepth > 0) {
      super.characters(ch, start, length);
      return;
    }
    char[] copy = new char[length];
    for (int i = 0; i < length; i++) {
      char c = ch[start + i];
      copy[i] = c == '\n' || c == '\r' ? ' ' : c;
    }
    super.characters(copy, 0, length);
  }
}
