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
    List<Commitment> two =
        commitments(
            "The Clerk agreed to add it to the agenda and Cllr Reed agreed to get a quote.");
    assertEquals(List.of("the Clerk", "Cllr Reed"), two.stream().map(Commitment::owner).toList());
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
                section(SectionKind.ACTIONS, "2. The Clerk to book the hall for the fair.")));
    assertEquals(2, found.size());
    assertEquals("officers", found.get(0).owner());
    assertFalse(found.get(0).ownerStated());
    assertEquals("a colour key be used in future reports", found.get(0).promise());
    assertEquals("the Clerk", found.get(1).owner());
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
}
