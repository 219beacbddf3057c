package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileHeadersTest {
  @ParameterizedTest
  @CsvSource({
    "minutes.pdf, application/pdf",
    "Minutes.PDF, application/pdf",
    "page.html, text/html",
    "page.htm, text/html",
    "notes.txt, text/plain",
    "notes.md, text/plain",
    "report.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "report.doc, application/msword",
    "report.odt, application/vnd.oasis.opendocument.text",
    "report.rtf, application/rtf",
    "archive.zip, application/octet-stream",
    "no-extension, application/octet-stream",
    "image.svg, application/octet-stream",
  })
  void mediaTypesComeFromTheExtension(String name, String type) {
    assertEquals(type, FileHeaders.mediaType(name));
  }

  @Test
  void textIsUtf8WhenItReadsAsUtf8EvenIfCutMidCharacter() {
    byte[] utf8 = "Café — minutes".getBytes(StandardCharsets.UTF_8);
    assertEquals("utf-8", FileHeaders.textCharset(utf8));
    // The sample may end inside a character ("Café " is 6 bytes, the dash 3): not an error.
    byte[] cut = Arrays.copyOf(utf8, 7);
    assertEquals("utf-8", FileHeaders.textCharset(cut));
    byte[] latin1 = "Café au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("windows-1252", FileHeaders.textCharset(latin1));
    assertEquals("utf-8", FileHeaders.textCharset(new byte[0]));
  }

  @Test
  void dispositionNamesTheFileSafely() {
    assertEquals(
        "inline; filename=\"minutes-2021.pdf\"; filename*=UTF-8''minutes-2021.pdf",
        FileHeaders.inline("minutes-2021.pdf"));
    assertEquals(
        "inline; filename=\"Caf_ _q_ a_b_.txt\"; filename*=UTF-8''Caf%C3%A9%20%22q%22%20a%5Cb%0A.txt",
        FileHeaders.inline("Café \"q\" a\\b\n.txt"));
  }
}
