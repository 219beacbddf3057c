package org.minutebook.ingest;

import java.util.Optional;

/**
 * The text of one file as Tika gave it, before any clean-up.
 *
 * @param text raw text: line ends, odd spaces and control characters as the parser wrote them; for
 *     PDFs a form feed ({@code '\f'}) separates consecutive pages, so a PDF of n pages has n - 1 of
 *     them; other formats have none
 * @param contentType detected media type, for example {@code application/pdf}
 * @param embeddedTitle the title the file's own metadata gives, if any
 * @param truncated whether the text was cut at the length limit
 * @param ocrPages how many pages were read by OCR (0 unless OCR is switched on)
 */
public record Extracted(
    String text,
    String contentType,
    Optional<String> embeddedTitle,
    boolean truncated,
    int ocrPages) {

  /** Text that no page of which was read by OCR. */
  public Extracted(
      String text, String contentType, Optional<String> embeddedTitle, boolean truncated) {
    this(text, contentType, embeddedTitle, truncated, 0);
  }
}
