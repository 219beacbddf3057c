package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared sentence splitter. */
class SentencesTest {
  @Test
  void titlesAndInitialsDoNotEndSentences() {
    assertEquals(
        List.of("Cllr. Smith and J. Brown spoke.", "The item closed."),
        Sentences.texts("Cllr. Smith and J. Brown spoke. The item closed."));
  }

  @Test
  void abbreviatedNamesDoNotEndSentences() {
    assertEquals(
        List.of("Br. Legion wreath: £20 agreed.", "Next item."),
        Sentences.texts("Br. Legion wreath: £20 agreed. Next item."));
  }

  @Test
  void aLetteredPointStartsANewSentence() {
    assertEquals(
        List.of("It was agreed to wait.", "b) Lighting – the lamp is out."),
        Sentences.texts("It was agreed to wait. b) Lighting – the lamp is out."));
  }
}
