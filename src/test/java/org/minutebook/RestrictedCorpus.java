package org.minutebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small archive with exempt business for the restricted-items tests, in two versions: whole, and
 * as the public should see it (the restricted items cut out, the wholly restricted files left out).
 * Every restricted item holds a canary word that appears nowhere else.
 *
 * <ul>
 *   <li>{@value #PLANNING}: items 1–3 public (3 excludes the press and public), 4 and 5 restricted
 *       by following it.
 *   <li>{@value #CABINET}: items 1–3 public ("there were no Part 2 items" must not restrict), 4
 *       restricted by its "Confidential appendix" heading.
 *   <li>{@value #WORKING_GROUP}: no meeting date; items 1–2 public, 3 restricted; the restricted
 *       item names a later date, which must not show through the public items' estimated date.
 *   <li>{@value #LAND_DEAL}: restricted by its manifest entry.
 *   <li>{@value #PANEL}: restricted by its folder's manifest defaults.
 * </ul>
 */
public final class RestrictedCorpus {
  public static final String PLANNING = "borough/planning-2023-05-02.txt";
  public static final String CABINET = "borough/cabinet-2023-06-14.txt";
  public static final String WORKING_GROUP = "borough/climate-working-group-notes.txt";
  public static final String LAND_DEAL = "borough/land-deal-snorkelvane.txt";
  public static final String PANEL = "closed/hr-panel-brightwater.txt";

  /** Words only restricted items hold, and the names only restricted files and bodies have. */
  public static final List<String> CANARIES =
      List.of(
          "quixotrel",
          "zorblaxian",
          "wombleshank",
          "fandangulous",
          "snickersnee",
          "snorkelvane",
          "glimmerquack",
          "brightwater",
          "Property Sub-Committee",
          "Appointments Panel");

  /** The files whose items are all restricted. */
  public static final List<String> RESTRICTED_FILES = List.of(LAND_DEAL, PANEL);

  private RestrictedCorpus() {}

  private static final String COUNCIL = "Example Borough Council\n\n";

  private static final String PLANNING_PUBLIC =
      COUNCIL
          + "Minutes of the meeting of the Planning Committee held on Tuesday 2nd May 2023\n\n"
          + "1. Apologies\n\n"
          + "Apologies were received from Councillor Hart.\n\n"
          + "2. Planning application 23/0101: land at Mill Lane\n\n"
          + "The committee considered the application for twelve homes at Mill Lane. Residents"
          + " raised concerns about parking on the narrow lane.\n\n"
          + "RESOLVED: That planning permission be granted subject to conditions.\n\n"
          + "3. Exclusion of the press and public\n\n"
          + "RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and"
          + " public be excluded from the meeting for the following items of business on the"
          + " grounds that they involve the likely disclosure of exempt information as defined in"
          + " paragraph 3 of Part 1 of Schedule 12A of the Act.\n\n";

  private static final String PLANNING_RESTRICTED =
      "4. Disposal of the Quixotrel depot\n\n"
          + "Members considered the offer for the Quixotrel depot from Zorblaxian Holdings."
          + " Officers agreed to report back on the valuation by March 2032.\n\n"
          + "RESOLVED: That the offer from Zorblaxian Holdings be accepted.\n\n"
          + "5. Staffing matter\n\n"
          + "The committee heard the grievance of the wombleshank team and agreed a settlement.\n";

  private static final String CABINET_PUBLIC =
      COUNCIL
          + "Minutes of the meeting of the Cabinet held on Wednesday 14th June 2023\n\n"
          + "1. Declarations of interest\n\n"
          + "There were no declarations of interest. There were no Part 2 items and no exempt"
          + " items on the agenda.\n\n"
          + "2. Harbour improvement programme\n\n"
          + "The harbourmaster reported on the dredging of the harbour. Officers agreed to bring a"
          + " report back to the Cabinet in September 2023.\n\n"
          + "3. Date of next meeting\n\n"
          + "The next meeting will be held on 12 July 2023.\n\n";

  private static final String CABINET_RESTRICTED =
      "4. Confidential appendix: settlement figures\n\n"
          + "The fandangulous settlement figures were noted and the budget was agreed.\n";

  private static final String WORKING_GROUP_PUBLIC =
      COUNCIL
          + "Minutes of the Climate Working Group\n\n"
          + "1. Tree planting\n\n"
          + "The group reviewed tree planting in the parks during April 2022.\n\n"
          + "2. Exclusion of the press and public\n\n"
          + "RESOLVED: That the press and public be excluded from the meeting for the following"
          + " item.\n\n";

  private static final String WORKING_GROUP_RESTRICTED =
      "3. Contract renewal\n\n"
          + "The snickersnee contract for the parks was renewed in November 2031.\n";

  private static final String BOROUGH_MANIFEST =
      """
      files:
        land-deal-snorkelvane.txt:
          restricted: true
      """;

  /** The whole archive, restricted items included, under {@code root}. */
  public static Path write(Path root) throws IOException {
    write(root, PLANNING, PLANNING_PUBLIC + PLANNING_RESTRICTED);
    write(root, CABINET, CABINET_PUBLIC + CABINET_RESTRICTED);
    write(root, WORKING_GROUP, WORKING_GROUP_PUBLIC + WORKING_GROUP_RESTRICTED);
    write(root, "borough/minutebook-manifest.yaml", BOROUGH_MANIFEST);
    write(
        root,
        LAND_DEAL,
        COUNCIL
            + "Minutes of the Property Sub-Committee held on 3rd March 2023\n\n"
            + "1. Land deal\n\n"
            + "The snorkelvane land deal was agreed at a price of two million pounds.\n");
    write(
        root,
        "closed/minutebook-manifest.yaml",
        """
        defaults:
          restricted: true
        """);
    write(
        root,
        PANEL,
        COUNCIL
            + "Minutes of the Appointments Panel held on 9th February 2023\n\n"
            + "1. Disciplinary hearing\n\n"
            + "The panel heard the glimmerquack case and dismissed the appeal.\n");
    return root;
  }

  /** The same archive as the public should see it, under {@code root}. */
  public static Path writePublicPart(Path root) throws IOException {
    write(root, PLANNING, PLANNING_PUBLIC);
    write(root, CABINET, CABINET_PUBLIC);
    write(root, WORKING_GROUP, WORKING_GROUP_PUBLIC);
    write(root, "borough/minutebook-manifest.yaml", BOROUGH_MANIFEST);
    return root;
  }

  private static void write(Path root, String name, String text) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
