package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  @Test
  void normaliseUnifiesSpacesAndBlankLines() {
    assertEquals(
        "Minutes:\n\nThe Committee received\nan update.",
        TextCleaner.normalise(
            "\uFEFFMinutes:\u00A0\r\n \u00A0\r\n\r\n\r\nThe\tCommittee received  \n  an update.\n\n"));
  }

  @Test
  void wrappedProseIsJoinedAndListsAndHeadingsAreKept() {
    String pdf =
        """
        Improvement Plan Progress Report
        To provide an update on progress against the children's services improvement plan to
        address the findings from the inspection.
        RESOLVED:
        1. Note the progress against the improvement plan.
        2. Note the findings from the monitoring visit on the
        front door.
        - Access to training issues
        - Children & Case Management
        """;
    assertEquals(
        String.join(
            "\n\n",
            "Improvement Plan Progress Report",
            "To provide an update on progress against the children's services improvement plan to"
                + " address the findings from the inspection.",
            "RESOLVED:",
            "1. Note the progress against the improvement plan.",
            "2. Note the findings from the monitoring visit on the front door.",
            "- Access to training issues",
            "- Children & Case Management"),
        TextCleaner.paragraphs(TextCleaner.normalise(pdf), false));
  }

  @Test
  void blockFormatsKeepEveryLineAsAParagraph() {
    assertEquals(
        "Issue - meetings\n\nMeeting: 30/09/2021 - Cabinet (Item 54)\n\nThe cabinet noted it.",
        TextCleaner.paragraphs(
            "Issue - meetings\nMeeting: 30/09/2021 - Cabinet (Item 54)\n\nThe cabinet noted it.",
            true));
  }

  @Test
  void plainTextWithLongLinesKeepsOneParagraphPerLine() {
    String page =
        "Update on the improvement programme within the directorate following publication of the"
            + " Ofsted focused visit July 2021\nMeeting: 30/09/2021 - Cabinet (Item 54)\n"
            + "x".repeat(500);
    assertEquals(true, TextCleaner.hasParagraphLines(page));
    String wrapped = ("word ".repeat(30) + "\n").repeat(40) + "y".repeat(170) + "\n";
    assertEquals(false, TextCleaner.hasParagraphLines(wrapped));
  }
}
