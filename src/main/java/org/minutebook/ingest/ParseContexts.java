package org.minutebook.ingest;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ParseRecord;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/** The Tika settings for one parse: embedded documents within limits, and OCR on or off. */
final class ParseContexts {
  /** Embedded documents nested deeper than this are left out (a file's own parts are depth 1). */
  static final int MAX_EMBEDDED_DEPTH = 3;

  /** At most this many embedded documents are read from one file. */
  static final int MAX_EMBEDDED_COUNT = 100;

  private ParseContexts() {}

  /**
   * A context for one file.
   *
   * @param parser the parser that reads embedded documents
   * @param ocr whether scanned pages are read by OCR: only ever for PDFs, and only when Tesseract
   *     is installed; everything else, including images inside Word files, is never OCRed, because
   *     Tika would otherwise OCR every image as soon as Tesseract is on the PATH
   */
  static ParseContext create(Parser parser, boolean ocr) {
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser);
    ParsingEmbeddedDocumentExtractor embedded = new ParsingEmbeddedDocumentExtractor(context);
    // An attachment's file name ("image1.emf", "embed1.zip") is not part of the minutes' text.
    embedded.setWriteFileNameToContent(false);
    context.set(
        EmbeddedDocumentExtractor.class,
        new BoundedEmbeddedExtractor(embedded, MAX_EMBEDDED_DEPTH, MAX_EMBEDDED_COUNT));
    // Collects the exceptions of embedded documents, which are otherwise swallowed.
    context.set(ParseRecord.class, new ParseRecord());
    PDFParserConfig pdf = new PDFParserConfig();
    // AUTO reads a page by OCR only when its text layer gives (almost) nothing.
    pdf.setOcrStrategy(
        ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    context.set(TesseractOCRConfig.class, tesseract);
    return context;
  }
}
