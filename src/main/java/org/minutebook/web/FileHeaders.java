package org.minutebook.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The headers an original file is served with: its media type from its name, and a
 * Content-Disposition that names it safely whatever characters the name holds.
 */
final class FileHeaders {
  static final String PDF = "application/pdf";
  static final String HTML = "text/html";
  static final String TEXT = "text/plain";
  static final String BINARY = "application/octet-stream";

  /** The formats Minutebook reads, by extension; anything else is served as bytes. */
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("pdf", PDF),
          Map.entry("html", HTML),
          Map.entry("htm", HTML),
          Map.entry("xhtml", HTML),
          Map.entry("txt", TEXT),
          Map.entry("text", TEXT),
          Map.entry("md", TEXT),
          Map.entry("markdown", TEXT),
          Map.entry("csv", TEXT),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("odt", "application/vnd.oasis.opendocument.text"),
          Map.entry("rtf", "application/rtf"));

  private FileHeaders() {}

  /** The media type of a file called {@code name}, by its extension. */
  static String mediaType(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, BINARY);
  }

  /**
   * The charset of a plain-text file that starts with {@code head}: UTF-8 when it reads as UTF-8 (a
   * sequence cut at the end of the head is allowed), else Windows-1252, which any byte is.
   */
  static String textCharset(byte[] head) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        decoder.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false);
    return result.isError() ? "windows-1252" : "utf-8";
  }

  /**
   * {@code inline} with the name twice: as ASCII in {@code filename} (other characters, quotes and
   * backslashes as "_") for old clients, and exactly in {@code filename*} (RFC 6266, UTF-8).
   */
  static String inline(String name) {
    StringBuilder ascii = new StringBuilder(name.length());
    StringBuilder encoded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
    }
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isAttrChar(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** RFC 5987's attr-char: what {@code filename*} may hold unencoded. */
  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
