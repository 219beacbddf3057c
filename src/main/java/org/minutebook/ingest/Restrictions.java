package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minutebook.model.Access;
import org.minutebook.model.Paragraph;

/**
 * Which items of one file are restricted, and why. A manifest's {@code restricted} decides for the
 * whole file when it is given. Otherwise each item's own wording decides ({@link ExemptWording}),
 * and so does its place: the items that follow a resolution excluding the press and public, or a
 * "Part 2" heading, are restricted until the press and public are readmitted or a "Part 1" heading
 * comes. The item that passes the resolution is procedural and stays public. Pure.
 */
final class Restrictions {
  /** The reason of items a manifest restricts. */
  static final String MANIFEST = "manifest";

  private Restrictions() {}

  /**
   * The access of each of {@code drafts} (the file's items in reading order, its opening first),
   * given what the manifest says ({@code true}: restricted, {@code false}: public, empty: read the
   * wording). When any item is restricted, every item of the file has its original withheld.
   */
  static List<Access> decide(List<ItemDraft> drafts, Optional<Boolean> manifest) {
    List<String> reasons = new ArrayList<>(drafts.size());
    if (manifest.isPresent()) {
      drafts.forEach(d -> reasons.add(manifest.get() ? MANIFEST : null));
    } else {
      String zone = null;
      for (ItemDraft draft : drafts) {
        Verdict verdict = read(draft, zone);
        reasons.add(verdict.reason());
        zone = verdict.zoneAfter();
      }
    }
    boolean withheld = reasons.stream().anyMatch(r -> r != null);
    return reasons.stream().map(r -> new Access(r, withheld)).toList();
  }

  /** One item's reason (null: public), and the exempt part's reason after it (null: none). */
  private record Verdict(String reason, String zoneAfter) {}

  private static Verdict read(ItemDraft draft, String zoneBefore) {
    List<String> lines = lines(draft);
    String zone = zoneBefore;
    // A readmission or "Part 1" heading at the top makes this item public business again.
    if (!lines.isEmpty() && endsExemptPart(lines.get(0))) {
      zone = null;
    }
    boolean procedural = lines.stream().anyMatch(l -> ExemptWording.exclusion(l).isPresent());
    String own = ownWording(lines);
    String partTwo = procedural ? null : partTwo(lines);
    String reason = own != null ? own : procedural ? null : partTwo != null ? partTwo : zone;
    return new Verdict(reason, zoneAfter(draft, lines, zone));
  }

  /** The title (when there is one) and the paragraphs, in reading order. */
  private static List<String> lines(ItemDraft draft) {
    List<String> lines = new ArrayList<>(draft.paragraphs().size() + 1);
    if (draft.title() != null && !draft.title().isBlank()) {
      lines.add(draft.title());
    }
    for (Paragraph p : draft.paragraphs()) {
      lines.add(p.text());
    }
    return lines;
  }

  private static boolean endsExemptPart(String line) {
    return ExemptWording.readmission(line) || ExemptWording.partOneHeading(line);
  }

  /**
   * What in the item itself marks it exempt: a heading at its top (its title, or its first line
   * when it has none), a confidential or not-for-publication line further down that does not name
   * an appendix (a public report lists its exempt appendices), or a statement in its text.
   */
  private static String ownWording(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<String> heading = ExemptWording.exemptHeading(line);
      if (heading.isPresent() && (i == 0 || !ExemptWording.aboutAnAppendix(line))) {
        return "heading: \"" + heading.get() + "\"";
      }
      Optional<String> statement = ExemptWording.exemptStatement(line);
      if (statement.isPresent()) {
        return "wording: \"" + statement.get() + "\"";
      }
    }
    return null;
  }

  /**
   * A "Part 2" heading that opens this item (its title or first line) or that has text of this item
   * after it.
   */
  private static String partTwo(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> heading = ExemptWording.partTwoHeading(lines.get(i));
      if (heading.isPresent() && (i <= 1 || i < lines.size() - 1)) {
        return "Part 2 heading: \"" + heading.get() + "\"";
      }
    }
    return null;
  }

  /** The exempt part after this item: opened, carried on or closed by its lines, in order. */
  private static String zoneAfter(ItemDraft draft, List<String> lines, String zone) {
    String where = draft.number() != null ? "item " + draft.number() : "an earlier item";
    for (String line : lines) {
      Optional<String> exclusion = ExemptWording.exclusion(line);
      Optional<String> partTwo = ExemptWording.partTwoHeading(line);
      if (exclusion.isPresent()) {
        zone =
            "follows the exclusion of the press and public in "
                + where
                + ": \""
                + exclusion.get()
                + "\"";
      } else if (partTwo.isPresent()) {
        zone = "follows the Part 2 heading \"" + partTwo.get() + "\"";
      } else if (endsExemptPart(line)) {
        zone = null;
      }
    }
    return zone;
  }
}
