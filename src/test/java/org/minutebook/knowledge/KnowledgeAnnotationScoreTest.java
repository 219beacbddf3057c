package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minutebook.knowledge.KnowledgeAnnotationScore.Tally;
import org.minutebook.knowledge.KnowledgeAnnotations.AnnotatedCommitment;
import org.minutebook.knowledge.KnowledgeAnnotations.AnnotatedDecision;
import org.minutebook.knowledge.KnowledgeAnnotations.AnnotatedFile;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.DocumentType;
import org.minutebook.model.ItemKnowledge;
import org.minutebook.model.SectionKind;

/** The matching rule of {@code eval/KNOWLEDGE.md}, on invented records. */
class KnowledgeAnnotationScoreTest {
  @Test
  void normalisingFoldsQuotesDashesCaseAndSpaces() {
    assertEquals(
        "the chair's 'view' - \"noted\"",
        KnowledgeAnnotations.normalise(
            "  The\u00A0Chair\u2019s \u2018view\u2019 \u2013\n\u201CNoted\u201D "));
  }

  @Test
  void aRecordMatchesWhenItContainsTheQuoteOrTheQuoteContainsEnoughOfIt() {
    assertTrue(KnowledgeAnnotationScore.matches("note the report", "1. Note the  REPORT."));
    assertTrue(
        KnowledgeAnnotationScore.matches(
            "Clerk to write to the county council today", "clerk to write to the"));
    assertFalse(KnowledgeAnnotationScore.matches("Clerk to write to the county", "clerk to write"));
    assertFalse(KnowledgeAnnotationScore.matches("approve the budget", "approve the plan"));
  }

  @Test
  void matchingIsOneToOneInReadingOrder() {
    AnnotatedFile file =
        new AnnotatedFile(
            "minutes.txt",
            "dev",
            List.of(
                new AnnotatedDecision("minutes be adopted and signed", DecisionOutcome.APPROVED),
                new AnnotatedDecision("minutes be adopted and signed", DecisionOutcome.APPROVED),
                new AnnotatedDecision("grant of £500 to the youth club", DecisionOutcome.APPROVED)),
            List.of(new AnnotatedCommitment("the Clerk will write to the council", "Clerk", null)),
            List.of(),
            List.of());
    AgendaItem item = item();
    ItemKnowledge found =
        new ItemKnowledge(
            List.of(
                decision(1, "That the minutes be adopted and signed", DecisionOutcome.APPROVED),
                decision(2, "That the minutes be adopted and signed", DecisionOutcome.NOTED),
                decision(3, "That the minutes be adopted and signed", DecisionOutcome.APPROVED)),
            List.of(commitment("The Clerk will write to the council.", "the clerk")),
            List.of(),
            List.of(),
            List.of());
    KnowledgeAnnotationScore score =
        KnowledgeAnnotationScore.score(file, List.of(item), i -> found);
    assertEquals(new Tally(3, 3, 2, 1), score.decisions());
    assertEquals(new Tally(1, 1, 1, 1), score.commitments());
    assertEquals(2, score.misses().size(), "the third minutes record and the grant");
  }

  private static AgendaItem item() {
    return new AgendaItem(
        "f-1",
        "minutes.txt",
        null,
        "Item",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DocumentType.MINUTES,
        "",
        List.of(),
        List.of());
  }

  private static Decision decision(int n, String text, DecisionOutcome outcome) {
    return new Decision("f-1#d" + n, "f-1", "p" + n, null, text, outcome, SectionKind.RESOLVED);
  }

  private static Commitment commitment(String text, String owner) {
    return new Commitment(
        "f-1#c1", "f-1", "p9", text, owner, true, "write to the council", null, null, null);
  }
}
