package org.minutebook.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds undertakings that name no officer in the usual way: the meeting handing a task to someone
 * ("It was agreed Councillor A should make enquiries", "all were in agreement that an application
 * should be progressed by Cllr B and the Clerk"), a council team or "we" that will act ("the roads
 * section will procure a consultant", "We will review parking"), an owner's second promise in the
 * same sentence ("Cllr C has the papers and will circulate them"), a stated intention ("it is
 * intended to bring the plan to Council in May", "with a view to having the design complete by end
 * of 2025") and a bare action line with its meeting ("To update at the March meeting").
 */
final class CommitmentPlans {
  private static final String AGREED =
      "(?i:it was|all were|members|councillors|the (?:parish |town )?council|the committee|the meeting)"
          + "\\s+(?i:(?:unanimously\\s+)?(?:agreed|resolved|decided)|in agreement)\\s+(?:that\\s+)?";

  private static final Pattern AGREED_OWNER =
      Pattern.compile(
          "\\b"
              + AGREED
              + CommitmentOwners.OWNER
              + "\\s+(?:should|would|will|is to|are to|to)\\s+(?!be\\b)(?<promise>[a-z]+\\b.*)");

  /** "It was agreed that PW sign the declaration": a member named by initials, modal or not. */
  private static final Pattern AGREED_INITIALS =
      Pattern.compile(
          "\\b"
              + AGREED
              + CommitmentOwners.INITIALS_OWNER
              + "\\s+(?:(?:should|would|will|is to|are to|to)\\s+)?(?!(?:be|was|were|is|are|had|has)\\b)(?<promise>[a-z]+\\b.*)");

  private static final Pattern AGREED_BY =
      Pattern.compile(
          "\\b"
              + AGREED
              + "(?<promise>(?:[\\w’'-]+\\s+){1,6}?(?:should|would|will)\\s+be\\s+[a-z]+ed\\s+by\\s+)"
              + CommitmentOwners.OWNER);

  /** "The Parish Council was happy for Cllr A to monitor the grass": the meeting hands a task. */
  private static final Pattern HAPPY_FOR =
      Pattern.compile(
          "\\b(?:happy|content|agreed)\\s+for\\s+"
              + CommitmentOwners.OWNER
              + "\\s+to\\s+(?!be\\b)(?<promise>[a-z]+\\b.*)");

  /**
   * "Councillors asked Mr A, the district councillor, to enquire…": a task handed to a named
   * person, like "the Clerk was asked to chase".
   */
  private static final Pattern ASKED =
      Pattern.compile(
          "\\b(?:asked|requested|instructed|tasked)\\s+"
              + CommitmentOwners.OWNER
              + "(?:,\\s*[A-Z]{2,6},?)?\\s+to\\s+(?!be\\b)(?<promise>[a-z]+\\b.*)");

  /**
   * "The Engineer advised he would enquire…", "she undertook to…": a pronoun that stands for the
   * speaker, who is named earlier in the sentence or the paragraph.
   */
  private static final Pattern PRONOUN =
      Pattern.compile(
          "(?:(?:stated|advised|said|confirmed|indicated|replied|responded|assured|explained|added|outlined)"
              + "\\s+(?:(?:the\\s+)?(?:members|councillors|the meeting)\\s+)?(?:that\\s+)?(?:he|she|they)\\s+(?:would|will)"
              + "(?:\\s+be(?=\\s+[a-z]+ing\\b))?"
              // "… that he would report again …", "he had not been able to … and would be making …"
              + "|(?:^|[,;]\\s*|\\b(?:that|and)\\s+)(?:[Hh]e|[Ss]he)\\s+(?:would|will)(?:\\s+be(?=\\s+[a-z]+ing\\b))?"
              + "|\\b(?:[Hh]e|[Ss]he)\\s+(?:had|has|was)\\b[^,;]{0,80}?\\band\\s+(?:would|will)(?:\\s+be(?=\\s+[a-z]+ing\\b))?"
              + "|(?:^|[,;]\\s*|\\band\\s+)(?:[Hh]e|[Ss]he)\\s+(?:also\\s+)?(?:agreed|undertook|committed"
              + "|promised|offered)\\s+to)"
              + "\\s+(?:also\\s+)?(?!(?:be|not|like|welcome|need|have|want|wish|hope|oppose|vote|support)\\b)"
              + "(?<promise>[a-z]+\\b.*)");

  private static final Pattern OWNER_AT = Pattern.compile(CommitmentOwners.OWNER);

  /**
   * A part of the council as the doer: "the roads section", "the Arts Office", "Travel and
   * Transport Strategy Section", "the City and County Council" (in its own written reply).
   */
  static final Pattern TEAM_OWNER =
      Pattern.compile(
          "(?<owner>(?:\\b[Tt]he\\s+(?:[\\w&-]+\\s+){0,3}?|\\b(?:[A-Z][\\w&-]*\\s+(?:and\\s+|&\\s+)?){1,5})"
              + "(?i:committee|team|department|directorate|section|district|unit|working group|office"
              + "|council))\\b");

  private static final Pattern TEAM =
      Pattern.compile(
          TEAM_OWNER.pattern()
              + "\\s+(?:would|will|shall)\\s+(?:also\\s+)?"
              + "(?<promise>(?:be\\s+working|work|procure|appoint|engage|commission|prepare|bring|provide"
              + "|carry out|undertake|deliver|develop|arrange|write|contact|investigate|monitor|seek"
              + "|review|report|examine|correspond|liaise|consult|assess|install|repair)\\b.*)");

  /**
   * The council's own units ("the Municipal District Office", "the Parish Council", "our Roads
   * Section") undertake whatever they say they will do; councils named with a place are often
   * outside bodies in parish minutes, so they keep to the verbs of {@link #TEAM}.
   */
  private static final Pattern OWN_UNIT =
      Pattern.compile(
          "(?<owner>\\b(?:[Tt]he|[Oo]ur)\\s+(?:(?i:parish|town|community|municipal\\s+district|district)\\s+)?"
              + "(?i:council|office|team|section|department|directorate|unit|working\\s+group)"
              + "|\\b(?:[Tt]he\\s+|[Oo]ur\\s+)?(?:[A-Z][\\w&-]*\\s+(?:and\\s+|&\\s+)?){1,4}"
              + "(?i:office|team|section|department|directorate|unit))\\s+(?:who\\s+|which\\s+)?(?:would|will|shall)\\s+"
              + "(?:also\\s+|now\\s+|then\\s+)?(?:be\\s+(?=[a-z]+ing\\b))?"
              + "(?!(?:be|not|have|need|like|oppose|support|vote|object|consider|note|welcome"
              + "|become|benefit|receive|get|see|remain|await|wait|eventually|ultimately|hopefully)\\b)"
              + "(?<promise>[a-z]+\\b.*)");

  /** Who can be due to do something or need to do it: an owner, the speaker, the council. */
  private static final String DOER =
      CommitmentOwners.owner(
          "[Hh]e", "[Ss]he", "[Tt]he\\s+(?:[Pp]arish\\s+|[Tt]own\\s+)?[Cc]ouncil");

  /**
   * "The Parish Council is due to invite tenders", "he and CC were due to arrange a meeting", "he
   * needed to follow up with…", "the Council will need to meet again by June": work the council's
   * side has to do.
   */
  private static final Pattern DUE_OR_NEEDED =
      Pattern.compile(
          "\\b"
              + DOER
              + "(?:\\s+and\\s+(?:[A-Z]{2,3}|the\\s+[Cc]lerk|[A-Z][a-z]+))?\\s+(?:now\\s+|also\\s+)?"
              + "(?:(?:is|are|was|were)\\s+due|will\\s+need|(?<need>needed|needs|need|would\\s+need))\\s+to\\s+"
              + "(?!(?:be|have|know|consider)\\b)(?<promise>[a-z]+\\b.*)");

  /** "Councillors will again fill these in": members undertaking a task themselves. */
  private static final Pattern MEMBERS_WILL =
      Pattern.compile(
          "(?:^|[,;:]\\s*|\\band\\s+)(?<owner>(?:[Tt]he\\s+)?(?:[Ee]lected\\s+)?(?:[Cc]ouncillors|[Mm]embers))\\s+(?:will|are\\s+to)\\s+"
              + "(?:also\\s+|again\\s+|each\\s+)?"
              + "(?!(?:be|not|have|need|like|oppose|support|vote|object|continue|consider|note|welcome|recall|know|see|receive|hear|want|wish)\\b)"
              + "(?<promise>[a-z]+\\b.*)");

  private static final Pattern WE =
      Pattern.compile(
          "(?:^|[,;:]\\s*|\\b(?:and|that)\\s+)[Ww]e\\s+(?:will|shall)\\s+(?:also\\s+|now\\s+|then\\s+)?"
              + "(?!(?:be|not|have|need|hear|take|vote|go|see|get|move|like|note|now|just)\\b)(?<promise>[a-z]+\\b.*)");

  private static final Pattern AND_WILL =
      Pattern.compile(
          "^"
              + CommitmentOwners.OWNER
              + "\\b[^,;]{0,120}?\\band\\s+(?:will|would)\\s+(?:also\\s+)?"
              + "(?!(?:be|not|have|need|like|oppose|support|vote|object)\\b)(?<promise>[a-z]+\\b.*)");

  private static final Pattern INTENDED =
      Pattern.compile(
          "(?i)\\bit\\s+(?:is\\s+(?:intended|planned|(?:the|our) intention(?:\\s+of\\s+[^,;.]{3,80}?)?)"
              + "\\s+(?:to\\s+(?!be\\b)|that\\s+)|was\\s+intended\\s+that\\s+(?=.*\\bwould\\b))(?<promise>[a-z]+\\b.*)");

  private static final Pattern WITH_A_VIEW =
      Pattern.compile(
          "(?i)\\bwith a view to\\s+(?<promise>having\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?"
              + "(?:complete|completed|finished|finali[sz]ed|in place|delivered)\\b.*)");

  private static final Pattern TO_UPDATE =
      Pattern.compile(
          "^To\\s+(?<promise>(?:update|report back|report|confirm|chase|follow up|feed back|circulate)\\b"
              + ".*\\b(?:at|to|for|by|before)\\s+the\\s+(?:next|[A-Z][a-z]+)\\s+(?:[a-z]+\\s+)?meeting\\b.*)");

  private CommitmentPlans() {}

  /** An undertaking whose owner the meeting named ("agreed Cllr A should…"), or null. */
  static CommitmentSentences.Found agreed(String s) {
    if (!s.contains("agree")
        && !s.contains("esolved")
        && !s.contains("ecided")
        && !s.contains(" for ")
        && !s.contains("asked")
        && !s.contains("requested")
        && !s.contains("tasked")
        && !s.contains("instructed")) {
      return null;
    }
    for (Pattern p : new Pattern[] {AGREED_OWNER, AGREED_INITIALS, AGREED_BY, HAPPY_FOR, ASKED}) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        return new CommitmentSentences.Found(
            CommitmentOwners.tidy(m.group("owner")),
            CommitmentSentences.clause(
                p == AGREED_BY ? s.substring(m.start("promise")) : m.group("promise")),
            false);
      }
    }
    return null;
  }

  /** An undertaking by a speaker named by pronoun, or null. */
  static CommitmentSentences.Found pronoun(String s) {
    if (!s.contains("he ") && !s.contains("they ")) {
      return null;
    }
    Matcher m = PRONOUN.matcher(s);
    if (!m.find() || !CommitmentSentences.undertaken(s, m.start())) {
      return null;
    }
    String owner = null;
    Matcher o = OWNER_AT.matcher(s.substring(0, m.start()));
    while (o.find()) {
      owner = CommitmentOwners.tidy(o.group("owner"));
    }
    return new CommitmentSentences.Found(
        owner, CommitmentSentences.clause(m.group("promise")), owner == null);
  }

  /** Any other form of undertaking this class knows, or null. */
  static CommitmentSentences.Found other(String s) {
    if (!s.contains("will")
        && !s.contains("would")
        && !s.contains("shall")
        && !s.contains("intended")
        && !s.contains("intention")
        && !s.contains("is planned")
        && !s.contains("is proposed")
        && !s.contains("view to")
        && !s.contains("due to")
        && !s.contains("need")
        && !s.contains(" are to ")
        && !s.startsWith("To ")) {
      return null;
    }
    for (Pattern p :
        new Pattern[] {
          TEAM,
          OWN_UNIT,
          MEMBERS_WILL,
          DUE_OR_NEEDED,
          WE,
          AND_WILL,
          INTENDED,
          WITH_A_VIEW,
          TO_UPDATE
        }) {
      Matcher m = p.matcher(s);
      if (m.find() && CommitmentSentences.undertaken(s, m.start())) {
        if (p == DUE_OR_NEEDED
            && m.group("need") != null
            && m.group("owner").toLowerCase(Locale.ROOT).endsWith("council")) {
          // "The Council needed to demonstrate outcomes better" is a judgement, not a task.
          continue;
        }
        boolean named =
            p == TEAM
                || p == OWN_UNIT
                || p == MEMBERS_WILL
                || p == AND_WILL
                || p == DUE_OR_NEEDED && !m.group("owner").matches("(?i)he|she");
        String owner = named ? CommitmentOwners.tidy(m.group("owner")) : null;
        if (p == WITH_A_VIEW && DueDates.find(m.group("promise"), null, false) == null) {
          continue;
        }
        return new CommitmentSentences.Found(
            owner, CommitmentSentences.clause(m.group("promise")), !named);
      }
    }
    return null;
  }
}
