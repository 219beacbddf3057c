package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Decision;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/**
 * Reads the decisions an item records: each point of its RESOLVED, RECOMMENDATIONS and ACTIONS
 * sections (one per numbered or lettered point, the lines that introduce them left out), and each
 * sentence of its discussion that records a resolution, an agreement of the body, a motion
 * proposed, seconded and carried, or a report noted. Pure and stateless.
 */
final class Decisions {
  private static final Set<SectionKind> DECIDING =
      EnumSet.of(SectionKind.RESOLVED, SectionKind.RECOMMENDATIONS, SectionKind.ACTIONS);
  private static final Set<SectionKind> TALKING =
      EnumSet.of(SectionKind.DISCUSSION, SectionKind.OTHER);

  private Decisions() {}

  /** The decisions {@code item} records, in reading order. */
  static List<Decision> extract(AgendaItem item) {
    List<Draft> drafts = new ArrayList<>();
    for (Paragraph p : item.paragraphs()) {
      if (DECIDING.contains(p.section())) {
        fromPoint(p, drafts);
      } else if (TALKING.contains(p.section())) {
        fromDiscussion(p, drafts);
      }
    }
    List<Decision> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(
          new Decision(
              item.id() + "#d" + (out.size() + 1),
              item.id(),
              d.paragraph().anchor(),
              d.number(),
              d.text(),
              DecisionOutcomes.classify(d.text(), d.paragraph().section()),
              d.paragraph().section()));
    }
    return out;
  }

  private record Draft(Paragraph paragraph, String number, String text) {}

  private static void fromPoint(Paragraph p, List<Draft> out) {
    DecisionPoints.Point point = DecisionPoints.point(p.text());
    if (DecisionPoints.isDecision(point, p.section())) {
      out.add(new Draft(p, point.number(), point.text()));
    }
  }

  private static void fromDiscussion(Paragraph p, List<Draft> out) {
    List<String> sentences = Sentences.texts(p.text());
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      boolean nextIsVote =
          i + 1 < sentences.size() && DecisionSentences.isBareOutcome(sentences.get(i + 1));
      if (nextIsVote && mentionsMotion(sentence)) {
        out.add(new Draft(p, null, sentence + " " + sentences.get(i + 1)));
        i++;
      } else if (DecisionSentences.isDecision(sentence)) {
        out.add(new Draft(p, null, DecisionPoints.point(sentence).text()));
      }
    }
  }

  private static boolean mentionsMotion(String sentence) {
    return sentence.matches("(?is).*\\b(?:motion|moved|proposed|seconded)\\b.*");
  }
}
