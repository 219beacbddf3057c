package org.minutebook.ingest;

import java.util.Optional;

/**
 * The text of one file as Tika gave it.
 *
 * @param text plain text, paragraphs separated by blank lines
 * @param contentType detected media type, for example {@code application/pdf}
 * @param embeddedTitle the title the file's own metadata gives, if any
 * @param truncated whether the text was cut at the length limit
 */
public record Extracted(
    String text, String contentType, Optional<String> embeddedTitle, boolean truncated) {}
