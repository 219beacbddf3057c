package org.minutebook.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one sentence that describe an inspection or visit: its kind, who inspects, whether
 * it is still to come, its ordinal and its focus.
 */
final class InspectionClauses {
  /** Words that name an inspection or a visit. */
  static final Pattern KIND =
      Pattern.compile(
          "(?i)\\b(monitoring visits?|focus(?:s?ed)? visits?|ILACS|JTAI"
              + "|joint targeted area inspections?|re-?inspections?|inspections?)\\b");

  private static final List<String[]> INSPECTORATES =
      List.of(
          new String[] {"\\bOfsted\\b|\\bOFSTED\\b", "Ofsted"},
          new String[] {"\\bCQC\\b|Care Quality Commission", "CQC"},
          new String[] {
            "HMI Probation|HM Inspectorate of Probation|HMIP\\b|Inspectorate of Probation",
            "HMI Probation"
          },
          new String[] {"HMICFRS|HM Inspectorate of Constabulary|\\bHMIC\\b", "HMICFRS"},
          new String[] {"HMI Prisons|HM Inspectorate of Prisons", "HMI Prisons"},
          new String[] {"\\bEstyn\\b", "Estyn"},
          new String[] {"Care Inspectorate Wales|\\bCIW\\b", "Care Inspectorate Wales"},
          new String[] {"Care Inspectorate\\b", "Care Inspectorate"});

  private static final Pattern FUTURE =
      Pattern.compile(
          "(?i)\\b(next|forthcoming|upcoming|future|would take place|will take place"
              + "|is due|are due|expected|anticipated|scheduled|imminent|preparing for"
              + "|preparation for|readiness|ahead of|awaiting|planned for)\\b");
  private static final Pattern PAST =
      Pattern.compile(
          "(?i)\\b(took place|had taken place|has taken place|conducted|carried out|findings"
              + "|outcome|following|last|previous|recent|recently|published|judged|was held"
              + "|had been)\\b");
  private static final Pattern ORDINAL =
      Pattern.compile(
          "(?i)\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
              + "|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[A-Z][\\w’']*\\s+){0,2}$");
  private static final Pattern FOCUS_VERB =
      Pattern.compile(
          "(?i)\\bfocus(?:sed|ed|ing|es)?\\s+(?:up)?on\\s+(.+?)(?=[.;]|\\s+and the\\s|$)");
  private static final Pattern FOCUS_ON =
      Pattern.compile(
          "^\\s+(?:of\\s+\\w+\\s+)?on\\s+(?!the\\s+\\d|\\d|Monday|Tuesday|Wednesday|Thursday|Friday"
              + "|January|February|March|April|May|June|July|August|September|October|November"
              + "|December)(.+?)(?=[.;,(]|\\s+(?:and (?:an?|the)|which|that|had|has|was|were|took)"
              + "\\s|$)");
  private static final Pattern FOCUS_SENTENCE =
      Pattern.compile(
          "(?i)^the (?:main )?focus of (?:the|this) (?:visit|inspection) (?:was|were|is|will be)"
              + "\\s+(?:on\\s+)?(.+?)(?=[.;]|\\s+and the\\s|$)");
  private static final Pattern TRAILING_DATE =
      Pattern.compile(
          "\\s+(?:in|on|during|from)\\s+(?:the\\s+)?(?:\\d|January|February|March|April|May|June"
              + "|July|August|September|October|November|December).*$");

  private InspectionClauses() {}

  /** The inspectorate named in {@code text} nearest before {@code at} (else after), or null. */
  static String inspectorate(String text, int at) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String[] entry : INSPECTORATES) {
      Matcher m = Pattern.compile(entry[0]).matcher(text);
      while (m.find()) {
        // Preceding names ("the Ofsted monitoring visit") are preferred to following ones.
        int distance = m.start() < at ? at - m.end() : 1000 + m.start() - at;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = entry[1];
        }
      }
    }
    return best;
  }

  /** True for a visit to come, false for a past one, null when the words say neither. */
  static Boolean tense(String before, String clause) {
    String window = before.substring(Math.max(0, before.length() - 40)) + clause;
    if (FUTURE.matcher(window).find()) {
      return Boolean.TRUE;
    }
    return PAST.matcher(window).find() ? Boolean.FALSE : null;
  }

  /** "first", "second"… written just before the kind, or null. */
  static String ordinal(String before) {
    Matcher m = ORDINAL.matcher(before);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** What the visit looked at, from the words after its kind, or null. */
  static String focus(String clause) {
    Matcher verb = FOCUS_VERB.matcher(clause);
    if (verb.find()) {
      return clean(verb.group(1));
    }
    Matcher on = FOCUS_ON.matcher(clause);
    return on.find() ? clean(on.group(1)) : null;
  }

  /** The focus a sentence such as "The focus of the visit was …" states, or null. */
  static String focusSentence(String sentence) {
    Matcher m = FOCUS_SENTENCE.matcher(sentence);
    return m.find() ? clean(m.group(1)) : null;
  }

  private static String clean(String focus) {
    String f = TRAILING_DATE.matcher(focus.strip()).replaceFirst("").strip();
    return f.length() < 3 ? null : f;
  }
}
