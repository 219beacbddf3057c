package org.minutebook.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds undertakings worded as the council's work in hand rather than as a passive promise: work
 * outstanding ("the seat has still to be painted"), a matter put on an agenda ("this will be an
 * agenda item for the January meeting", "should be added to the next agenda") or into the council's
 * programme ("the area will form part of this study"), and work that will start or take place ("the
 * review would then commence", "complete separation would take place by 1 April"). The subject and
 * conditions are checked as for {@link CommitmentPassives}.
 */
final class CommitmentWork {
  /** "This will be an agenda item for the January meeting": the clerk's own deliverable. */
  private static final Pattern ON_THE_AGENDA =
      Pattern.compile(
          "\\b(?:would|will|(?:is|are)\\s+to)\\s+(?:also\\s+)?be\\s+(?:an?\\s+)?(?:agenda\\s+item"
              + "|item\\s+on\\s+the\\s+(?:next\\s+)?agenda|on\\s+the\\s+(?:next\\s+|[A-Z][a-z]+\\s+)?agenda)\\b"
              // "the item should be added to the next meeting's agenda"
              + "|\\bshould\\s+(?:be\\s+(?:added|included|placed|put)|go)\\s+(?:on|to|in)\\s+(?:the\\s+)?"
              + "(?:[\\w’']+\\s+){0,5}?agenda\\b");

  /** Work outstanding, whatever it is: "the seat has still to be painted". */
  private static final Pattern STILL_TO =
      Pattern.compile(
          "\\b(?:is|are|was|were|has|have)\\s+still\\s+to\\s+be\\s+[a-z]+(?:ed|en|t)\\b");

  /**
   * A matter taken into the council's own programme: "the area will form part of this study",
   * "works will be considered under the 2026 roads allocation".
   */
  private static final Pattern IN_PROGRAMME =
      Pattern.compile(
          "\\b(?:would|will)\\s+(?:also\\s+|both\\s+)?(?:form\\s+part\\s+of|be\\s+(?:considered|included|assessed|examined)"
              + "\\s+(?:under|as\\s+part\\s+of|in|for\\s+inclusion\\s+in))\\s+(?:the|this|our|next\\s+year's)\\s+"
              + "(?:[\\w’'-]+\\s+){0,4}?(?:study|review|plan|programme|program|scheme|strategy|allocation|report|works"
              + "|budget|survey)\\b");

  /**
   * Work that "will commence", "would take place by 1 April": the subject must be a piece of work
   * ("the review", "complete separation", "the works"), not an event others hold.
   */
  private static final Pattern WORK_STARTS =
      Pattern.compile(
          "\\b(?:(?:would|will)\\s+(?:then\\s+|now\\s+|shortly\\s+|soon\\s+)?|(?:is|are)\\s+due\\s+to\\s+)"
              + "(?:commence|begin|start|proceed|go ahead|take place|be (?:under ?way|in place))\\b");

  private static final Pattern WORK_SUBJECT =
      Pattern.compile(
          "(?i).*\\b(?:"
              + CommitmentSentences.DELIVERABLE
              + "|works?|repairs?|audit|[a-z]{3,}ation|[a-z]{3,}ment|resurfacing|improvements|transfer|handover"
              + "|upgrade|purchase|changeover|switchover|move)$");

  /** Subjects that are events or others' visits: they "take place" without anyone's promise. */
  private static final Pattern EVENT_SUBJECT =
      Pattern.compile(
          "(?i).*\\b(?:meeting|visit|inspection|election|event|fair|festival|show|ceremony|hearing"
              + "|conference|consultation|presentation|session|workshop|assessment|agm)s?$");

  private CommitmentWork() {}

  /** The undertaking of this kind {@code sentence} records, or null. */
  static CommitmentSentences.Found find(String sentence) {
    Matcher m = STILL_TO.matcher(sentence);
    if (m.find()) {
      CommitmentSentences.Found f =
          CommitmentPassives.found(sentence, m.start(), m.end(), false, false);
      if (f != null) {
        return f;
      }
    }
    for (Pattern any : new Pattern[] {ON_THE_AGENDA, IN_PROGRAMME}) {
      m = any.matcher(sentence);
      if (m.find()) {
        // What goes on an agenda or into a programme is the council's to put there, whatever it is.
        return CommitmentPassives.found(sentence, m.start(), m.end(), false, false, true);
      }
    }
    m = WORK_STARTS.matcher(sentence);
    if (m.find()) {
      // The head of "a full review of finance for 2015/16" is "review".
      String subject =
          CommitmentPassives.subject(sentence.substring(0, m.start()))
              .split("\\s+(?:of|for|on|in|to|at|from)\\s+")[0];
      if (WORK_SUBJECT.matcher(subject).matches() && !EVENT_SUBJECT.matcher(subject).matches()) {
        return CommitmentPassives.found(sentence, m.start(), m.end(), false, false);
      }
    }
    return null;
  }
}
