package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/**
 * Reads the decisions an item records: each point of its RESOLVED, RECOMMENDATIONS and ACTIONS
 * sections (one per numbered or lettered point, the lines that introduce them left out), each item
 * of a US disposition list, and each sentence of its discussion that records a resolution, an
 * agreement of the body, a motion proposed, seconded and carried, or a report noted. A decision the
 * item has already recorded (ModernGov pages print it in a "Decision:" panel and again in the
 * minutes) is listed once. Pure and stateless.
 */
final class Decisions {
  private static final Set<SectionKind> DECIDING =
      EnumSet.of(SectionKind.RESOLVED, SectionKind.RECOMMENDATIONS, SectionKind.ACTIONS);
  private static final Set<SectionKind> TALKING =
      EnumSet.of(SectionKind.DISCUSSION, SectionKind.OTHER);

  private static final int MAX_CONTINUATION_WORDS = 80;

  private Decisions() {}

  /** The decisions {@code item} records, in reading order. */
  static List<Decision> extract(AgendaItem item) {
    List<DecisionDraft> drafts = new ArrayList<>();
    DecisionDispositions list = new DecisionDispositions();
    boolean formal = false;
    Paragraph previous = null;
    OpenList openList = null;
    List<Paragraph> paragraphs = item.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (TALKING.contains(p.section()) && isVotedMotion(paragraphs, i)) {
        drafts.add(new DecisionDraft(p, null, p.text(), null));
        openList = null;
        previous = p;
        continue;
      }
      if (openList != null && TALKING.contains(p.section()) && DecisionLists.isPoint(p.text())) {
        drafts.remove(openList.standIn());
        addPoints(p, DecisionLists.points(p.text()), openList.introducer(), drafts);
        openList = new OpenList(openList.introducer(), null);
        previous = p;
        continue;
      }
      openList = null;
      if (DECIDING.contains(p.section())) {
        formal |= fromPoint(p, drafts);
      } else if (TALKING.contains(p.section()) && continuesPoints(drafts, previous, p)) {
        DecisionPoints.Point point = DecisionPoints.point(p.text());
        drafts.add(new DecisionDraft(p, point.number(), point.text(), null));
      } else if (TALKING.contains(p.section()) && continuesQuote(drafts, previous, p)) {
        DecisionDraft open = drafts.removeLast();
        drafts.add(
            new DecisionDraft(open.paragraph(), open.number(), open.text() + " " + p.text(), null));
      } else if (TALKING.contains(p.section())) {
        List<DecisionDraft> items = new ArrayList<>();
        String rest = list.read(p, items);
        openList = fromDiscussion(p, rest, formal, drafts);
        drafts.addAll(items);
      }
      previous = p;
    }
    List<Decision> out = new ArrayList<>(drafts.size());
    for (DecisionDraft d : DecisionRepeats.withoutRepeats(drafts, item.paragraphs())) {
      out.add(
          new Decision(
              item.id() + "#d" + (out.size() + 1),
              item.id(),
              d.paragraph().anchor(),
              d.number(),
              d.text(),
              d.outcome() != null
                  ? d.outcome()
                  : DecisionOutcomes.classify(d.text(), d.paragraph().section()),
              d.paragraph().section()));
    }
    return out;
  }

  /**
   * Whether {@code p}, after {@code previous}, goes on with a quoted resolution the previous
   * paragraph opened and a page break cut ("“That the Budgetary Plan … and" / "… be adopted in
   * accordance with …").
   */
  private static boolean continuesQuote(
      List<DecisionDraft> drafts, Paragraph previous, Paragraph p) {
    if (drafts.isEmpty()
        || drafts.getLast().paragraph() != previous
        || !DECIDING.contains(previous.section())) {
      return false;
    }
    String t = drafts.getLast().text();
    boolean open = t.startsWith("“") && t.indexOf('”') < 0;
    return (open || t.startsWith("\"") && t.indexOf('"', 1) < 0)
        && DecisionPoints.words(p.text()) <= MAX_CONTINUATION_WORDS;
  }

  /** A motion quoted as a paragraph of its own: "‘That the budget for 2025/26 is agreed’". */
  private static final Pattern QUOTED_MOTION =
      Pattern.compile("^(?:['‘\"“]That\\b.*|That\\b.*['’\"”]\\s*)$");

  /** "Proposed – Cllr A Seconded – Cllr B": who moved the motion, on a line of its own. */
  private static final Pattern MOVERS =
      Pattern.compile("(?i)^propos(?:ed|er)\\b.{0,80}\\bseconde[dr]\\b.{0,60}$");

  /**
   * Whether paragraph {@code i} is a motion quoted on its own line that the paragraph after it
   * carries ("All in favour") or the one before it moves ("Proposed – … Seconded – …").
   */
  private static boolean isVotedMotion(List<Paragraph> paragraphs, int i) {
    if (!QUOTED_MOTION.matcher(paragraphs.get(i).text().strip()).matches()) {
      return false;
    }
    boolean carried =
        i + 1 < paragraphs.size()
            && DecisionVotes.isBareOutcome(paragraphs.get(i + 1).text().strip());
    boolean moved = i > 0 && MOVERS.matcher(paragraphs.get(i - 1).text().strip()).matches();
    return carried || moved;
  }

  private static final Pattern THAT = Pattern.compile("(?i)^[\"“]?that\\b");

  /**
   * Whether {@code p} is the next lettered point of a resolution the previous paragraph recorded
   * inline ("… RESOLVED: (A) That the Committee notes…" / "(B) That the Committee notes…").
   */
  private static boolean continuesPoints(
      List<DecisionDraft> drafts, Paragraph previous, Paragraph p) {
    if (drafts.isEmpty() || drafts.getLast().paragraph() != previous) {
      return false;
    }
    DecisionPoints.Point point = DecisionPoints.point(p.text());
    if (point.number() == null || !THAT.matcher(point.text()).find()) {
      return false;
    }
    DecisionDraft last = drafts.getLast();
    return last.number() != null || RESOLVED_INLINE.matcher(last.text()).find();
  }

  /** "RESOLVED: (A) That …" inside a paragraph of the discussion. */
  private static final Pattern RESOLVED_INLINE =
      Pattern.compile("\\bRESOLVED\\b.*\\(?[A-Za-z1-9][.)]\\s+[\"“]?That\\b");

  /**
   * A list of decided points whose introducer ended a paragraph: the points may follow one per
   * paragraph. Until one does, the introducer stands as the decision ({@code standIn}, or null):
   * "it was agreed that the following payments may be made :-" before unmarked lines is one.
   */
  private record OpenList(String introducer, DecisionDraft standIn) {}

  /**
   * Reads the decisions of discussion text {@code text} of {@code p}; returns the list of decided
   * points it opens for the next paragraphs, else null.
   */
  private static OpenList fromDiscussion(
      Paragraph p, String text, boolean formal, List<DecisionDraft> out) {
    DecisionLists.Split split = DecisionLists.split(text);
    if (split == null) {
      DecisionSentences.read(p, text, formal, out);
      return null;
    }
    if (!split.points().isEmpty()) {
      DecisionSentences.read(p, split.head() + ":", formal, out);
      addPoints(p, split.points(), split.introducer(), out);
      return null;
    }
    int before = out.size();
    DecisionSentences.read(p, split.head(), formal, out);
    DecisionDraft last = out.size() > before ? out.getLast() : null;
    boolean standsIn = last != null && split.introducer().contains(last.text());
    return new OpenList(split.introducer(), standsIn ? last : null);
  }

  private static void addPoints(
      Paragraph p, List<DecisionPoints.Point> points, String introducer, List<DecisionDraft> out) {
    for (DecisionPoints.Point point : points) {
      DecisionOutcome outcome = DecisionLists.outcome(point.text(), introducer, p.section());
      out.add(new DecisionDraft(p, point.number(), point.text(), outcome));
    }
  }

  private static boolean fromPoint(Paragraph p, List<DecisionDraft> out) {
    DecisionLists.Split inline = DecisionLists.formalPoints(p.text());
    if (inline != null) {
      addPoints(p, inline.points(), inline.introducer(), out);
      return true;
    }
    DecisionPoints.Point point = DecisionPoints.point(p.text());
    if (DecisionPoints.isDecision(point, p.section())) {
      out.add(new DecisionDraft(p, point.number(), point.text(), null));
      return true;
    }
    return false;
  }
}
