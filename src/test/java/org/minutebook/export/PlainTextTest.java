package org.minutebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void marksGoAndReferencesAreDecodedOnce() {
    assertEquals(
        "the front door & \"MASH\" <b> it's",
        PlainText.fromSnippet(
            "the <mark>front door</mark> &amp; &quot;MASH&quot; &lt;b&gt; it&#39;s"));
    // An escaped reference in the text stays as the text wrote it.
    assertEquals("&lt; and &#39;", PlainText.fromSnippet("&amp;lt; and &amp;#39;"));
    assertEquals("é and €", PlainText.fromSnippet("&#233; and &#x20AC;"));
    assertEquals("&nbsp; &#99999999;", PlainText.fromSnippet("&nbsp; &#99999999;"));
    assertEquals("", PlainText.fromSnippet(null));
  }

  @Test
  void whatXmlCannotHoldIsDropped() {
    assertEquals(
        "a\tb\nc\u00e9\uD83D\uDE00",
        PlainText.forXml("a\u0000\tb\n\u000Bc\u00e9\uFFFE\uD800\uD83D\uDE00"));
    assertEquals("", PlainText.forXml(null));
  }
}
