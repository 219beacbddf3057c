package org.minutebook.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who can undertake something in minutes: officers and officials, roles ("the Director for
 * Children", "the interim assistant director", "the Clerk", "the Chair and Vice-Chair of the
 * Committee") and named members and officers ("Cllr Smith", "Councillor Mary Jones", "Mr Brown").
 * Outside bodies (Ofsted, the Environment Agency, a developer) are deliberately not owners: what
 * they will do is an expectation, not an undertaking the minutes record.
 */
final class CommitmentOwners {
  private static final String ROLE_WORD =
      "(?i:director|officers?|officials?|clerk|chair(?:man|person|woman)?|vice-chair(?:man)?|mayor"
          + "|cathaoirleach|leader|cabinet member|portfolio holder|chief executive|engineer|planner"
          + "|administrator|manager|treasurer|rfo|head of service|head of [a-z]+|lead member)";
  private static final String ROLE_QUALIFIER =
      "(?:(?i:interim|acting|assistant|deputy|executive|strategic|senior|chief|service|principal"
          + "|corporate|group|programme|project|finance|monitoring|council|parish|district|area)\\s+){0,4}";
  private static final String OF_WHAT =
      "(?:\\s+(?:of|for)\\s+(?:the\\s+)?[A-Z][\\w’'&-]*(?:\\s+(?:and\\s+|&\\s+|of\\s+|for\\s+)?[A-Z][\\w’'&-]*){0,5})?";
  private static final String ROLE =
      "(?:(?:[Tt]he|[Oo]ur|[Tt]he council's|[Cc]ouncil)\\s+)?"
          + ROLE_QUALIFIER
          + ROLE_WORD
          + "(?:\\s+(?:and|&)\\s+(?:the\\s+)?"
          + ROLE_QUALIFIER
          + ROLE_WORD
          + ")?"
          + OF_WHAT;
  private static final String PERSON =
      "(?:Cllr\\.?|Councillor|Cmhlr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Dr\\.?)\\s+[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*)?"
          + "(?:\\s+\\([A-Z]\\))?"
          // Parish minutes name people by initial: "G. Brown has agreed to erect the sign".
          + "|[A-Z]\\.\\s?[A-Z][a-z’'-]{2,}";

  /** An owner, as a regex group named {@code owner}. */
  static final String OWNER = owner();

  /**
   * Parish minutes' action lines name members by initials ("PW to confirm…", "GW will be putting
   * up…"); common abbreviations and outside bodies are not people.
   */
  private static final String INITIALS =
      // Not an outside body's abbreviation after an article or preposition ("work with the LGA").
      "(?<!\\b(?:[Tt]he|with|by|of|to|from|for|at|on|in|and) )\\b(?!(?:PC|UK|US|EU|AGM|AOB|TBC|NB|PS|NCC|NHS|BT|TV|CCTV|VAT|MD|LA|DC|BC|HGV|IT)\\b)[A-Z]{2,3}\\b";

  /** A person's initials, as a regex group named {@code owner}. */
  static final String INITIALS_OWNER = "(?<owner>" + INITIALS + ")";

  /** An owner or a person's initials, as a regex group named {@code owner}. */
  static final String OWNER_OR_INITIALS = owner(INITIALS);

  /**
   * A role or a person, or any of {@code more} (regexes), as a regex group named {@code owner}: the
   * patterns that accept other doers ("he", "the Parish Council") extend the one list of owners.
   */
  static String owner(String... more) {
    return "(?<owner>"
        + ROLE
        + "|"
        + PERSON
        + (more.length == 0 ? "" : "|" + String.join("|", more))
        + ")";
  }

  private static final Pattern SPEAKER =
      Pattern.compile(
          OWNER
              + "\\s+(?:also\\s+|further\\s+)?(?:stated|reported|confirmed|explained|advised|said|informed"
              + "|added|outlined|highlighted|responded|indicated|replied|noted|agreed|clarified|assured)\\b");

  private CommitmentOwners() {}

  /**
   * The nearest speaker named before {@code end} in {@code paragraph} ("Officers stated…"), or null
   * when the paragraph names none.
   */
  static String speakerBefore(String paragraph, int end) {
    Matcher m = SPEAKER.matcher(paragraph.substring(0, Math.max(0, end)));
    String last = null;
    while (m.find()) {
      last = m.group("owner");
    }
    return last == null ? null : tidy(last);
  }

  /** An owner as the minutes name it, without a leading capitalised article. */
  static String tidy(String owner) {
    String o = owner.strip().replaceAll("\\s+", " ");
    if (o.startsWith("The ") || o.startsWith("Our ")) {
      o = o.substring(0, 1).toLowerCase(Locale.ROOT) + o.substring(1);
    }
    return o;
  }
}
