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

  @Test
  void eachItemOfADispositionListIsADecisionWithItsDisposition() {
    List<Decision> found =
        decisions(
            discussion(
                "On a Y-7 roll call the balance of the Consent Agenda was adopted. Disposition:"
                    + " 12 Request of a resident to address Council about trees (Communication)"
                    + " PLACED ON FILE *13 Accept a grant of $5,000 for library books (Ordinance)"
                    + " (Y-7) 200101 14 Amend the lease with the rowing club for the boathouse"),
            discussion(
                "(Ordinance) REFERRED TO COMMISSIONER OF PARKS 15 Adopt a tree planting plan"
                    + " (Ordinance) PASSED TO SECOND READING MARCH 3, 2021 AT 9:30 AM"));
    assertEquals(5, found.size(), found.toString());
    assertEquals(DecisionOutcome.APPROVED, found.get(0).outcome());
    assertEquals("12", found.get(1).number());
    assertEquals(DecisionOutcome.NOTED, found.get(1).outcome());
    assertEquals(DecisionOutcome.APPROVED, found.get(2).outcome());
    assertTrue(found.get(3).text().startsWith("Amend the lease"), found.get(3).text());
    assertEquals("p1", found.get(3).anchor());
    assertEquals(DecisionOutcome.REFERRED, found.get(3).outcome());
    assertEquals(DecisionOutcome.DEFERRED, found.get(4).outcome());
  }

  @Test
  void aDecisionPrintedAgainInTheMinutesIsListedOnce() {
    List<Decision> found =
        decisions(
            resolved(
                "RESOLVED that the decision on the bus lane scheme be deferred to the June meeting."),
            discussion(
                "A proposal was made to defer the decision. The proposal was seconded, voted on and carried."),
            discussion(
                "Therefore, it was RESOLVED that the decision on the bus lane scheme ... view the full minutes text for item 4."),
            resolved("1. the grant to the scout group be approved; and"),
            resolved("1. the grant to the scout group be approved; and"));
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void severalPaymentsInOneLineAreSeveralDecisions() {
    List<Decision> found =
        decisions(
            discussion("Grass cutting £120.00 resolved to pay Hall hire £30.00 resolved to pay"));
    assertEquals(2, found.size(), found.toString());
    assertEquals("Hall hire £30.00 resolved to pay", found.get(1).text());
  }

  @Test
  void otherWordingsOfADecision() {
    assertEquals(DecisionOutcome.APPROVED, only("No objections raised.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Councillors had no objection to the extension and support the application.")
            .outcome());
    assertEquals(
        DecisionOutcome.DEFERRED,
        only("Only one quote has arrived so this will be deferred until the April meeting.")
            .outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("All were in agreement that a bid should be prepared by the Clerk.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED, only("First aid training was approved for the Clerk.").outcome());
    assertEquals(DecisionOutcome.APPROVED, only("o APPROVED – 2022 meeting dates").outcome());
    assertEquals(
        DecisionOutcome.REJECTED,
        only("• $900 proposed for new benches rejected, moved to signs").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("It was concluded that the new logo should use the village name.").outcome());
    assertEquals(
        DecisionOutcome.NOTED,
        only("It was agreed that the consultation does not impact the village.").outcome());
    assertTrue(
        decisions(discussion("The bridge was approved by the County Council in 2019.")).isEmpty());
  }

  @Test
  void planningDecisionsNotedAreOneDecisionPerApplication() {
    List<Decision> found =
        decisions(
            discussion(
                "Planning Decisions noted: 21/00123/F 4 Mill Lane - Extension. Application Permitted."
                    + " iii. 21/00456/HH 9 Church Walk - New porch. Application Refused."));
    assertEquals(2, found.size(), found.toString());
    assertEquals(DecisionOutcome.NOTED, found.get(1).outcome());
  }

  @Test
  void aBareProposerAndSeconderAfterADecisionIsItsVote() {
    assertEquals(
        1,
        decisions(
                discussion(
                    "It was agreed that the fence should be repaired. Prop Cllr Able, 2nd Cllr Baker, all agreed."))
            .size());
  }

  @Test
  void aQuotedResolutionCutByAPageBreakGoesOnInTheNextParagraph() {
    List<Decision> found =
        decisions(
            resolved("“That the Budget for the District for 2022, in the sum of €100,000, and"),
            discussion("including the amendment, be adopted in accordance with the Act.”"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(DecisionOutcome.APPROVED, found.getFirst().outcome());
  }

  @Test
  void aProposalFollowedByItsSecondingAndAgreementIsOneDecision() {
    Decision d =
        only(
            "Councillor Ryan proposed a Motion be forwarded to Full Council seeking more funding for"
                + " rural roads. This was seconded by Councillor Nolan and agreed.");
    assertEquals(DecisionOutcome.REFERRED, d.outcome());
    assertTrue(d.text().endsWith("seconded by Councillor Nolan and agreed."), d.text());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("He further proposed the District write to the bus operator. This was agreed.")
            .outcome());
  }

  @Test
  void theBulletsAfterAnAgreedIntroducerAreOneDecisionEach() {
    List<Decision> found =
        decisions(
            discussion(
                "On the proposal of Cllr Byrne, seconded by Cllr Walsh, it was agreed to"
                    + " allocate the following:"),
            discussion("• €500 to the Tidy Towns group."),
            discussion("• €300 to the Youth Club."),
            discussion("The meeting then moved to correspondence."));
    assertEquals(2, found.size(), found.toString());
    assertEquals("€300 to the Youth Club.", found.get(1).text());
    assertEquals(DecisionOutcome.APPROVED, found.get(1).outcome());
    assertEquals("p3", found.get(1).anchor());
    List<Decision> inline =
        decisions(
            discussion(
                "The grants were discussed. It was agreed to allocate the following: • €500 to the"
                    + " Tidy Towns • €300 to the Youth Club"));
    assertEquals(2, inline.size(), inline.toString());
    assertEquals("€500 to the Tidy Towns", inline.get(0).text());
  }

  @Test
  void aListNobodyDecidedIsNoDecision() {
    assertTrue(
        decisions(
                discussion("Councillor Ahern requested the following items for the next agenda:"),
                discussion("• An update on the library."),
                discussion("Invoices received :-"),
                discussion("• Grass cutting £120.00"))
            .isEmpty());
  }

  @Test
  void numberedPointsInOneResolvedParagraphAreSplit() {
    List<Decision> found =
        decisions(
            resolved(
                "RESOLVED: 1. Note the annual report of the panel. 2. Approve the revised terms of"
                    + " reference, including section 4. 3. Defer the fees review to March."));
    assertEquals(3, found.size(), found.toString());
    assertEquals("2", found.get(1).number());
    assertEquals(
        "Approve the revised terms of reference, including section 4.", found.get(1).text());
    assertEquals(DecisionOutcome.NOTED, found.get(0).outcome());
    assertEquals(DecisionOutcome.DEFERRED, found.get(2).outcome());
    assertEquals(
        2,
        decisions(resolved("That the Committee: (a) note the update; and (b) agree the timetable."))
            .size());
  }

  @Test
  void theSameResolutionOnANewMotionIsASecondDecision() {
    List<Decision> found =
        decisions(
            discussion("Proposed by Councillor Hayes;"),
            resolved("And Resolved:"),
            resolved("“That the draft Minutes, as circulated, be adopted and signed”."),
            discussion("Proposed by Councillor Quinn;"),
            resolved("And Resolved:"),
            resolved("“That the draft Minutes, as circulated, be adopted and signed”."));
    assertEquals(2, found.size(), found.toString());
  }

  @Test
  void parishWordingsOfDecisions() {
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Scout hut donation requested, agreed to pay £ 50.00").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Payments: Hall hire £30.00 - proposed A. Smith and seconded B. Jones - pass for"
                + " payment")
            .outcome());
    assertEquals(
        DecisionOutcome.NOTED, only("Correspondence: Police newsletter - all noted").outcome());
    assertEquals(
        DecisionOutcome.RECOMMENDED,
        only("Planning Application: Rear extension at 3 Mill Lane - recommend approval").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Apologies were received and accepted from Cllr Brown.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Mr. Gray proposed and Mrs. Hill seconded that the Minutes be signed as a correct"
                + " record.")
            .outcome());
    assertEquals(
        DecisionOutcome.REJECTED,
        only("The Councillors felt that they were not in a position to fund the event.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("The Parish Council confirmed they were happy for Cllr Reed to inspect the swings.")
            .outcome());
    assertTrue(decisions(discussion("Mr Dale has agreed to pay for the new bench.")).isEmpty());
  }

  @Test
  void aVoteWithItsTallyIsDecidedByTheTally() {
    assertEquals(
        DecisionOutcome.REJECTED,
        only("The Chair asked the council to vote on the co-option by show of hands, those in"
                + " favour were one and those against were five.")
            .outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("On a show of hands, 6 in favour and 2 against, the new hours were set.").outcome());
  }

  @Test
  void meetingsAgreeingToTakeAMatterLaterDeferIt() {
    assertEquals(
        DecisionOutcome.DEFERRED,
        only("It was agreed to review the cleaning contract in February.").outcome());
    assertEquals(
        DecisionOutcome.DEFERRED,
        only("The Council agreed to discuss the new path at the next meeting.").outcome());
  }

  @Test
  void concessionsAndBareVotesAreNoNewDecisions() {
    assertTrue(
        decisions(
                discussion(
                    "While members agreed grants are useful to clubs they raised concerns about"
                        + " the cost."))
            .isEmpty());
    assertEquals(
        1,
        decisions(
                discussion(
                    "The Council approved the minutes as a true record. Cllr Ash proposed, Cllr"
                        + " Birch seconded, four were in favour."))
            .size());
  }

  @Test
  void planningResponsesAfterTheApplication() {
    assertEquals(
        DecisionOutcome.APPROVED,
        only("22/00456/HH 7 Green Lane, new porch - No objection.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("22/00457/F Mill Farm, barn - the Council supports this application.").outcome());
    assertEquals(
        DecisionOutcome.REJECTED,
        only("22/00458/F Orchard Close, two dwellings - Objection, on grounds of access.")
            .outcome());
    assertTrue(decisions(discussion("No objection, so the item moves on.")).isEmpty());
  }

  @Test
  void aMotionWithItsVoteInSeveralShortSentences() {
    Decision d =
        only(
            "Moved by Trustee Adams, seconded by Trustee Baker, to approve the March minutes."
                + " All ayes. Motion carried.");
    assertTrue(d.text().startsWith("Moved by Trustee Adams"), d.text());
    assertTrue(d.text().endsWith("Motion carried."), d.text());
    assertEquals(DecisionOutcome.REJECTED, only("A motion to table the item failed.").outcome());
    assertEquals(DecisionOutcome.APPROVED, only("Consent Agenda: approved 7-0.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("The Board voted unanimously to adopt the new fee schedule.").outcome());
  }

  @Test
  void minutesAndCorrespondenceTakenAsRead() {
    assertEquals(DecisionOutcome.NOTED, only("The correspondence was taken as read.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("The minutes were taken as read and signed as a true record.").outcome());
  }

  @Test
  void aDecisionNotToActIsARejection() {
    assertEquals(
        DecisionOutcome.REJECTED,
        only("After discussion it was agreed not to renew the hall booking.").outcome());
  }

  @Test
  void aListOfPastWorkIsNoListOfDecisions() {
    assertTrue(
        decisions(
                discussion(
                    "The scheme was adopted by Council in 2010. The projects carried out to date"
                        + " include:"),
                discussion("• New square at the station."),
                discussion("• Riverside walk."))
            .isEmpty());
  }

  @Test
  void anIntroducerWhosePointsAreNotMarkedIsOneDecision() {
    List<Decision> found =
        decisions(
            discussion("After discussion it was agreed that the following payments may be made :-"),
            discussion("Clerk salary £ 300.00"),
            discussion("Hall hire £ 25.00"));
    assertEquals(1, found.size(), found.toString());
    assertEquals(DecisionOutcome.APPROVED, found.getFirst().outcome());
    assertTrue(
        decisions(
                discussion("During discussion the following principal points were noted:"),
                discussion("• The plan was ambitious."),
                discussion("• Staffing remained a risk."))
            .isEmpty());
  }

  @Test
  void moreWordingsOfDecisions() {
    assertEquals(
        DecisionOutcome.APPROVED, only("These were agreed as a true record and signed.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED, only("A new design for the gates was agreed.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("Invoices were presented and accepted for payment.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("The PC agreed that it would support the village hall bid.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("The Committee gave its permission to Councillor Ray to speak.").outcome());
    assertEquals(
        DecisionOutcome.DEFERRED,
        only("Members requested that the sale be deferred until the April meeting.").outcome());
    assertEquals(DecisionOutcome.NOTED, only("The report was otherwise noted.").outcome());
    assertEquals(DecisionOutcome.NOTED, only("The Questions were taken as read.").outcome());
    assertTrue(decisions(discussion("The meeting concluded at 9.15 pm.")).isEmpty());
    assertTrue(decisions(discussion("The meeting closed at 20:40.")).isEmpty());
  }

  @Test
  void frenchResolutions() {
    assertEquals(
        DecisionOutcome.APPROVED, only("L’ordre du jour de la séance est adopté.").outcome());
    List<Decision> found =
        decisions(
            discussion("IL EST RÉSOLU À L’UNANIMITÉ"),
            discussion("D’APPROUVER la demande de permis pour le 12, rue des Érables."));
    assertEquals(1, found.size(), found.toString());
    assertEquals(DecisionOutcome.APPROVED, found.getFirst().outcome());
    assertEquals(DecisionOutcome.REJECTED, only("DE REFUSER la demande de démolition.").outcome());
  }

  @Test
  void aLetteredPointAfterAnInlineResolutionIsOneToo() {
    List<Decision> found =
        decisions(
            discussion("4 BUDGET REPORT RESOLVED: (A) That the Panel notes the budget report."),
            discussion("(B) That the Panel notes the forecast for next year."),
            discussion("(C) Members discussed the parking charges."));
    assertEquals(2, found.size(), found.toString());
    assertEquals("B", found.get(1).number());
  }

  @Test
  void motionsAndTheirOutcomes() {
    assertEquals(
        DecisionOutcome.REJECTED, only("The Mayor declared the Motion defeated.").outcome());
    assertEquals(
        DecisionOutcome.APPROVED,
        only("It was proposed by J. Cole and seconded by Mrs. Dean that the precept be set at £5,000.")
            .outcome());
    List<Decision> once =
        decisions(
            discussion(
                "A proposal was made by AB and seconded by CD that EF should be elected as Chair. "
                    + "No other nominations were received. It was agreed by all that EF should be "
                    + "elected as Chair."));
    assertEquals(1, once.size(), once.toString());
    assertTrue(once.getFirst().text().startsWith("It was agreed by all"));
    List<Decision> quoted =
        decisions(
            discussion("‘That the minutes of the meeting held on 3 May be approved’"),
            discussion("All in favour"),
            discussion("Proposed – Cllr Lee Seconded – Cllr Shah"),
            discussion("That the precept for 2026/27 is £9,000’"));
    assertEquals(2, quoted.size(), quoted.toString());
  }

  @Test
  void motionsSecondedToActAndDeclinedInvitations() {
    assertEquals(
        DecisionOutcome.APPROVED,
        only("It was proposed by Councillor Ash, seconded by Councillor Bell to suspend Standing Orders.")
            .outcome());
    assertEquals(
        DecisionOutcome.REJECTED,
        only("The Councillors declined the invitation to join.").outcome());
    assertTrue(decisions(discussion("The meeting then concluded.")).isEmpty());
  }
}
