package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the undertakings in one sentence of the discussion: someone agreed, undertook, committed or
 * offered to do something ("officers agreed to bring a report back"), someone would or will do it
 * ("the Director would present an update to the Board each month"), someone is to do it ("the Clerk
 * to write to…"), a deliverable would be or is to be produced ("a paper would be presented to
 * committee", "a strategy which would be completed by November", "minutes to be circulated"). What
 * the meeting agreed to do as a body with nobody named ("it was agreed to write to the Minister")
 * is a decision only. Questions, conditionals, suggestions and wishes are not undertakings.
 */
final class CommitmentSentences {
  /**
   * One undertaking: its owner as written (null when none is named), what was promised, and whether
   * the paragraph's speaker may be taken as its owner (not for what the meeting agreed).
   */
  record Found(String owner, String promise, boolean speakerOwns) {}

  private static final String NOT_A_PROMISE_VERB =
      "(?!(?:be(?!\\s+(?!supporting|opposing|voting|proposing|objecting)[a-z]+ing\\b)|not|oppose|vote|like|welcome|need|have(?!\\s+a\\s+(?:look|word|chat))|want|wish|hope|expect|appear|seem|seek to ensure|also be|take place|happen|occur)\\b)";

  private static final Pattern AGREED_TO =
      Pattern.compile(
          CommitmentOwners.OWNER
              // "The Director, Physical Development Directorate agreed to…"
              + "(?:,\\s+(?:(?:[A-Z][\\w’'&-]*|and|of|for|&)\\s+){0,5}[A-Z][\\w’'&-]*)?"
              + ",?\\s+(?:(?:has|have|had)\\s+)?(?:also\\s+|further\\s+|then\\s+|kindly\\s+)?(?:agreed|undertook|committed|promised|offered"
              + "|volunteered|pledged|was asked|were asked|(?:was|were|is|are))\\s+to\\s+"
              + NOT_A_PROMISE_VERB
              + "(?<promise>[a-z]\\S*(?:\\s+\\S+)*)");
  private static final Pattern WOULD =
      Pattern.compile(
          CommitmentOwners.OWNER_OR_INITIALS
              + "\\s+(?:would|will|shall)\\s+(?:also\\s+|now\\s+|then\\s+|again\\s+)?"
              + NOT_A_PROMISE_VERB
              + "(?<promise>[a-z]\\S*(?:\\s+\\S+)*)");
  private static final Pattern TO_DO =
      Pattern.compile(
          "(?:^|[,;:–—-]\\s*|\\band\\s+|\\bACTIONS?\\s*:?\\s*)"
              + CommitmentOwners.OWNER
              + "\\s+to\\s+(?!(?:the|a|an|this|that|be|all|his|her|their|its|council|parish|committee|date|"
              + "members|attend the meeting)\\b)(?<promise>[a-z]+\\b(?:\\s+\\S+)*)");

  /** "PW to confirm…": an action line naming a member by initials, never after a comma. */
  private static final Pattern INITIALS_TO =
      Pattern.compile(
          "(?:^|[;:–—-]\\s*|\\band\\s+)"
              + CommitmentOwners.INITIALS_OWNER
              + "\\s+to\\s+(?!(?:the|a|an|this|that|be|all|his|her|their|its|council|parish|committee|date|"
              + "members|attend the meeting)\\b)(?<promise>[a-z]+\\b(?:\\s+\\S+)*)");

  static final String DELIVERABLE =
      "(?:paper|report|update|response|briefing|note|strategy|plan|review|letter|copy|presentation|information"
          + "|details|figures|analysis|proposal|workshop|session|list|summary|breakdown|map|quote|quotation|minutes"
          + "|reply|answer|statement|policy|programme|survey|item|process)s?";
  private static final Pattern PASSIVE =
      Pattern.compile(
          "(?i)(?<promise>\\b(?:a|an|the|further|written|full|detailed)\\s+(?:[\\w’'-]+\\s+){0,6}?"
              + DELIVERABLE
              + "\\s+(?:(?:which|that)\\s+)?(?:would|will|(?:is|are|was|were)\\s+to)\\s+(?:then\\s+)?be\\s+"
              + "(?:presented|brought|provided|circulated|submitted|sent|completed|produced|shared|published"
              + "|made available|arranged|prepared|drafted|added|included|issued|forwarded|scheduled"
              + "|organi[sz]ed|reported|given|written|obtained|reinstated|developed|undertaken|carried out)\\b.*)");
  private static final Pattern TO_BE_CIRCULATED =
      Pattern.compile(
          "(?i)(?<promise>\\b[\\w’'-]+(?:\\s+[\\w’'-]+){0,5}\\s+to\\s+be\\s+(?:circulated|sent|forwarded|provided"
              + "|shared|brought back|reported back)\\b.*)");

  /** Wording that makes what follows a wish, a question or a condition rather than a promise. */
  private static final Pattern NOT_UNDERTAKEN =
      Pattern.compile(
          "(?i)\\b(?:suggest(?:ed|ing|s)|asked (?:if|whether|that|for|about|when|how|why|what)|queried|request(?:ed|ing)"
              + "|wished|hoped|would like|envisaged|forecast|predicted|estimated|(?-i:I) will (?:ask|move)"
              + "|felt|believed|expected|wondered|if|unless|whether|should (?:the|it|there)|in the event|could|might"
              + "|(?-i:may)|(?<!is )propos(?:ed|ing)|recommend(?:ed|ing)|likely|anticipated|probably|possibly"
              + "|hopefully)\\b");

  /** A sentence that opens with a condition promises nothing unconditionally. */
  private static final Pattern CONDITIONAL =
      Pattern.compile(
          "(?i)^(?:it is suggested that\\s+)?(?:if|unless|should|subject to|provided|in the event|where|once)\\b");

  /**
   * A forecast governs the whole sentence, even past "and": "it is estimated that the procedures …
   * and works will commence in Q4".
   */
  private static final Pattern FORECAST =
      Pattern.compile(
          "(?i)\\bit\\s+(?:is|was)\\s+(?:estimated|expected|anticipated|likely|hoped|envisaged|assumed|unlikely)\\b");

  /** The form of a notice: "I will ask at the next meeting…" promises nothing. */
  private static final Pattern NOTICE_OF_MOTION =
      Pattern.compile("^[\"“‘']?I will (?:ask|move|propose|raise)\\b");

  /** "…, then the office will…": the consequence of a condition stated before it. */
  private static final Pattern CONSEQUENCE = Pattern.compile("(?i)^\\s*then\\b");

  private CommitmentSentences() {}

  /** The undertakings {@code sentence} records, in order. */
  static List<Found> find(String sentence) {
    // "[The Clerk to write…]": an action line in brackets is still an action line.
    String s = sentence.strip().replaceFirst("^[\\[(]\\s*", "");
    if (s.endsWith("?")
        || CONDITIONAL.matcher(s).find()
        || FORECAST.matcher(s).find()
        || NOTICE_OF_MOTION.matcher(s).find()) {
      return List.of();
    }
    List<Found> named = named(s);
    if (!named.isEmpty()) {
      // One undertaking per sentence: "Cllr A to attend, Clerk to confirm" is one line of action.
      return named.subList(0, 1);
    }
    Found agreed = CommitmentPlans.agreed(s);
    if (agreed == null) {
      agreed = CommitmentPlans.pronoun(s);
    }
    if (agreed != null) {
      return List.of(agreed);
    }
    for (Pattern p : new Pattern[] {PASSIVE, TO_BE_CIRCULATED}) {
      Matcher m = p.matcher(s);
      if (m.find() && undertaken(s, m.start())) {
        return List.of(new Found(null, clause(m.group("promise")), true));
      }
    }
    Found other = CommitmentPassives.find(s);
    if (other == null) {
      other = CommitmentPlans.other(s);
    }
    return other == null ? List.of() : List.of(other);
  }

  private record Hit(int ownerStart, int ownerEnd, String owner, int promiseStart) {}

  private static final Pattern MODAL = Pattern.compile("\\s(?:would|will|shall)\\s");

  private static final Pattern TO = Pattern.compile("\\sto\\s");

  /** Undertakings with a named owner; several in one sentence each end where the next begins. */
  private static List<Found> named(String s) {
    List<Hit> hits = new ArrayList<>();
    // Each pattern scans for an owner at every position, which is costly: try only those whose
    // verb the sentence has at all ("… to …" or "would / will / shall").
    boolean to = TO.matcher(s).find();
    boolean modal = MODAL.matcher(s).find();
    for (Pattern p : new Pattern[] {AGREED_TO, WOULD, TO_DO, INITIALS_TO}) {
      if (p == WOULD ? !modal : !to) {
        continue;
      }
      Matcher m = p.matcher(s);
      int from = 0;
      while (from < s.length() && m.find(from)) {
        if (undertaken(s, m.start("owner"))) {
          hits.add(new Hit(m.start("owner"), m.end("owner"), m.group("owner"), m.start("promise")));
        }
        from = m.end("owner");
      }
    }
    hits.sort(Comparator.comparingInt(Hit::ownerStart));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      if (kept.isEmpty() || h.ownerStart() >= kept.get(kept.size() - 1).promiseStart()) {
        kept.add(h);
      }
    }
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      int end = i + 1 < kept.size() ? kept.get(i + 1).ownerStart() : s.length();
      Hit h = kept.get(i);
      String promise = s.substring(h.promiseStart(), end).replaceAll("(?i)[\\s,]+and\\s*$", "");
      out.add(new Found(CommitmentOwners.tidy(h.owner()), clause(promise), false));
    }
    return out;
  }

  /** Whether nothing before {@code at} makes the clause a wish, a question or a condition. */
  static boolean undertaken(String sentence, int at) {
    String before = sentence.substring(0, at);
    // A request or a wish in an earlier clause ("Members asked for an update and officers agreed
    // to…") does not make a later clause one.
    int clauseStart =
        Math.max(
            Math.max(before.lastIndexOf(','), before.lastIndexOf(" and ")),
            Math.max(
                Math.max(before.lastIndexOf(';'), before.lastIndexOf(". ")),
                // "… wrote requesting X – clerk to confirm": a spaced dash opens a new clause.
                Math.max(before.lastIndexOf(" - "), before.lastIndexOf(" – "))));
    String clause = before.substring(clauseStart + 1);
    return !NOT_UNDERTAKEN.matcher(clause).find() && !CONSEQUENCE.matcher(clause).find();
  }

  /** The promise up to the next clause that starts a different thought. */
  static String clause(String promise) {
    String p = promise.strip();
    Matcher cut =
        Pattern.compile(
                "(?i),?\\s+(?:however|but|although|whereas|while|and (?:the|that|it|this)\\s+\\w+\\s+(?:was|were|had))\\b"
                    + "|;\\s")
            .matcher(p);
    if (cut.find() && cut.start() > 10) {
      p = p.substring(0, cut.start());
    }
    return p.replaceAll("[\\s.;,:]+$", "");
  }
}
