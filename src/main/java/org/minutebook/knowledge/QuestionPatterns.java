package org.minutebook.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How minutes phrase who asks, who answers and how: the patterns shared by the Q&A readers. */
final class QuestionPatterns {
  private static final String NAME = "[A-Z][\\p{L}’'-]+";
  private static final String TITLED =
      "(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor|Prof)\\.?\\s+(?:(?:Mrs|Mr|Ms)\\.?\\s+)?"
          + "(?:[A-Z]\\.?\\s+){0,2}"
          + NAME
          + "(?:\\s+"
          + NAME
          + ")?";

  /** Who answers: officers, a post, a titled person, a pronoun. */
  static final String ANSWERER =
      "(?:(?i:(?:the|an?)\\s+)?(?:(?i:officers?|(?:interim\\s+|acting\\s+)?"
          + "(?:assistant\\s+|executive\\s+)?director(?:\\s+(?:for|of)\\s+[a-z][\\p{L}’'& ]*?)?"
          + "|head of [a-z][\\p{L}’' ]*?|(?:parish\\s+|town\\s+)?clerk|chair(?:man|person)?"
          + "|vice[- ]chair|cabinet member|leader|chief executive|portfolio holder"
          + "|members of the committee|the council|he|she|they)"
          + "|"
          + TITLED
          + "|(?!The\\s)"
          + NAME
          + " "
          + NAME
          + "|[A-Z]{2,3}))";

  /** How an answer is reported. */
  static final String ANSWER_VERB =
      "(?:also\\s+|further\\s+)?(?:agreed|confirmed|reported|stated|explained|advised|said"
          + "|responded|replied|clarified|indicated|informed|assured|undertook|acknowledged"
          + "|pointed out|answered|added|outlined)(?!\\s+with\\b)";

  /** A clause that reports an answer: "Mr Boyce pointed out that", "officers confirmed". */
  static final Pattern ANSWER =
      Pattern.compile(
          "(?i:(?:^|[,;]\\s*(?:and\\s+)?|\\s(?:and|but)\\s+|\\s)(?:in (?:response|reply),?\\s+)?)("
              + ANSWERER
              + ")\\s+(?i:"
              + ANSWER_VERB
              + ")\\b");

  /** Who asks: members, a councillor, a resident, the chair. */
  static final String ASKER =
      "(?:(?i:(?:a|the)\\s+)?(?:(?i:members?|councillors?|members? of the public|residents?"
          + "|parishioners?|questioner|vice[- ]chair(?:man)?|chair(?:man)?|committee"
          + "|cabinet member|he|she)|"
          + TITLED
          + "|[A-Z]{2,3}))";

  /** A sentence in which someone asks: "A Member asked what…", "Members questioned the…". */
  static final Pattern ASKS =
      Pattern.compile(
          "\\b("
              + ASKER
              + ")\\b[^.;]{0,60}?\\b(?<!(?:was|were|been|be|being)\\s)"
              + "(?i:(asked|queried|questioned|enquired|inquired|sought (?:clarification|assurance)"
              + "|raised (?:a |the )?(?:question|query|queries|questions)))\\b"
              + "(?!\\s+(?:by|at|in|on|during|that|for)\\b)");

  /** "asked Members to note", "asked for their views": requests, not questions. */
  static final Pattern REQUEST =
      Pattern.compile(
          "(?i)^\\s+(?!(?:what|whether|if|why|how|when|where|who|which|about)\\b)"
              + "(?:(?:[\\p{L}’'.]+\\s+){0,4}to\\b|(?:[\\p{L}’'.]+\\s+){0,3}(?:if|whether)"
              + "\\s+(?:they|she|he|it|the meeting|members|councillors)\\s+(?:were|was|would|could)"
              + "\\s+(?:be\\s+)?(?:content|willing|agree|happy|approve|able))");

  /** A question put without an asker: "Clarity was sought in respect of…". */
  static final Pattern PASSIVE_QUESTION =
      Pattern.compile(
          "(?i)^(?:clarity|clarification|assurance|an update) was (?:sought|requested)"
              + "|^(?:a )?questions? (?:was|were) (?:asked|raised)");

  /** "In response to a question raised in respect of X, officers agreed…". */
  static final Pattern IN_RESPONSE =
      Pattern.compile(
          "(?i)^(?:in (?:response|reply|answer) to|responding to)\\s+(?:(?:a|the|further"
              + "|members?[’']?s?[’']?|committee[’']?s?[’']?)\\s+)*(?:(?:questions?|query|queries"
              + "|concerns?|comments?)\\s*)?");

  /** The words that lead into a question's topic. */
  static final Pattern TOPIC_LEAD =
      Pattern.compile(
          "(?i)^(?:(?:raised|asked|put)\\s+)?(?:by (?:a |the )?members?\\s+)?"
              + "(?:in respect of|in relation to|regarding|about|on|concerning|as to|around)\\s+");

  /** Q and A written as such: "Q:", "Question -", "A:", "Response:". */
  static final Pattern Q_LINE = Pattern.compile("^(?:Q|Question)\\s*\\d*\\s*[:.\\-–]\\s+(.+)");

  static final Pattern A_LINE =
      Pattern.compile("^(?:A|Answer|Response|Reply)\\s*\\d*\\s*[:.\\-–]\\s+(.+)");

  private QuestionPatterns() {}

  /** The first answer clause in {@code text} at or after {@code from}, or null. */
  static Matcher answerFrom(String text, int from) {
    Matcher m = ANSWER.matcher(text);
    return m.find(from) ? m : null;
  }

  /** Whether {@code sentence} opens with an answer ("Mr Boyce explained that…"). */
  static Matcher answerAtStart(String sentence) {
    Matcher m = ANSWER.matcher(sentence);
    return m.find() && m.start() <= 0 ? m : null;
  }
}
