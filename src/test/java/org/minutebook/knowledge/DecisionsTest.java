package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.knowledge.KnowledgeFixtures.discussion;
import static org.minutebook.knowledge.KnowledgeFixtures.item;
import static org.minutebook.knowledge.KnowledgeFixtures.resolved;
import static org.minutebook.knowledge.KnowledgeFixtures.section;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.SectionKind;

/** Decisions read from invented minutes: points of resolutions and decisions in the discussion. */
class DecisionsTest {
  private static List<Decision> decisions(KnowledgeFixtures.Para... paras) {
    return Decisions.extract(item(null, paras));
  }

  private static Decision only(String sentence) {
    List<Decision> found = decisions(discussion(sentence));
    assertEquals(1, found.size(), sentence + " -> " + found);
    return found.getFirst();
  }

  @Test
  void numberedPointsUnderAnIntroducerAreDecisionsAndTheIntroducerIsNot() {
    List<Decision> found =
        decisions(
            resolved("RESOLVED:"),
            resolved("That the Panel"),
            resolved("1. Note the update on the library refurbishment."),
            resolved("2. Approve the revised opening hours for the museum."));
    assertEquals(2, found.size());
    assertEquals("1", found.get(0).number());
    assertEquals("Note the update on the library refurbishment.", found.get(0).text());
    assertEquals(DecisionOutcome.NOTED, found.get(0).outcome());
    assertEquals(DecisionOutcome.APPROVED, found.get(1).outcome());
    assertEquals("t-1#d2", found.get(1).id());
    assertEquals("p4", found.get(1).anchor());
  }

  @Test
  void letteredAndRomanPointsLoseTheirMarkers() {
    List<Decision> found =
        decisions(
            resolved("It was resolved that:"),
            resolved("a) the parking review be deferred to the spring meeting; and"),
            resolved("(ii) the tree survey be referred to the Environment Panel."),
            resolved("• the grant application from the bowls club be refused."));
    assertEquals(List.of("a", "ii"), found.stream().limit(2).map(Decision::number).toList());
    assertNull(found.get(2).number());
    assertEquals(DecisionOutcome.DEFERRED, found.get(0).outcome());
    assertEquals(DecisionOutcome.REFERRED, found.get(1).outcome());
    assertEquals(DecisionOutcome.REJECTED, found.get(2).outcome());
  }

  @Test
  void anUnnumberedResolutionIsOneDecision() {
    Decision d =
        decisions(resolved("Resolved – That the briefing on bin collections be noted.")).get(0);
    assertEquals(DecisionOutcome.NOTED, d.outcome());
    assertEquals(SectionKind.RESOLVED, d.section());
  }

  @Test
  void recommendationsAreRecommendedAndActionsApproved() {
    List<Decision> found =
        decisions(
            section(SectionKind.RECOMMENDATIONS, "RECOMMENDATIONS:"),
            section(SectionKind.RECOMMENDATIONS, "a) Youth clubs be added to the work programme"),
            section(SectionKind.ACTIONS, "ACTIONS AGREED:"),
            section(SectionKind.ACTIONS, "1. That a colour key be used in all future reports."));
    assertEquals(2, found.size());
    assertEquals(DecisionOutcome.RECOMMENDED, found.get(0).outcome());
    assertEquals(DecisionOutcome.APPROVED, found.get(1).outcome());
  }

  @Test
  void longNarrativeUnderADecisionHeadingIsNotADecision() {
    String narrative =
        "The officer explained the background to the scheme at some length, describing how the"
            + " consultation had been run over the summer, which residents had responded, what the"
            + " main themes of their comments had been, how the design had changed in response to"
            + " them, what the costs were now expected to be and how the works would be phased"
            + " across the two financial years in order to limit disruption to the bus routes.";
    assertTrue(decisions(resolved("Decision:"), resolved(narrative)).isEmpty());
  }

  @Test
  void parishResolutionsInTheDiscussion() {
    assertEquals(
        DecisionOutcome.APPROVED, only("It was resolved to buy two new benches.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Proposed Cllr Green, seconded Cllr Hall and agreed to renew the grass contract.")
            .outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("RESOLVED that the play area inspection quote be accepted.").outcome());
  }

  @Test
  void irishProposalsAndReferrals() {
    assertEquals(
        DecisionOutcome.APPROVED,
        only("On the proposal of Councillor Byrne, seconded by Councillor Walsh, it was agreed to"
                + " allocate €900 to the tidy towns group.")
            .outcome());
    assertEquals(
        DecisionOutcome.REFERRED,
        only("It was agreed to refer this Notice of Motion to the Housing Committee.").outcome());
    assertEquals(
        DecisionOutcome.NOTED, only("The report, as circulated, was noted by Members.").outcome());
  }

  @Test
  void usMotionsWithTheVoteInTheNextSentence() {
    Decision d =
        only("Motion by Commissioner Lee to approve the pool contract. Motion carried 4-1.");
    assertEquals(DecisionOutcome.APPROVED, d.outcome());
    assertTrue(d.text().endsWith("Motion carried 4-1."));
    assertEquals(
        DecisionOutcome.REJECTED,
        only("The motion to close the depot was lost by three votes to five.").outcome());
  }

  @Test
  void notDecisions() {
    for (String s :
        List.of(
            "The members agreed that the winter had been hard on the roads.",
            "It was noted that the new library was busier than expected.",
            "The motion was proposed by Councillor Byrne and seconded by Councillor Walsh.",
            "The following recommendations were proposed, seconded and carried:",
            "And Resolved:",
            "Members asked whether the scheme could be approved before the summer?",
            "The Chair referred to the letter from the fire service.")) {
      assertTrue(decisions(discussion(s)).isEmpty(), s);
    }
  }

  @Test
  void outcomesByWording() {
    assertEquals(
        DecisionOutcome.REJECTED,
        DecisionOutcomes.classify("That the application be not approved", SectionKind.RESOLVED));
    assertEquals(
        DecisionOutcome.DEFERRED,
        DecisionOutcomes.classify("That the item be brought back in June", SectionKind.RESOLVED));
    assertEquals(
        DecisionOutcome.APPROVED,
        DecisionOutcomes.classify(
            "That Cllr Ward be appointed as Vice-Chair", SectionKind.RESOLVED));
    assertEquals(
        DecisionOutcome.APPROVED,
        DecisionOutcomes.classify("That the new policy be implemented", SectionKind.RESOLVED));
    assertEquals(
        DecisionOutcome.RECOMMENDED,
        DecisionOutcomes.classify("To recommend to Council the new fees", SectionKind.RESOLVED));
    assertEquals(
        DecisionOutcome.OTHER,
        DecisionOutcomes.classify(
            "That the hall be known as Riverside Hall", SectionKind.RESOLVED));
  }
}
