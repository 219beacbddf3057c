package org.minutebook.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Theme;

class ThemeCatalogTest {
  @Test
  void theBuiltInTaxonomyHasTheRequiredThemes() throws IOException {
    ThemeCatalog catalog = ThemeCatalog.builtIn();
    List<String> ids = catalog.themes().stream().map(Theme::id).toList();
    assertTrue(ids.containsAll(List.of("recruitment", "front-door")), ids.toString());
    Theme frontDoor = catalog.find("front-door").orElseThrow();
    assertTrue(frontDoor.terms().contains("MASH"));
    assertTrue(frontDoor.terms().contains("multi-agency safeguarding hub"));
  }

  @Test
  void invalidFilesNameTheLine() {
    String yaml =
        "themes:\n  - id: ok\n    label: OK\n    terms: [a]\n  - id: two\n    lable: typo\n";
    ThemeCatalog.ThemeFileException e =
        assertThrows(
            ThemeCatalog.ThemeFileException.class,
            () -> ThemeCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "themes.yaml"));
    assertTrue(e.getMessage().startsWith("themes.yaml line 6"), e.getMessage());
  }

  @Test
  void duplicateIdsAndEmptyTermsAreRefused() {
    String dup = "themes:\n  - {id: a, label: A, terms: [x]}\n  - {id: a, label: B, terms: [y]}\n";
    assertThrows(
        ThemeCatalog.ThemeFileException.class,
        () -> ThemeCatalog.parse(dup.getBytes(StandardCharsets.UTF_8), "t"));
    String empty = "themes:\n  - {id: a, label: A, terms: []}\n";
    assertThrows(
        ThemeCatalog.ThemeFileException.class,
        () -> ThemeCatalog.parse(empty.getBytes(StandardCharsets.UTF_8), "t"));
  }

  @Test
  void phrasesAndSynonymsAreTermsToo() {
    String yaml =
        "themes:\n  - {id: a, label: A, terms: [x], phrases: [y z], synonyms: [w], exclude: [v]}\n";
    var theme =
        ThemeCatalog.parse(yaml.getBytes(StandardCharsets.UTF_8), "t").find("a").orElseThrow();
    assertEquals(java.util.List.of("x", "y z", "w"), theme.terms());
    assertEquals(java.util.List.of("v"), theme.exclude());
  }

  @Test
  void theFingerprintFollowsTheContent() {
    byte[] one = "themes:\n  - {id: a, label: A, terms: [x]}\n".getBytes(StandardCharsets.UTF_8);
    byte[] two = "themes:\n  - {id: a, label: A, terms: [y]}\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        ThemeCatalog.parse(one, "t").fingerprint(), ThemeCatalog.parse(one, "t").fingerprint());
    assertTrue(
        !ThemeCatalog.parse(one, "t")
            .fingerprint()
            .equals(ThemeCatalog.parse(two, "t").fingerprint()));
  }
}
