package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.model.Access;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/** Which items of a file are exempt business, by manifest and by wording, and why. */
class RestrictionsTest {
  private static ItemDraft item(String number, String title, String... paragraphs) {
    List<Paragraph> list = new ArrayList<>();
    for (String text : paragraphs) {
      list.add(new Paragraph("p" + (list.size() + 1), text, 0, SectionKind.OTHER));
    }
    return new ItemDraft(number, title, list);
  }

  private static List<Access> decide(ItemDraft... drafts) {
    return Restrictions.decide(List.of(drafts), Optional.empty());
  }

  private static List<Boolean> restricted(List<Access> access) {
    return access.stream().map(Access::restricted).toList();
  }

  @Test
  void itemsAfterTheExclusionOfThePressAndPublicAreRestrictedButNotTheResolution() {
    List<Access> access =
        decide(
            item("1", "Apologies", "Apologies were received from Cllr Smith."),
            item("2", "Highways update", "Members noted the resurfacing programme."),
            item(
                "3",
                "Exclusion of the press and public",
                "RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press"
                    + " and public be excluded from the meeting for the following items on the"
                    + " grounds that they involve the likely disclosure of exempt information as"
                    + " defined in paragraph 3 of Part 1 of Schedule 12A of the Act."),
            item("4", "Sale of land at Mill Farm", "The committee agreed the sale price."),
            item("5", "Staffing matter", "Members considered the grievance."));
    assertEquals(List.of(false, false, false, true, true), restricted(access));
    assertTrue(access.get(3).restrictedBecause().contains("item 3"), access.get(3).toString());
    assertTrue(
        access.get(3).restrictedBecause().contains("press and public be excluded"),
        access.get(3).toString());
    // The file holds exempt text, so its original is withheld from everyone but staff.
    assertTrue(access.stream().allMatch(Access::originalWithheld));
  }

  @Test
  void readmittingThePublicEndsTheExemptPart() {
    List<Access> access =
        decide(
            item("1", "Exclusion of the press and public", "Resolved that the public be excluded."),
            item(
                "2",
                "Contract award",
                "The contract was awarded.",
                "The press and public were readmitted to the meeting."),
            item("3", "Date of next meeting", "The next meeting will be on 5 May."));
    assertEquals(List.of(false, true, false), restricted(access));
  }

  @Test
  void aPartTwoHeadingOpensTheExemptPartAndAPartOneHeadingClosesIt() {
    List<Access> access =
        decide(
            item(
                "1",
                "Minutes",
                "The minutes were agreed.",
                "PART 2 - ITEMS NOT OPEN TO THE PUBLIC"),
            item("2", "Acquisition of premises", "Members agreed to acquire the premises."),
            item("3", "Part II (private): Staffing", "The restructure was agreed."),
            item("4", "Part 1", "Public business resumed."));
    assertEquals(List.of(false, true, true, false), restricted(access));
    assertTrue(access.get(1).restrictedBecause().startsWith("follows the Part 2 heading"));
    assertTrue(access.get(2).restrictedBecause().startsWith("Part 2 heading"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Confidential appendix: valuation",
        "CONFIDENTIAL - Staffing restructure",
        "Exempt report of the Director of Finance",
        "Land at Station Road (not for publication)",
        "Minutes of the exempt session",
        "Exempt: contract award"
      })
  void exemptHeadingsRestrictTheirItem(String title) {
    List<Access> access =
        decide(item("1", "Apologies", "None."), item("2", title, "The text of the paper."));
    assertEquals(List.of(false, true), restricted(access), title);
    assertTrue(access.get(1).restrictedBecause().startsWith("heading: "), access.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local"
            + " Government Act 1972.",
        "This report contains exempt information as defined in paragraph 1 of Schedule 12A to the"
            + " Local Government Act 1972, and the public interest in maintaining the exemption"
            + " outweighs the public interest in disclosing it."
      })
  void exemptStatementsRestrictTheirItem(String statement) {
    List<Access> access =
        decide(item("7", "Staffing review", "The review was presented.", statement));
    assertEquals(List.of(true), restricted(access));
    String reason = access.get(0).restrictedBecause().toLowerCase(Locale.ROOT);
    assertTrue(
        reason.contains("not for publication") || reason.contains("exempt information"), reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "There were no Part 2 items.",
        "There were no exempt items.",
        "No items of exempt information or items not for publication were considered.",
        "Part 2 items: none",
        "Exempt items - none",
        "Exclusion of the press and public: not required",
        "Appendix 2 to this report is not for publication because it contains exempt information"
            + " as defined in paragraph 3 of Schedule 12A; the report itself is public.",
        "The scheme is exempt from the environmental review requirements.",
        "(3) Library Service Review Part II",
        "Residents can read the papers (except legally confidential ones) at the town hall.",
        "Officers listed the exemptions from the fees policy.",
        "Confidentiality and data protection training was completed.",
        "Part 2 of the report set out the options.",
        "Part 2: Strengthening the supply chain",
        "PART II - CONSENT CALENDAR",
        "Staff Matters (Attendance of Press and Public - Rule 12)"
      })
  void publicWordingRestrictsNothing(String paragraph) {
    List<Access> access =
        decide(
            item("1", "Matters arising", paragraph),
            item("2", "Highways", "The potholes were repaired."));
    assertEquals(List.of(false, false), restricted(access), paragraph);
    assertFalse(access.get(0).originalWithheld());
  }

  @Test
  void aReportInPartsIsNotExemptBusiness() {
    List<Access> access =
        decide(
            item("1", "Part 1: The network today", "Banks lend to each other."),
            item("2", "Part 2: Strengthening the network", "Buffers absorb shocks."),
            item("3", "Conclusions", "The network can be made safer."));
    assertEquals(List.of(false, false, false), restricted(access));
    // The bare marker, or "Part 2 items", is the exempt part of a meeting.
    assertEquals(
        List.of(false, true, true),
        restricted(
            decide(
                item("1", "Minutes", "Agreed.", "PART 2"),
                item("2", "Tender award", "Awarded."),
                item("3", "Part 2 items", "Noted."))));
  }

  @Test
  void theManifestDecidesForTheWholeFile() {
    List<ItemDraft> drafts =
        List.of(
            item("1", "Apologies", "None."),
            item("2", "Confidential appendix", "Figures."),
            item("3", "Any other business", "None."));
    List<Access> restricted = Restrictions.decide(drafts, Optional.of(true));
    assertEquals(List.of(true, true, true), restricted(restricted));
    assertEquals(Restrictions.MANIFEST, restricted.get(0).restrictedBecause());
    // A person who read the file and marked it public overrides its wording.
    List<Access> open = Restrictions.decide(drafts, Optional.of(false));
    assertEquals(List.of(false, false, false), restricted(open));
    assertFalse(open.get(1).originalWithheld());
  }

  @Test
  void anAppendixListInsideAPublicReportRestrictsNothingButTheAppendixItselfIsRestricted() {
    List<Access> access =
        decide(
            item(
                "5",
                "Budget monitoring",
                "The report sets out the forecast outturn.",
                "Members noted the report.",
                "Appendix B - Confidential appendix (exempt)",
                "Background papers are available."),
            item("6", "Appendix B - Confidential", "Figures per supplier."));
    assertEquals(List.of(false, true), restricted(access));
  }
}
