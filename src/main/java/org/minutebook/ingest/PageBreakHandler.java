package org.minutebook.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a form feed between the pages of a PDF, so that the text keeps where pages end (for
 * running headers and footers, page numbers). Tika's PDF parser wraps each page in {@code <div
 * class="page">}; the break goes where the next such page starts, so there is none after the last.
 */
final class PageBreakHandler extends ContentHandlerDecorator {
  private static final char[] FORM_FEED = {'\f'};

  /** For every open div, whether it is a page. */
  private final Deque<Boolean> divs = new ArrayDeque<>();

  private boolean afterPage;

  PageBreakHandler(ContentHandler handler) {
    super(handler);
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts)
      throws SAXException {
    if ("div".equals(localName)) {
      boolean page = "page".equals(atts.getValue("class"));
      if (page && afterPage) {
        super.characters(FORM_FEED, 0, 1);
        afterPage = false;
      }
      divs.push(page);
    }
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    super.endElement(uri, localName, name);
    if ("div".equals(localName) && !divs.isEmpty() && divs.pop()) {
      afterPage = true;
    }
  }
}
