package org.minutebook.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.SectionKind;

/**
 * Classifies a decision by its wording. The most telling verb wins: a refusal or deferral is
 * recorded even when the sentence also says "agreed" ("it was agreed to defer"), and the earliest
 * of the specific verbs decides between noting, approving, recommending and referring.
 */
final class DecisionOutcomes {
  private static final Pattern REJECTED =
      Pattern.compile(
          "(?i)\\b(?:refus(?:e|ed|al)|reject(?:s|ed)?|not (?:be )?(?:approved|agreed|carried|adopted|supported)"
              + "|declin(?:e|ed)|dismiss(?:ed)?|(?:motion|amendment|proposal) (?:fell|falls|was lost|was defeated|failed)"
              + "|\\bwas lost\\b|\\bwas defeated\\b|\\bfell\\b|not in a position to"
              + "|object(?:s|ed)? to the (?:planning )?(?:application|proposal)|(?<!\\bno |\\bwithout |\\bany )objections?\\b"
              + "|(?:[–—:-]\\s*|^)objects?\\b|\\b(?:decided|agreed|resolved|voted) not to\\b"
              + "|\\bmotion\\b.*\\b(?:failed|was lost|was defeated)\\b|\\bdeclared the (?:motion|amendment) (?:defeated|lost)\\b|\\b(?:refus|rejet)(?:er|é|ée|és|ées)(?![\\w\\p{L}]))");
  private static final Pattern DEFERRED =
      Pattern.compile(
          "(?i)\\b(?:defer(?:s|red)?|adjourn(?:s|ed)?|postpone[sd]?|(?<!\\breport )be brought back"
              + "|(?:considered|discussed|taken) at (?:a|the) (?:later|future|subsequent) meeting)\\b"
              + "|\\bagreed to (?:further )?(?:discuss|consider|review|revisit|add|include|place|put)\\b[^.;]{0,90}?"
              + "\\b(?:agenda|(?:next|later|future|following) meeting|later date|further discussion"
              + "|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\\b"
              + "|(?-i:\\bREPORTER\\b)|\\breport(?:é|ée|és|ées)(?![\\w\\p{L}])");

  private record Cue(Pattern pattern, DecisionOutcome outcome) {}

  /** The specific verbs; the one that comes first in the text decides. */
  private static final List<Cue> SPECIFIC =
      List.of(
          new Cue(
              Pattern.compile(
                  "(?i)\\b(?:be|been|was|were|is|are)\\s+referred\\b|\\b(?:motion|matter|item|proposal)\\s+(?:be|is|was)\\s+forwarded to\\b|\\brefer(?:s|red)?\\b(?!\\s+to\\b)|\\breferral\\b"),
              DecisionOutcome.REFERRED),
          new Cue(
              Pattern.compile("(?i)\\brecommend(?:s|ed|ation|ations)?\\b(?! by)"),
              DecisionOutcome.RECOMMENDED),
          new Cue(
              Pattern.compile(
                  "(?i)\\b(?:note[sd]?|noting|taken as read(?![,\\s]+(?:and\\s+)?(?:adopted|approved|signed|confirmed))|received?s?(?!\\s+and\\s+(?:accepted|approved|adopted))|welcome[sd]?|does not (?:impact|affect)|has no bearing)\\b"),
              DecisionOutcome.NOTED),
          new Cue(
              Pattern.compile(
                  "(?i)\\b(?:approv(?:e|es|ed|al)|adopt(?:s|ed)?|endorse[sd]?|grant(?:s|ed)?"
                      + "|accept(?:s|ed)?|authori[sz]e[sd]?|appoint(?:s|ed)?|implement(?:s|ed)?"
                      + "|ratif(?:y|ied)|confirm(?:s|ed)?|(?:correct|true|accurate) record"
                      + "|passed for payment|taken in charge|hereby (?:made|given|adopted)|elected|co-opted"
                      + "|no objections?|support(?:s|ed)? (?:the|this) (?:application|proposal)"
                      + "|(?:gave|give|gives) (?:its|their) (?:permission|consent|agreement))\\b"
                      + "|\\b(?:approuv|adopt|accept)(?:er|é|ée|és|ées)(?![\\w\\p{L}])|\\bautoriser\\b"),
              DecisionOutcome.APPROVED));

  /** Words that say something was decided without saying what: approval by default. */
  private static final Pattern GENERAL =
      Pattern.compile(
          "(?i)\\b(?:agree[sd]?|resolved?|carried|passed|in favour|unanimous(?:ly)?|decided|concluded|in agreement|to pay|be paid|seconded)\\b");

  private DecisionOutcomes() {}

  /** The outcome of a decision worded {@code text} standing in {@code section}. */
  static DecisionOutcome classify(String text, SectionKind section) {
    if (REJECTED.matcher(text).find()) {
      return DecisionOutcome.REJECTED;
    }
    if (DEFERRED.matcher(text).find()) {
      return DecisionOutcome.DEFERRED;
    }
    if (section == SectionKind.RECOMMENDATIONS) {
      return DecisionOutcome.RECOMMENDED;
    }
    DecisionOutcome first = earliestSpecific(text);
    if (first != null) {
      return first;
    }
    if (section == SectionKind.ACTIONS || GENERAL.matcher(text).find()) {
      return DecisionOutcome.APPROVED;
    }
    return DecisionOutcome.OTHER;
  }

  private static DecisionOutcome earliestSpecific(String text) {
    DecisionOutcome best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Cue cue : SPECIFIC) {
      Matcher m = cue.pattern().matcher(text);
      if (m.find() && m.start() < bestAt) {
        bestAt = m.start();
        best = cue.outcome();
      }
    }
    return best;
  }
}
