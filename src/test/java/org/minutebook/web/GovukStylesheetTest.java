package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GovukStylesheetTest {
  @Test
  void theServedStylesheetDeclaresNoFontAndPointsIntoTheWebjar() {
    String css = GovukStylesheet.load();
    assertTrue(css.contains(".govuk-button"), "GOV.UK's components are all there");
    assertFalse(css.contains("@font-face"), "no typeface is declared");
    assertFalse(css.contains("url(/assets/"), "no address outside the webjar");
    assertFalse(css.contains("sourceMappingURL"));
    assertTrue(css.contains("font-family:GDS Transport,arial,sans-serif"), "GOV.UK's stack stays");
  }

  @Test
  void rewritingDropsEveryFontFaceAndMovesAssets() {
    String css =
        "@font-face{font-family:X;src:url(/assets/fonts/a.woff2)}a{b:c}"
            + "@font-face { font-family: Y }.crest{background:url(/assets/images/c.svg)}";
    assertEquals(
        "a{b:c}.crest{background:url(/webjars/govuk-frontend/5.14.0/dist/govuk/assets/images/c.svg)}",
        GovukStylesheet.rewrite(css));
  }
}
