package org.minutebook.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds undertakings written as a future passive with no agent: "A traffic survey will be conducted
 * within the month", "repair works are to be carried out", "a participation officer was to be
 * recruited", "This will be included on the March agenda", "Swing inspection to be booked". Only
 * verbs of the council's own work count (nothing "will be held", "decided" or "considered": those
 * are events, not promises); a clause done "by" someone other than an owner, a forecast or a
 * condition is not an undertaking. A bare "X to be done" counts only as an action line (at the
 * start of its sentence) or when an owner does it ("points to be checked by officers").
 */
final class CommitmentPassives {
  private static final String VERBS =
      "(?:presented|brought(?: back| forward)?|provided|circulated|submitted|sent|completed|concluded"
          + "|produced|shared|published|made available|made|arranged|prepared|drafted|added|included"
          + "|issued|forwarded|organi[sz]ed|reported(?: back)?|given|written|obtained|reinstated"
          + "|developed|undertaken|carried out|conducted|put in place|put up|installed|recruited"
          + "|appointed|reviewed|monitored|kept under review|booked|procured|repaired|investigated"
          + "|checked|contacted|informed|notified|placed|erected|ordered|purchased|replaced|updated"
          + "|followed up|looked into|explored|progressed|implemented|delivered|commissioned"
          + "|advertised|posted|displayed|emailed|chased|cleared|painted|fixed|removed|planted|acknowledged"
          + "|inspected|surveyed|assessed|revisited|sought|extended|introduced|amended|revised|re-sited|relocated"
          + "|finali[sz]ed|cleaned|collected|signed|returned|paid|actioned|raised|requested|compiled|collated"
          + "|bought|done|honou?red|dealt with|sorted(?: out)?|set up|allocated|written to|fitted"
          + "|cut|trimmed|mown|emptied|tidied|moved|sent out|circulated|provided|tabled|costed|designed"
          + "|confirmed|looked at|passed on|passed to|handed over|put(?: up| in)?|lodged|filed|recorded"
          + "|asked|told|reminded|invited)";

  private static final Pattern AUX =
      Pattern.compile(
          "\\b(?:would|will|(?:is|are|was|were)\\s+(?:going\\s+|still\\s+)?to|(?:has|have)\\s+still\\s+to"
              + "|(?<bare>to))\\s+"
              + "(?:(?:also|then|now|shortly|soon|routinely|regularly|still|all|both)\\s+)?be\\s+"
              + "(?:(?:also|then|now|shortly|soon|routinely|regularly|duly)\\s+)?(?:(?<verb>"
              + VERBS
              + ")|(?<available>available))\\b");

  /** A report already put on a meeting's agenda: "a report was already scheduled for…". */
  private static final Pattern SCHEDULED =
      Pattern.compile(
          "\\b(?:(?:is|are|was|were|has been|have been)\\s+(?:already\\s+|now\\s+)?scheduled\\s+for"
              + "|(?:would|will)\\s+(?:shortly\\s+|soon\\s+)?follow)\\b");

  /**
   * Where a thing is put says what it is only when the place is a meeting's papers: "added to the
   * next agenda" is the clerk's work, "included in phase 2" or "placed within the gardens"
   * describes a scheme.
   */
  private static final Pattern PLACING = Pattern.compile("^(?:placed|included|added)$");

  private static final Pattern PAPERS =
      Pattern.compile(
          "^\\s+(?:\\S+\\s+){1,5}?(?:agenda|minutes|newsletter|website|notice ?board)\\b");

  /** Notices and adverts are placed by the clerk wherever they go. */
  private static final Pattern NOTICES =
      Pattern.compile("(?i)\\b(?:notices?|adverts?|advertisements?|posters?)\\s*$");

  /** An indirect question ("… ask when the road will be repaired") promises nothing. */
  private static final Pattern QUESTION_WORD =
      Pattern.compile("(?i)\\b(?:when|how|why|what|whether|where)\\s*$");

  /**
   * A bare "X to be done" is an action line only when X is a thing: not a heading that starts with
   * a verb ("Receive matters to be included on the next agenda") nor a clause with its own verb
   * ("investigations have yet to be carried out").
   */
  private static final Pattern NOT_AN_ACTION_SUBJECT =
      Pattern.compile(
          "^(?:[0-9][0-9./]*\\s+)?(?:To\\s+)?(?:Receive|Consider|Note|Discuss|Agree|Approve)\\b.*"
              + "|(?i).*\\b(?:is|are|was|were|has|have|had|needs?|yet|remains?|about|continues?|continued)$");

  private static final Pattern CLAUSE_END = Pattern.compile("[,;]|\\s(?:and|but)\\s");

  /** Where the clause that holds the subject starts. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "(?i)(?:[,;:(]|\\s[–—-]\\s|\\b(?:and|that|but|saying|stating|which|so|while|whereas|as|where"
              + "|when|because|since|though)\\b)");

  private static final Pattern DELIVERABLE_SUBJECT =
      Pattern.compile(
          "(?i)\\b(?:" + CommitmentSentences.DELIVERABLE + "|version|document|documents|agenda)$");

  /** Subjects whose future is an event or a forecast rather than the council's own work. */
  private static final Pattern NOT_A_SUBJECT =
      Pattern.compile(
          "(?i)^(?:there|no\\b.*|nothing\\b.*|(?:decision|comment|call|speaker)s?\\b.*|members of the public\\b.*"
              + "|.*\\b(?:decision|election|funding|money|amount|fee|cost|sum)s?)$");

  /** What follows the verb: its doer ("by the Clerk") or a date ("by the end of May"). */
  private static final Pattern BY =
      Pattern.compile(
          "^(?:\\s+[a-z]+){0,2},?\\s+by\\s+(?!(?:the\\s+)?(?:end|next|mid|early|late|close|time"
              + "|then|[0-9]|(?i:january|february|march|april|may|june|july|august|september|october"
              + "|november|december|spring|summer|autumn|winter|christmas|easter)))");

  /** A condition anywhere after the verb ("… and action will be taken if it becomes necessary"). */
  private static final Pattern CONDITION_AFTER =
      Pattern.compile(
          "(?i)(?<!\\b(?:ask|asking|see|check|checking|enquire|know|find out|establish)\\s)"
              + "\\b(?:if|unless|once|should\\s+(?:\\S+\\s+){1,3}(?:become|be|prove|come|allow))\\b");

  /** A coordinated clause with its own subject: its condition is not this clause's. */
  private static final Pattern NEW_CLAUSE =
      Pattern.compile("\\s(?:and|but)\\s+(?:it|this|that|there|they|he|she|we)\\b");

  /** A condition on this clause only ("subject to funding"). */
  private static final Pattern CONDITION_IN_CLAUSE =
      Pattern.compile("(?i)\\b(?:subject to|provided that|depending on|dependent on|pending)\\b");

  private static final Pattern OWNER_AT = Pattern.compile(CommitmentOwners.OWNER);

  /**
   * The bare "X to be done" is a noun phrase when a verb of its own follows ("… has not been
   * done").
   */
  private static final Pattern LATER_VERB =
      Pattern.compile("\\b(?:has|have|had|is|are|was|were)\\b");

  /** What the meeting agreed as a body with nobody named is its decision, not an undertaking. */
  private static final Pattern BODY_AGREED =
      Pattern.compile("(?i)^it\\s+was\\s+(?:also\\s+)?(?:agreed|resolved|decided)\\b");

  /** An indirect question as the subject: "how residents would be informed". */
  private static final Pattern QUESTION_SUBJECT =
      Pattern.compile("(?i)^(?:how|when|why|what|whether|where|if|who)\\b.*");

  private CommitmentPassives() {}

  /** The agentless undertaking {@code sentence} records, or null. */
  static CommitmentSentences.Found find(String sentence) {
    if (!sentence.contains(" be ")
        && !sentence.contains("scheduled")
        && !sentence.contains("follow")
        && !sentence.contains(" will ")
        && !sentence.contains(" would ")
        && !sentence.contains("due to")
        && !sentence.contains("should")) {
      return null;
    }
    Matcher m = AUX.matcher(sentence);
    while (m.find()) {
      CommitmentSentences.Found f =
          PLACING.matcher(String.valueOf(m.group("verb"))).matches()
                  && !PAPERS.matcher(sentence.substring(m.end())).find()
                  && !NOTICES.matcher(sentence.substring(0, m.start())).find()
              ? null
              : found(
                  sentence,
                  m.start(),
                  m.end(),
                  m.group("bare") != null,
                  m.group("available") != null);
      if (f != null) {
        return f;
      }
    }
    m = SCHEDULED.matcher(sentence);
    if (m.find()) {
      return found(sentence, m.start(), m.end(), false, true);
    }
    return CommitmentWork.find(sentence);
  }

  /** The noun phrase before an auxiliary: from the last clause break of {@code before}. */
  static String subject(String before) {
    return before.substring(clauseStart(before)).strip();
  }

  /** Where the last clause of {@code before} starts. */
  private static int clauseStart(String before) {
    Matcher b = CLAUSE_BREAK.matcher(before);
    int clause = 0;
    while (b.find()) {
      clause = b.end();
    }
    return clause;
  }

  /**
   * A verb (finite, infinitive or passive "by") in a subject means the clause break was missed: the
   * "subject" is a clause.
   */
  private static final Pattern FINITE =
      Pattern.compile(
          "(?i)\\b(?:is|are|was|were|has|have|had|been|would|will|can|could|should|may|must|do|does|did"
              + "|to|by)\\b");

  /**
   * A subject is a noun phrase: up to 8 words, or up to 14 when it has no verb of its own
   * ("Relining of the yellow boxes at junctions within the town will be carried out").
   */
  private static boolean tooLong(String subject) {
    int words = subject.split("\\s+").length;
    return words > 14 || (words > 8 && FINITE.matcher(subject).find());
  }

  static CommitmentSentences.Found found(
      String s, int start, int end, boolean bare, boolean deliverableOnly) {
    return found(s, start, end, bare, deliverableOnly, false);
  }

  /**
   * The undertaking whose auxiliary spans {@code start}–{@code end} of {@code s}, or null when its
   * subject, a condition or a doer outside the council says it is none. {@code anySubject} lifts
   * the list of subjects that never promise (what goes on an agenda may be anything).
   */
  static CommitmentSentences.Found found(
      String s, int start, int end, boolean bare, boolean deliverableOnly, boolean anySubject) {
    String before = s.substring(0, start);
    int clause = clauseStart(before);
    String subject = before.substring(clause).strip();
    // "… needs to be fixed, which would be done soon": "which" stands for the clause before.
    boolean which = subject.isEmpty() && before.substring(0, clause).endsWith("which");
    if (which) {
      subject = "which";
    }
    if (subject.isEmpty()
        || tooLong(subject)
        || QUESTION_SUBJECT.matcher(subject).matches()
        || !anySubject && NOT_A_SUBJECT.matcher(subject).matches()
        || (deliverableOnly && !DELIVERABLE_SUBJECT.matcher(subject).find())
        || (bare && NOT_AN_ACTION_SUBJECT.matcher(subject).matches())
        || QUESTION_WORD.matcher(before.substring(0, clause)).find()
        || !CommitmentSentences.undertaken(s, start)) {
      return null;
    }
    String after = s.substring(end);
    Matcher clauseEnd = CLAUSE_END.matcher(after);
    String rest = clauseEnd.find() ? after.substring(0, clauseEnd.start()) : after;
    Matcher next = NEW_CLAUSE.matcher(after);
    String sentenceRest = next.find() ? after.substring(0, next.start()) : after;
    if (CONDITION_AFTER.matcher(sentenceRest).find() || CONDITION_IN_CLAUSE.matcher(rest).find()) {
      return null;
    }
    String owner = null;
    Matcher by = BY.matcher(after);
    if (by.find()) {
      Matcher o = OWNER_AT.matcher(after).region(by.end(), after.length());
      Matcher t = CommitmentPlans.TEAM_OWNER.matcher(after).region(by.end(), after.length());
      if (o.lookingAt()) {
        owner = CommitmentOwners.tidy(o.group("owner"));
      } else if (t.lookingAt()) {
        owner = CommitmentOwners.tidy(t.group("owner"));
      } else {
        return null;
      }
    }
    String lead = before.substring(0, clause).strip();
    // "Correspondence: … – letter to be acknowledged": a colon or a dash opens an action line.
    boolean actionLine =
        clause == 0 || lead.endsWith(":") || lead.endsWith("-") || lead.endsWith("–");
    if (bare && (owner == null && !actionLine || LATER_VERB.matcher(rest).find())) {
      return null;
    }
    if (owner == null && BODY_AGREED.matcher(s).find()) {
      return null;
    }
    String promise = CommitmentSentences.clause(s.substring(clause));
    return new CommitmentSentences.Found(owner, promise, owner == null);
  }
}
