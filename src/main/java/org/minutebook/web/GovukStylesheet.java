package org.minutebook.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * GOV.UK Frontend's compiled stylesheet as the page gets it, at {@link #PATH}: without its
 * {@code @font-face} rules, and with its asset addresses pointing into the webjar.
 *
 * <p>The stylesheet declares the "GDS Transport" typeface from {@code /assets/fonts/}. That
 * typeface is licensed to GOV.UK services only, which Minutebook is not, so it is not served; left
 * in, the declaration makes browsers ask for the files and log 404s (overriding it in a later
 * stylesheet is not enough: Chrome still looks through the family's earlier faces for a missing
 * glyph). Without the declaration, GOV.UK's own font stack falls back to Arial, as the Design
 * System intends outside GOV.UK.
 */
final class GovukStylesheet {
  /** Where the app serves it. */
  static final String PATH = "/govuk-frontend.min.css";

  /** The GOV.UK Frontend webjar's version (pom.xml names the same). */
  static final String VERSION = "5.14.0";

  private static final String DIST = "/webjars/govuk-frontend/" + VERSION + "/dist/govuk/";
  private static final String RESOURCE = "META-INF/resources" + DIST + "govuk-frontend.min.css";
  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}");
  private static final Pattern SOURCE_MAP = Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/");

  private GovukStylesheet() {}

  /** The stylesheet, read from the webjar on the classpath and rewritten. */
  static String load() {
    try (InputStream in = GovukStylesheet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "GOV.UK Frontend is missing from the classpath: " + RESOURCE);
      }
      return rewrite(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The stylesheet without font faces or source map, its {@code /assets/} in the webjar. */
  static String rewrite(String css) {
    String withoutFonts = FONT_FACE.matcher(css).replaceAll("");
    String withoutMap = SOURCE_MAP.matcher(withoutFonts).replaceAll("");
    return withoutMap.replace("url(/assets/", "url(" + DIST + "assets/");
  }
}
