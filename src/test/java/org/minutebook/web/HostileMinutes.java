package org.minutebook.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Two minutes whose words are markup: a TXT and an HTML file about taxi licensing, each with a
 * script, an image with an error handler, a {@code javascript:} address and a tag-breaking SVG in
 * its title and body (in the HTML file as escaped text, which Tika reads as those characters), and
 * in the HTML file also real script elements, handler attributes and a {@code javascript:} link,
 * which must not become text either. Every payload calls {@code alert} with a label of its own.
 */
public final class HostileMinutes {
  public static final String TXT = "parish/licensing-2023-05-04.txt";
  public static final String HTML = "borough/issue-77.html";

  /** The words every item holds, for a search that finds them all. */
  public static final String QUERY = "taxi licensing";

  /** Payloads that appear as text in the items' bodies, exactly as written here. */
  public static final List<String> BODY_TEXT =
      List.of(
          "<script>alert('txt-body')</script>",
          "<img src=x onerror=alert('txt-img')>",
          "javascript:alert('txt-link')",
          "\"><svg onload=alert('txt-svg')>",
          "<script>alert('html-body')</script>",
          "<img src=x onerror=alert('html-img')>",
          "\"><svg onload=alert('html-svg')>");

  /** Payloads of the HTML file's real markup: never text, never run. */
  public static final List<String> MARKUP_ONLY =
      List.of("html-head-script", "html-onload", "html-body-script", "html-real-img");

  private HostileMinutes() {}

  /** Writes the two files under {@code root} and returns it. */
  public static Path write(Path root) throws IOException {
    write(
        root.resolve(TXT),
        """
        Example Parish Council

        Minutes of the meeting of the Licensing Committee held on Thursday 4th May 2023

        1. Taxi licensing <script>alert('txt-title')</script> "><svg onload=alert('txt-title-svg')>

        The committee considered a taxi licensing application in which the applicant had \
        written <script>alert('txt-body')</script> on the form.

        The officer's note on taxi licensing read <img src=x onerror=alert('txt-img')> and \
        quoted javascript:alert('txt-link') before "><svg onload=alert('txt-svg')> at the end.

        RESOLVED: That the taxi licensing report be noted & filed.
        """);
    write(
        root.resolve(HTML),
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><title>Issue - meetings - Example Borough Council</title>
        <script>alert('html-head-script')</script></head>
        <body onload="alert('html-onload')">
        <h1>Issue - meetings</h1>
        <h2>Taxi licensing &lt;script&gt;alert('html-title')&lt;/script&gt; \
        &quot;&gt;&lt;svg onload=alert('html-title-svg')&gt;</h2>
        <p>Meeting: 12/10/2022 - Cabinet (Item 77)</p>
        <p>The cabinet member introduced the taxi licensing report. A resident had written \
        &lt;script&gt;alert('html-body')&lt;/script&gt; in the consultation.</p>
        <p>A councillor quoted &lt;img src=x onerror=alert('html-img')&gt; and \
        &quot;&gt;&lt;svg onload=alert('html-svg')&gt; from the taxi licensing portal, and \
        <a href="javascript:alert('html-link')">a link</a>.</p>
        <script>alert('html-body-script')</script>
        <img src="x" onerror="alert('html-real-img')">
        <p>It was resolved that Cabinet note the taxi licensing report.</p>
        </body>
        </html>
        """);
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
