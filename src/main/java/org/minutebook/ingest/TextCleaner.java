package org.minutebook.ingest;

import java.util.regex.Pattern;

/** Pure text clean-up applied to everything Tika extracts. */
public final class TextCleaner {
  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\t]+");
  private static final Pattern TRAILING = Pattern.compile("[ ]+\\n");
  private static final Pattern LEADING = Pattern.compile("\\n[ ]+");
  private static final Pattern MANY_BLANKS = Pattern.compile("\\n{3,}");
  private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFEFF]");

  private TextCleaner() {}

  /**
   * Unifies line ends and odd spaces, drops control characters, trims lines and leaves at most one
   * blank line between paragraphs.
   */
  public static String normalise(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = CONTROL.matcher(text).replaceAll("");
    text = ODD_SPACES.matcher(text).replaceAll(" ");
    text = TRAILING.matcher(text).replaceAll("\n");
    text = LEADING.matcher(text).replaceAll("\n");
    text = MANY_BLANKS.matcher(text).replaceAll("\n\n");
    return text.strip();
  }
}
