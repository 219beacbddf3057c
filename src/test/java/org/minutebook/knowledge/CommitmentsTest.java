package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minutebook.knowledge.KnowledgeFixtures.discussion;
import static org.minutebook.knowledge.KnowledgeFixtures.item;
import static org.minutebook.knowledge.KnowledgeFixtures.section;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Commitment;
import org.minutebook.model.SectionKind;

/** Undertakings read from invented minutes, and the sentences that must not become one. */
class CommitmentsTest {
  private static final LocalDate MEETING = LocalDate.of(2023, 6, 14);

  private static List<Commitment> commitments(String... paragraphs) {
    KnowledgeFixtures.Para[] paras = new KnowledgeFixtures.Para[paragraphs.length];
    for (int i = 0; i < paragraphs.length; i++) {
      paras[i] = discussion(paragraphs[i]);
    }
    return Commitments.extract(item(MEETING, paras));
  }

  private static Commitment only(String paragraph) {
    List<Commitment> found = commitments(paragraph);
    assertEquals(1, found.size(), paragraph + " -> " + found);
    return found.getFirst();
  }

  @Test
  void officersAgreedToBringAReportBack() {
    Commitment c = only("Officers agreed to bring a report back to committee on the fleet.");
    assertEquals("Officers", c.owner());
    assertTrue(c.ownerStated());
    assertEquals("bring a report back to committee on the fleet", c.promise());
    assertEquals("t-1#c1", c.id());
    assertEquals("p1", c.anchor());
  }

  @Test
  void theQuestionSaysWhatThePromiseIsAbout() {
    Commitment c =
        only(
            "In response to a question raised in respect of the cost of the new depot, officers"
                + " agreed to provide a written response outside of the meeting.");
    assertTrue(c.promise().startsWith("provide a written response outside of the meeting"));
    assertTrue(c.promise().contains("the cost of the new depot"), c.promise());
  }

  @Test
  void aPassiveDeliverableBelongsToTheSpeaker() {
    Commitment c =
        only(
            "Officers stated the scheme was popular. A paper would be presented to committee to"
                + " set out the options.");
    assertEquals("Officers", c.owner());
    assertFalse(c.ownerStated());
    assertTrue(c.promise().startsWith("A paper would be presented to committee"));
  }

  @Test
  void aPassiveWithNoSpeakerBelongsToOfficersUnstated() {
    Commitment c = only("Minutes of the workshop to be circulated to all members.");
    assertEquals("officers", c.owner());
    assertFalse(c.ownerStated());
  }

  @Test
  void committedToAndWouldAndWill() {
    assertEquals(
        "reinstating the monthly newsletter",
        only("Officers committed to reinstating the monthly newsletter.").promise());
    Commitment would = only("The Head of Parks would attend the next forum.");
    assertEquals("the Head of Parks", would.owner());
    assertEquals("attend the next forum", would.promise());
    assertEquals("Cllr Patel", only("Cllr Patel will report back on the footpath survey.").owner());
    assertEquals("Cllr Jones", only("Cllr Jones undertook to speak to the landowner.").owner());
  }

  @Test
  void clerkToAndActionLines() {
    assertEquals(
        "the Clerk", only("After discussion, the Clerk to write to the highways team.").owner());
    assertEquals("Clerk", only("ACTION: Clerk to order a new noticeboard.").owner());
    // One sentence, one commitment: the first owner's promise ends where the second begins.
    Commitment first =
        only("The Clerk agreed to add it to the agenda and Cllr Reed agreed to get a quote.");
    assertEquals("the Clerk", first.owner());
    assertEquals("add it to the agenda", first.promise());
  }

  @Test
  void itWasAgreedThatOfficersWould() {
    Commitment c = only("It was agreed that officers would circulate the draft budget.");
    assertEquals("officers", c.owner());
    assertTrue(c.ownerStated());
  }

  @Test
  void actionsSectionPointsAreCommitments() {
    List<Commitment> found =
        Commitments.extract(
            item(
                MEETING,
                section(SectionKind.ACTIONS, "ACTIONS AGREED:"),
                section(SectionKind.ACTIONS, "1. That a colour key be used in future reports."),
                section(
                    SectionKind.ACTIONS, "2. The Head of Leisure to book the hall for the fair.")));
    assertEquals(2, found.size());
    assertEquals("officers", found.get(0).owner());
    assertFalse(found.get(0).ownerStated());
    assertEquals("a colour key be used in future reports", found.get(0).promise());
    assertEquals("the Head of Leisure", found.get(1).owner());
  }

  @Test
  void dueMonthIsTheEndOfThatMonthAfterTheMeeting() {
    Commitment c =
        only("The manager explained that a parking plan which would be completed by March.");
    assertEquals("by March", c.dueHint());
    assertEquals("2024-03-31", c.due());
    assertEquals("end of March after the meeting of 2023-06-14", c.dueBasis());
  }

  @Test
  void estimatedMeetingDatesAreSaidToBeSo() {
    List<Commitment> found =
        Commitments.extract(
            item(MEETING, true, discussion("Officers agreed to send the figures in early July.")));
    assertEquals("2023-07-31", found.getFirst().due());
    assertTrue(found.getFirst().dueBasis().endsWith("(estimated)"));
  }

  @Test
  void nextMeetingAndRecurringHintsAreKeptButNotResolved() {
    Commitment next = only("Officers agreed to bring the figures to the next meeting.");
    assertEquals("to the next meeting", next.dueHint());
    assertNull(next.due());
    assertNull(next.dueBasis());
    Commitment monthly = only("The Director would present the dashboard to the Board every month.");
    assertEquals("every month", monthly.dueHint());
    assertNull(monthly.due());
  }

  @Test
  void futurePassivesOfTheCouncilsOwnWork() {
    for (String s :
        List.of(
            "A speed survey will be conducted within the month.",
            "Further updates would be made regularly to the steering group.",
            "A youth worker was to be recruited to run the sessions.",
            "Resurfacing works are to be carried out at the junction.",
            "This will be included on the April agenda.",
            "The final map will be available on the website.",
            "Future invitations would be reviewed after the next two meetings.",
            "It was noted that the full design details would follow.",
            "A detailed budget report was already scheduled for the next finance meeting.",
            "Hedge inspection to be booked with the contractor")) {
      Commitment c = only(s);
      assertFalse(c.ownerStated(), s);
      assertEquals("officers", c.owner(), s);
    }
    assertEquals("2023-07-14", only("A new bin will be put in place within the month.").due());
  }

  @Test
  void aPassiveDoneByAnOwnerNamesIt() {
    Commitment c = only("Members noted a few details to be checked by officers before the event.");
    assertEquals("officers", c.owner());
    assertTrue(c.ownerStated());
    Commitment monthly =
        only("It was agreed that the benches would be inspected monthly, by Cllr Hale.");
    assertEquals("Cllr Hale", monthly.owner());
    assertEquals("monthly", monthly.dueHint());
  }

  @Test
  void agentlessPassivesInParishMinutesBelongToTheClerk() {
    List<Commitment> found =
        commitments(
            "The Clerk read the letter.", "The final plan will be published on the website.");
    assertEquals(1, found.size());
    assertEquals("the Clerk", found.getFirst().owner());
    assertFalse(found.getFirst().ownerStated());
  }

  @Test
  void theMeetingHandsATaskToSomeone() {
    Commitment c = only("It was agreed Councillor Ward should ask for prices for a new gate.");
    assertEquals("Councillor Ward", c.owner());
    assertTrue(c.ownerStated());
    Commitment by =
        only(
            "All were in agreement that a grant bid should be prepared by Cllr Moss and the Clerk.");
    assertEquals("Cllr Moss", by.owner());
  }

  @Test
  void teamsWeIntentionsAndSecondPromises() {
    assertEquals(
        "the Roads Section",
        only("Under the scheme, the Roads Section will procure a contractor to clear drains.")
            .owner());
    assertEquals(
        "the audit committee",
        only("The audit committee would be working with the regional network on training.")
            .owner());
    assertFalse(only("We will review the opening hours of the car park.").ownerStated());
    Commitment intended =
        only("The officer stated that it is intended to bring the strategy to Council in May.");
    assertEquals("in May", intended.dueHint());
    assertEquals(
        "Cllr Ross", only("Cllr Ross has the old deeds and will look to circulate these.").owner());
    assertEquals(
        "Cllr Lee will have a look at the gate and report back at the July meeting",
        only("Cllr Lee will have a look at the gate and report back at the July meeting.")
            .text()
            .replaceAll("\\.$", ""));
    Commitment view =
        only(
            "Funding has been secured and consultants are being sought with a view to having"
                + " design complete by end of 2025.");
    assertEquals("2025-12-31", view.due());
  }

  @Test
  void aBareActionLineContinuesThePromiseBeforeIt() {
    List<Commitment> found =
        commitments("Cllr Dunn will contact the owner. To update at the next meeting.");
    assertEquals(2, found.size());
    assertEquals("Cllr Dunn", found.get(1).owner());
    assertFalse(found.get(1).ownerStated());
  }

  @Test
  void notFuturePassives() {
    for (String s :
        List.of(
            "The fete will be held on the green in July.",
            "The application will be decided by the planning authority.",
            "The road will be resurfaced by the county highways team in May.",
            "It is likely that the design will be completed in 2025.",
            "Litter will be monitored and action will be taken if it becomes necessary.",
            "The bridge will be repaired should funding become available.",
            "A decision will be made by the Minister next year.",
            "We will note for the record the late papers.",
            "To receive the minutes of the last meeting.")) {
      assertTrue(commitments(s).isEmpty(), s + " -> " + commitments(s));
    }
  }

  @Test
  void notCommitments() {
    for (String s :
        List.of(
            "The inspection visit had taken place in March.",
            "Work was underway to recruit more drivers.",
            "Development of the new website was ongoing.",
            "Members suggested that a site visit would be beneficial.",
            "The next inspection would take place in October.",
            "The bus company would review its timetable in the spring.",
            "If funding allowed, officers would extend the scheme.",
            "There may be a possibility to extend the scheme next year.",
            "Would officers bring a report back on the depot?",
            "Members felt officers would need more staff.")) {
      assertTrue(commitments(s).isEmpty(), s + " -> " + commitments(s));
    }
  }

  @Test
  void whatTheMeetingAgreedWithNobodyNamedIsADecisionOnly() {
    for (String s :
        List.of(
            "It was agreed to add the play area to the March agenda.",
            "It was agreed to obtain a quote for resurfacing the car park.",
            "Councillor Grey asked that the following items be added to the agenda:",
            "He proposed a formal reply be issued by the Chief Executive.",
            "Councillor Grey said she would not be supporting the plan and would oppose it.")) {
      assertTrue(commitments(s).isEmpty(), s + " -> " + commitments(s));
    }
  }

  @Test
  void oneCommitmentPerSentence() {
    Commitment c = only("Road safety forum on 3rd May: Cllr Hart to attend, Clerk to confirm.");
    assertEquals("Cllr Hart", c.owner());
  }

  @Test
  void standingRulesQuestionsAndSchemeDescriptionsAreNotUndertakings() {
    for (String s :
        List.of(
            "Comments received after the deadline will be submitted into the written record.",
            "Members of the public will be given an opportunity to speak.",
            "Speakers shall be heard in the order they registered.",
            "I will ask at the next meeting when the footpath will be repaired.",
            "It is envisaged that a contractor will be appointed next spring.",
            "Lighting improvements will be included in phase two.",
            "The Chair advised that the bench would be placed within the orchard.",
            "12/24 Receive matters to be included on the next agenda",
            "Surveys of the second site have yet to be carried out.",
            "It was agreed that no further bins will be ordered.")) {
      assertTrue(commitments(s).isEmpty(), s + " -> " + commitments(s));
    }
    assertEquals(1, commitments("The hedge complaint will be placed on the next agenda.").size());
  }

  @Test
  void pronounsProgressivesAndPeopleNamedByInitial() {
    Commitment he =
        only(
            "The Area Engineer, Roads and Drainage advised he would enquire with the housing"
                + " section and revert in due course.");
    assertEquals("the Area Engineer", he.owner());
    assertTrue(he.promise().startsWith("enquire with the housing section"));
    assertEquals(
        "the Clerk",
        only("The Clerk would be chasing the contractor for a reply early in May.").owner());
    assertEquals("P. Lowe", only("P. Lowe has agreed to erect the new sign.").owner());
    assertEquals(
        "Cllr Reed",
        only("The Parish Council was happy for Cllr Reed to monitor the verges over the summer.")
            .owner());
    assertFalse(commitments("Allotments: letter received – letter to be acknowledged.").isEmpty());
    assertFalse(commitments("The old goal posts are going to be re-sited next month.").isEmpty());
    assertFalse(
        commitments(
                "It is proposed that the speed limit will be extended in 2025 and it could be"
                    + " widened further if money is available.")
            .isEmpty());
  }

  @Test
  void aSpacedDashEndsTheCorrespondentsRequest() {
    Commitment c =
        only(
            "Acme Ltd wrote requesting our agreement to quarterly billing - clerk to confirm this is"
                + " not possible.");
    assertEquals("confirm this is not possible", c.promise());
  }

  @Test
  void askingWhetherIsNotACondition() {
    only("The date would be published in the newsletter to ask if anyone knew of a clash.");
    assertTrue(commitments("The sign will be replaced if funding allows.").isEmpty());
  }

  @Test
  void aLongNounPhraseCanBeTheSubject() {
    only("Relining of the white lines at junctions within the town centre will be carried out.");
    assertTrue(
        commitments(
                "The letter was forwarded by email to all members to ensure the form was to be"
                    + " signed.")
            .isEmpty());
  }

  @Test
  void aCouncilTeamOwnsItsWork() {
    assertEquals(
        "the finance office",
        only("Returns from the departments will be compiled by the finance office.").owner());
    assertEquals(
        "Roads and Transport Section",
        only("Roads and Transport Section will correspond with the bus operator.").owner());
    assertEquals(
        "the City Council",
        only("the City Council will examine all options for the junction.").owner());
    assertTrue(commitments("The Parish Council will receive the precept in April.").isEmpty());
  }

  @Test
  void aTaskHandedToANamedPerson() {
    assertEquals(
        "Mr Hale", only("Councillors asked Mr Hale to enquire whether the bins could go.").owner());
    assertEquals("Mr Hale", only("Members requested Mr Hale, NDC to look into the verge.").owner());
  }

  @Test
  void whatAReportProposesIsNoPromise() {
    assertTrue(
        commitments("The report was circulated and it is proposed to proceed with option 2.")
            .isEmpty());
  }

  @Test
  void theCouncilsOwnUnitsUndertakeWhatTheySayTheyWillDo() {
    assertEquals(
        "the Area Office",
        only("Reply: The Area Office will carry out traffic counts on the Mill Road.").owner());
    assertEquals(
        "the Roads Section",
        only("The Roads Section will be drawing up a scheme for the crossing.").owner());
    assertEquals(
        "the Parish Council",
        only("The Parish Council will contact both companies to complain.").owner());
    assertTrue(commitments("The Council would eventually become a better employer.").isEmpty());
    assertTrue(commitments("The Parish Council would await the survey results.").isEmpty());
  }

  @Test
  void membersAndInitialledMembersUndertakeTasks() {
    assertEquals("Councillors", only("Councillors will again hand out the leaflets.").owner());
    assertEquals("JB", only("JB to ask the landowner about the hedge.").owner());
    assertEquals("TK", only("TK will be fixing the notice board this month.").owner());
    assertEquals("Mr Hale", only("Members asked Mr Hale, NDC to look into the verge.").owner());
    assertTrue(commitments("The work done with the LGA would help the board.").isEmpty());
  }

  @Test
  void moreWordingsOfTheCouncilsOwnWork() {
    for (String s :
        List.of(
            "Grit bags will be bought from the district council.",
            "Splitting the two budgets would be done as soon as practicable.",
            "Full transfer of the records would take place by 1 March at the latest.",
            "A review of the allotment rents would take place at the May meeting.",
            "This will be an agenda item for the next meeting.",
            "Notices will be placed around the village.",
            "It was intended that the flats would be let to local families.",
            "It is the intention of the Parks Department to plant new trees in 2026.")) {
      assertEquals(1, commitments(s).size(), s + " -> " + commitments(s));
    }
  }

  @Test
  void forecastsConditionsAndReportsOfWorkStayOut() {
    for (String s :
        List.of(
            "The new benches about to be installed on the green.",
            "The resurfacing to be done on the lane by the contractor has still not started.",
            "It was agreed that new signs would be bought once the grant was received.",
            "The junction will continue to be monitored.",
            "A resident asked, how neighbours would be informed of the works.",
            "It is estimated that the transfer will be completed and works will commence in spring.",
            "It is suggested that if problems arise, then the Area Office will look at options.",
            "The annual meeting will take place on 4 May.")) {
      assertTrue(commitments(s).isEmpty(), s + " -> " + commitments(s));
    }
  }

  @Test
  void speakersDutiesAndOutstandingWork() {
    for (String s :
        List.of(
            "The Clerk reported that he would chase the contractor again.",
            "She had not been able to visit the hall and would be arranging a visit.",
            "The Parish Council is due to invite quotes again next spring.",
            "He needed to take the accounts to the auditor.",
            "The seat has still to be varnished.",
            "A notice was still to be put in the newsletter.",
            "The date is to be confirmed.",
            "The gate needs to be rehung, which would be done next week.",
            "Cllr Moss added that the item should be added to the next meeting agenda.",
            "The Mill Lane area will form part of this study.",
            "Resurfacing at this location will be considered under the 2026 roads allocation.",
            "The Director, Housing Directorate agreed to look into the complaint.",
            "It was agreed that RT sign the grant form after the meeting.",
            "The spending of the reserve will be an agenda item for the June meeting.")) {
      assertEquals(1, commitments(s).size(), s + " -> " + commitments(s));
    }
    assertTrue(commitments("The Council needed to demonstrate outcomes better.").isEmpty());
    assertTrue(commitments("The next meeting of the group will take place in May.").isEmpty());
  }

  @Test
  void bracketedLinesDueWorkAndNoticesOfMotion() {
    for (String s :
        List.of(
            "[The Clerk to remind residents about overhanging hedges.]",
            "Mr Orme will have a word with the owner of the van.",
            "Contractors to be asked to delay the works until spring.",
            "Councillors are to check the stock of grit before winter.",
            "The footway repairs on Church Street are due to commence next week.",
            "Following the tender, we will proceed to appoint a consultant.")) {
      assertEquals(1, commitments(s).size(), s + " -> " + commitments(s));
    }
    assertTrue(
        commitments("I will ask at the next meeting for the repairs to be carried out.").isEmpty());
    assertTrue(commitments("Nothing further to be done.").isEmpty());
  }
}
