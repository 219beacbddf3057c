package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/**
 * Recognises a decision recorded in a sentence of the discussion: "It was resolved that…",
 * "RESOLVED to…", "the Parish Council agreed to…", "Proposed Cllr X, seconded Cllr Y, all agreed",
 * "On the proposal of … it was agreed…", "Motion by … to approve …; motion carried 5-0", "Minutes
 * approved – A (motion), B (second)". A person agreeing to do something is a commitment, not a
 * decision; a body agreeing that something was so ("agreed that the challenges were longstanding")
 * is an opinion, not a decision.
 */
final class DecisionSentences {
  private static final Pattern RESOLVED =
      Pattern.compile(
          "(?:\\bRESOLVED\\b|(?i:\\b(?:it was|it is|and|councillors|members|council|committee|cabinet|board)"
              + "\\s+(?:unanimously\\s+)?resolved\\b|^resolved\\b|\\bresolved\\s*(?:that|to|:|–|-)))");

  /** A body (not a person) decides. */
  private static final String BODY =
      "(?:it was|it is|all|all members|members|councillors|the councillors|the (?:parish |town |district |city |borough |county )?council|the pc"
          + "|the (?:sub-)?committee|the board|the meeting|the panel|the commission|cabinet|the cabinet|the members|the district|they)";

  private static final Pattern BODY_DECIDES =
      Pattern.compile(
          "(?i)\\b"
              + BODY
              + "\\s+(?:then\\s+|also\\s+|further\\s+|unanimously\\s+)?(?:agreed|decided|approved|adopted|endorsed"
              + "|accepted|refused|rejected|declined|deferred|ratified|concluded|noted (?:the|this|these|that item)|received and noted"
              + "|voted (?:[0-9]{1,2}\\s*[-–]\\s*[0-9]{1,2} |unanimously )?(?:to|in favou?r|against))\\b"
              + "(?!\\s+that\\b(?!.*\\b(?:be|would|will|should|shall)\\b))");

  private static final Pattern PROPOSED_SECONDED =
      Pattern.compile(
          "(?i)\\bpropos(?:ed|al|ing)\\b.*\\bseconded\\b|\\bseconded\\b.*\\bpropos(?:ed|al)\\b");
  private static final Pattern CARRIED =
      Pattern.compile(
          "(?i)\\bfor payment\\b|\\b(?:agreed|carried|in favour|approved|resolved|adopted|unanimous(?:ly)?|passed|accepted|refused|rejected|fell|lost|defeated)\\b");

  private static final Pattern MOTION_OUTCOME =
      Pattern.compile(
          "(?i)\\bmotion\\b.*\\b(?:carried|passed|approved|adopted|failed|defeated|fell|was lost)\\b"
              + "|\\(motion\\).*\\(second(?:ed)?\\)|^(?:[o•·▪*]\\s+)?(?:approved|adopted|denied|rejected)\\s*[–—:-]");

  /**
   * Notes-style outcomes: "2018 budget approved", "$500 proposed for signs rejected, moved to…".
   */
  private static final Pattern NOTE_OUTCOME =
      Pattern.compile(
          "(?i)^[^.]*?(?<!\\b(?:was|were|be|been|is|are|not|being|has|have|had) )"
              + "\\b(?:approved|rejected|adopted|denied)\\b(?:\\s*[0-9]{1,2}\\s*[-–]\\s*[0-9]{1,2})?\\s*(?:[,;:–—-]|\\.?$)");

  private static final int NOTE_WORDS = 15;
  private static final int MAX_VOTE_SENTENCES = 3;

  /**
   * The decisions worded otherwise: a planning application nobody objects to, a decision put off
   * ("will be deferred until…"), the body in agreement that something should be done, a thing
   * approved or a person elected at the meeting.
   */
  private static final Pattern OTHER_WORDINGS =
      Pattern.compile(
          "(?i:\\bno objections?\\s+(?:(?:was|were)\\s+)?raised\\b|\\b(?:had|has|have|raised)\\s+no objections?\\b"
              + "|\\bsupport(?:s|ed)? the application\\b|\\bagreed that\\b.*\\bdoes not (?:impact|affect)\\b"
              + "|(?<!\\b(?:should|would|could|might|must) )\\bbe (?:deferred|postponed)\\b"
              + "|\\bdeclared the (?:motion|amendment|resolution) (?:carried|passed|adopted|defeated|lost)\\b"
              + "|\\bstanding orders (?:were|was) suspended\\b"
              + "|\\b(?:gave|give|gives|granted)\\s+(?:its|their)\\s+(?:permission|approval|consent|agreement)\\b"
              + "|\\b(?:was|were)\\s+(?:duly\\s+|unanimously\\s+)?agreed\\b(?!\\s+(?:that|to|with)\\b)"
              + "|\\bin agreement that\\b.*\\b(?:be|would|will|should|shall)\\b"
              + "|\\bdecisions? noted\\s*:"
              + "|\\b(?:was|were)\\s+(?:duly\\s+|unanimously\\s+|received and\\s+)?(?:approved|adopted|ratified|elected|co-opted|accepted)\\b"
              + "|\\ball noted\\b|[–—-]\\s*(?:all\\s+)?noted\\b|\\bnoted by all\\b"
              + "|\\brecommend(?:s|ed)?\\s+(?:approval|refusal)\\b"
              + "|^(?:no objections?|support(?:ed)?|no comments?)\\.?$"
              + "|(?:[–—-]\\s*|:\\s*)(?:the (?:parish |town |community )?council\\s+|members\\s+|councillors\\s+)?"
              + "(?:no objections?|objections?|objects?|supports?(?: (?:the|this) (?:application|proposal))?|no comments?)"
              + "\\s*(?:[.,;–—-]|$)"
              + "|\\b"
              + BODY
              + "\\s+(?:(?:felt|agreed|decided|confirmed)\\s+(?:that\\s+)?(?:they|it)\\s+)?(?:was|were)\\s+"
              + "(?:not in a position to|(?:happy|content) for\\b))"
              + "(?!\\s+by\\b(?!\\s+(?:all|the meeting|members|councillors)\\b))");

  /** A vote on a proposal an earlier sentence stated: "The proposal was seconded …, carried." */
  private static final Pattern VOTE_RECORD =
      Pattern.compile(
          "(?i)^(?:the|this|that) (?:proposal|motion|amendment) was (?:then )?(?:seconded|put|voted)\\b");

  /** A proposer and seconder with nothing else: the vote on the decision just recorded. */
  private static final String MEMBER =
      "(?:cllr|councillor|mr|mrs|ms|the chair(?:man)?)\\b[^,;]{0,40}?";

  private static final Pattern BARE_PROPOSAL =
      Pattern.compile(
          "(?i)^(?:prop(?:osed)?\\.?(?: by)?\\s+"
              + MEMBER
              + "|"
              + MEMBER
              + "\\s+proposed)[,;]\\s*(?:(?:2nd|seconded)(?: by)?\\s+"
              + MEMBER
              + "|"
              + MEMBER
              + "\\s+seconded)(?:[,;]?\\s*(?:all|unanimously|[a-z]+ (?:were|was))?\\s*(?:agreed|carried|in favour)"
              + "(?: unanimously)?)?\\.?$");

  /** A planning application listed after "Planning decisions noted:" ("18/00123/F Mill Lane…"). */
  private static final Pattern APPLICATION = Pattern.compile("^[0-9]{2,4}/[0-9]{3,6}/[A-Z]+\\b");

  private static final Pattern NOTING_LIST = Pattern.compile("(?i)\\bdecisions? noted\\s*:");
  private static final int STATUS_WORDS = 4;

  /** Several payments in one line: "Fees £40.00 resolved to pay Hire £30.00 resolved to pay". */
  private static final Pattern PAYMENT =
      Pattern.compile("(?i)\\b(?:resolved|agreed) to (?:pay|sign)\\b|\\bpassed for payment\\b");

  private static final Pattern REPORT_NOTED =
      Pattern.compile(
          "(?i)\\b(?:report|correspondence|minutes|update|presentation|information|item|accounts|letter|agenda"
              + "|question|repl(?:y|ie)|response)s?\\b"
              + "[^.;]{0,60}\\b(?:was|were) (?:otherwise |duly |formally |also )?(?:noted|received|approved|agreed|adopted|accepted|passed|taken as read|signed|confirmed)\\b");

  /**
   * A payment passed: "pass for payment", "resolved to pay", "Donation requested, agreed to pay".
   */
  private static final Pattern PASSED_FOR_PAYMENT =
      Pattern.compile(
          "(?i)\\b(?:pass(?:ed)?|approved|agreed|accepted) for payment\\b|\\bresolved to pay\\b"
              + "|(?:^|[,;:–—-]\\s*|\\b(?:and|all|it was|"
              + BODY
              + ")\\s+)agreed to pay\\b");

  /**
   * A motion worded in the proposal itself: "A proposed and B seconded that the Minutes be signed".
   */
  private static final Pattern SECONDED_THAT =
      Pattern.compile(
          "(?i)\\bseconded(?:\\s+by\\s+[^,;]{1,40}?)?,?\\s+(?:that\\b.*\\b(?:be|is|are)\\b|to\\s+(?!be\\b)[a-z]+\\b)");

  /** An agreement conceded in passing: "while Members agreed funding is beneficial, …". */
  private static final Pattern CONCESSIVE =
      Pattern.compile(
          "(?i)^[^.;]*\\b(?:while|whilst|although|though)\\s+" + BODY + "\\s+agreed\\b");

  /** Future and hypothetical wording: "it may be resolved", "could agree". */
  private static final Pattern HYPOTHETICAL =
      Pattern.compile(
          "(?i)\\b(?:may|might|could|would|if|whether|should)\\s+(?:be\\s+)?(?:resolved|agreed|approved)\\b|\\?$");

  /** "The following recommendations were proposed, seconded and carried:" opens a list. */
  private static final Pattern INTRODUCES =
      Pattern.compile(
          "(?i)\\bthe following (?:recommendations|resolutions|motions|points|decisions|actions|was|were)\\b"
              + "(?!.*\\bfor payment\\b)|:\\s*$");

  /** Motions that only open or close the meeting. */
  private static final Pattern PROCEDURAL =
      Pattern.compile(
          "(?i)\\bcalled to order\\b|\\b(?:concluded|closed|ended|finished|terminated)\\s+at\\s+[0-9]"
              + "|^the meeting (?:then\\s+)?(?:concluded|closed|ended|finished)\\.?$");

  /**
   * French procès-verbaux (Quebec): "L'ordre du jour est adopté", and the operative line of a
   * resolution, an upper-case infinitive after "IL EST RÉSOLU" ("D'APPROUVER la demande…").
   */
  private static final Pattern FRENCH =
      Pattern.compile(
          "(?i:\\b(?:est|sont)\\s+(?:adopté|approuvé|accepté|refusé|rejeté|reporté|entériné)e?s?(?![\\w\\p{L}]))"
              + "|^(?:D[’']|DE\\s+)(?:APPROUVER|ADOPTER|ACCEPTER|AUTORISER|REFUSER|REJETER|RECOMMANDER"
              + "|REPORTER|MANDATER|NOMMER|OCTROYER|ACCORDER|DEMANDER|ENTÉRINER)(?![\\w\\p{L}])");

  private DecisionSentences() {}

  /** Whether {@code sentence} records a decision taken at the meeting. */
  static boolean isDecision(String sentence) {
    if (HYPOTHETICAL.matcher(sentence).find()
        || INTRODUCES.matcher(sentence).find()
        || PROCEDURAL.matcher(sentence).find()
        || DecisionPoints.isIntroducer(sentence, SectionKind.DISCUSSION)) {
      return false;
    }
    if (PROPOSED_SECONDED.matcher(sentence).find()) {
      return CARRIED.matcher(sentence).find() || SECONDED_THAT.matcher(sentence).find();
    }
    return RESOLVED.matcher(sentence).find()
        || (BODY_DECIDES.matcher(sentence).find() && !CONCESSIVE.matcher(sentence).find())
        || DecisionVotes.tally(sentence) != null
        || MOTION_OUTCOME.matcher(sentence).find()
        || REPORT_NOTED.matcher(sentence).find()
        || PASSED_FOR_PAYMENT.matcher(sentence).find()
        || OTHER_WORDINGS.matcher(sentence).find()
        || FRENCH.matcher(sentence).find()
        || (DecisionPoints.words(sentence) <= NOTE_WORDS && NOTE_OUTCOME.matcher(sentence).find());
  }

  /**
   * Reads the decisions recorded in {@code text}, the discussion of paragraph {@code p}. In an item
   * that recorded its resolution formally ({@code formal}), a vote on a proposal is that resolution
   * again.
   */
  static void read(Paragraph p, String text, boolean formal, List<DecisionDraft> out) {
    if (text.isBlank()) {
      return;
    }
    List<String> sentences = Sentences.texts(text);
    boolean noting = false;
    boolean decided = false;
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      boolean nextIsVote =
          i + 1 < sentences.size() && DecisionVotes.isBareOutcome(sentences.get(i + 1));
      boolean wasDecided = decided;
      decided = false;
      if (noting && APPLICATION.matcher(sentence).find()) {
        out.add(new DecisionDraft(p, null, sentence, DecisionOutcome.NOTED));
        continue;
      }
      noting &= DecisionPoints.words(sentence) <= STATUS_WORDS;
      if ((formal && VOTE_RECORD.matcher(sentence).find())
          || (wasDecided && isBareVote(sentence))) {
        continue;
      }
      decided = true;
      if (nextIsVote && mentionsMotion(sentence)) {
        StringBuilder motion = new StringBuilder(sentence);
        DecisionOutcome tally = null;
        for (int votes = 0;
            votes < MAX_VOTE_SENTENCES
                && i + 1 < sentences.size()
                && DecisionVotes.isBareOutcome(sentences.get(i + 1));
            votes++) {
          i++;
          motion.append(' ').append(sentences.get(i));
          tally = tally != null ? tally : DecisionVotes.tally(sentences.get(i));
        }
        out.add(new DecisionDraft(p, null, motion.toString(), tally));
      } else if (isDecision(sentence) && !motionOfALaterAgreement(sentences, i)) {
        noting = NOTING_LIST.matcher(sentence).find();
        DecisionOutcome tally = DecisionVotes.tally(sentence);
        for (String piece : payments(sentence)) {
          out.add(new DecisionDraft(p, null, DecisionPoints.point(piece).text(), tally));
        }
      } else {
        decided = false;
      }
    }
  }

  /** A proposer and seconder, or a tally, with nothing else: the vote on the decision before. */
  private static boolean isBareVote(String sentence) {
    return BARE_PROPOSAL.matcher(sentence).find() || DecisionVotes.isBareTally(sentence);
  }

  private static boolean mentionsMotion(String sentence) {
    return sentence.matches("(?is).*\\b(?:motion|moved|proposed|seconded)\\b.*");
  }

  /** {@code sentence} cut after each payment it resolves, when it resolves more than one. */
  static List<String> payments(String sentence) {
    Matcher m = PAYMENT.matcher(sentence);
    List<String> pieces = new ArrayList<>();
    int from = 0;
    while (m.find()) {
      pieces.add(sentence.substring(from, m.end()));
      from = m.end();
    }
    if (pieces.size() < 2) {
      return List.of(sentence);
    }
    int last = pieces.size() - 1;
    pieces.set(last, pieces.get(last) + sentence.substring(from));
    return pieces.stream().map(String::strip).toList();
  }

  private static final int MOTION_REACH = 3;

  /**
   * Whether sentence {@code i} is a motion with no outcome ("A proposal was made by A and seconded
   * by B that C be elected") whose agreement one of the next sentences records ("It was agreed by
   * all that C be elected"): the decision is that agreement, recorded once.
   */
  private static boolean motionOfALaterAgreement(List<String> sentences, int i) {
    String s = sentences.get(i);
    if (!PROPOSED_SECONDED.matcher(s).find() || CARRIED.matcher(s).find()) {
      return false;
    }
    for (int j = i + 1; j < Math.min(sentences.size(), i + 1 + MOTION_REACH); j++) {
      String next = sentences.get(j);
      if (RESOLVED.matcher(next).find() || BODY_DECIDES.matcher(next).find()) {
        return true;
      }
    }
    return false;
  }
}
