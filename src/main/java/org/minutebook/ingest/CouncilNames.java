package org.minutebook.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Finds the council (or other public body) a document belongs to, in the order its statements are
 * trustworthy: the body of its meeting heading when that is a council ("Special Meeting of Limerick
 * City and County Council"); a heading line that names one ("Stoke Ferry Parish Council", "CITY OF
 * BEVERLY HILLS", "Cupertino Union School District"). ({@link CouncilMentions} reads the rest of
 * the text.) A name is read within one line; consecutive lines that each name a council are a list
 * (a site's menu), not a heading.
 */
final class CouncilNames {
  private static final String WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final String JOIN = "(?:(?:and|of|upon|on|the|in|&|de|du|la|le)[ ]+){0,3}";
  private static final String STATES =
      "(?:California|Illinois|Oregon|Ohio|Michigan|Texas|New York|[A-Z]{2})";

  /** "Stoke Ferry Parish Council", "Limerick City and County Council". */
  static final Pattern NAMED_COUNCIL =
      Pattern.compile("((?:" + WORD + "[ ]+" + JOIN + "){1,8}Council)(?![\\p{L}])");

  /** "Royal Borough of Kingston upon Thames Council", "City of Portland, Oregon". */
  private static final Pattern OF_FORM =
      Pattern.compile(
          "((?:Royal Borough|London Borough|Metropolitan Borough|Borough Council|District Council"
              + "|County Council|City and County|City|County|Town|Village|Borough)[ ]+of[ ]+"
              + "(?:the[ ]+)?"
              + WORD
              + "(?:[ ]+(?:upon[ ]+|on[ ]+|and[ ]+)?(?!Council\\b|Official\\b|Minutes\\b)"
              + WORD
              + "){0,3}(?:,[ ]+"
              + STATES
              + "\\b)?(?:[ ]+Council)?)(?![\\p{L}])");

  /** Public bodies that are not called councils, named on a heading line of their own. */
  private static final Pattern OTHER_BODY =
      Pattern.compile(
          "^((?:"
              + WORD
              + "[ ]+"
              + JOIN
              + "){1,6}(?:School District|College District|Authority|Corporation|Board of Health"
              + "|Department of "
              + WORD
              + "(?: and "
              + WORD
              + ")?|Special Service Area #?\\d+))$");

  /** Words a line may go on with after the council's name and still be a heading. */
  private static final Pattern HEADING_TAIL =
      Pattern.compile(
          "^(?:$|\\s*[-–—:,|(]|\\s+(?:minutes|meeting|draft|agenda|official|annual|ordinary|special"
              + "|regular|monthly|held|notice|a\\.?g\\.?m\\.?)(?!\\p{L})|\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L})",
          Pattern.CASE_INSENSITIVE);

  /** Words that precede a name in a heading but are not part of it. */
  private static final Set<String> LEADING =
      Set.of(
          "the",
          "of",
          "at",
          "a",
          "an",
          "minutes",
          "meeting",
          "draft",
          "special",
          "annual",
          "monthly",
          "ordinary",
          "regular",
          "adjourned",
          "online",
          "proceedings",
          "agenda",
          "notice",
          "report",
          "to",
          "by",
          "from",
          "present",
          "copyright",
          "and",
          "in",
          "on",
          "for",
          "with",
          "borough",
          "county",
          "district",
          "parish",
          "city",
          "town",
          "councillor",
          "cllr",
          "full",
          "joint",
          "policing",
          "youth",
          "local",
          "extraordinary",
          "budget");

  private static final Pattern MEETING_KIND =
      Pattern.compile(
          "\\b(?:Annual|Ordinary|Special|Extraordinary|Monthly|Adjourned)[ ]+(?=(?:Parish|Town"
              + "|City|County|District|Borough)?[ ]*Council$)");

  /**
   * Words that are not places: months, weekdays, what precedes "Council" in a sentence, and the
   * verbs of web-site links ("Watch Council meetings", "Contact the Council") and ModernGov's own
   * name.
   */
  private static final Pattern NOT_A_PLACE =
      Pattern.compile(
          "^(?:January|February|March|April|May|June|July|August|September|October|November"
              + "|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Search|Deliver"
              + "|Neighborhood|Neighbourhood|Each|Every|Your|Our|This|That|Watch|View|Find|Contact"
              + "|Visit|Browse|Pay|Apply|Report|Sign|Join|Follow|Subscribe|About|Modern|Email|Ask)\\b");

  /** A full stop ending a word of three or more letters, then a capital: a new sentence. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}\\. +\\p{Lu}");

  private static final int HEADING_LINES = 80;

  private CouncilNames() {}

  /** The council the document's heading states: its meeting heading, or a heading line. */
  static Optional<Sourced<String>> fromHeading(TextHead head) {
    return MeetingHeading.find(head)
        .flatMap(h -> council(h.body()).map(name -> new Sourced<>(name, Origin.TEXT, h.words())))
        .or(() -> fromHeadingLines(head));
  }

  /** The council a file's embedded title names ("HORSLEY PARISH COUNCIL"), if any. */
  static Optional<Sourced<String>> fromTitle(String title) {
    for (String part : title.split("\\s+[|>]\\s+|\\s+[-–—]{1,3}\\s*")) {
      String text = Names.collapse(part.replaceAll("^[|>\\s]+", ""));
      Optional<String> name = startingName(Names.titleCaseCapitals(text), true);
      if (name.isPresent()) {
        return Optional.of(
            new Sourced<>(name.get(), Origin.FILE_METADATA, "title " + Names.quote(title, 160)));
      }
    }
    return Optional.empty();
  }

  /** The council a meeting body is, if it is a whole council ("Council of the City of X"). */
  static Optional<String> council(String body) {
    String line = Names.titleCaseCapitals(body).replaceFirst("(?i)\\bcouncil$", "Council");
    Matcher of = OF_FORM.matcher(line);
    if (of.find()) {
      return Optional.of(tidy(of.group(1)));
    }
    if (!line.endsWith("Council")) {
      return Optional.empty();
    }
    return startingName(line, false);
  }

  private static Optional<Sourced<String>> fromHeadingLines(TextHead head) {
    List<TextHead.Line> lines = head.lines();
    Sourced<String> firstOfList = null;
    for (TextHead.Line line : lines.subList(0, Math.min(HEADING_LINES, lines.size()))) {
      String text = Names.titleCaseCapitals(line.text());
      if (Character.isLowerCase(text.codePointAt(0))) {
        continue; // the rest of a sentence, not a heading
      }
      Optional<String> name = startingName(text, true);
      if (name.isEmpty()) {
        continue;
      }
      Sourced<String> found = new Sourced<>(name.get(), Origin.TEXT, Names.quote(line.text(), 160));
      boolean nameOnly = name.get().length() >= text.strip().length() - 1;
      if (!nameOnly || !isListed(lines, line.index())) {
        return Optional.of(found);
      }
      firstOfList = firstOfList == null ? found : firstOfList;
    }
    return Optional.ofNullable(firstOfList);
  }

  /** Whether the line next to this one is also only a name: then both are items of a menu. */
  private static boolean isListed(List<TextHead.Line> lines, int index) {
    for (int i : new int[] {index - 1, index + 1}) {
      if (i >= 0 && i < lines.size()) {
        String text = Names.titleCaseCapitals(lines.get(i).text());
        if (startingName(text, false)
            .filter(n -> n.length() >= text.strip().length() - 1)
            .isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A council's name at the start of {@code line}, after words such as "Minutes of the", when the
   * rest of the line is a heading's ({@link #HEADING_TAIL}); any rest when {@code heading} is
   * false.
   */
  static Optional<String> startingName(String line, boolean heading) {
    for (Pattern pattern : new Pattern[] {OF_FORM, NAMED_COUNCIL}) {
      Matcher m = pattern.matcher(line);
      if (m.find() && onlyLeadingWords(line.substring(0, m.start()))) {
        String tail = line.substring(m.end());
        if (!heading || HEADING_TAIL.matcher(tail).find()) {
          String name = tidy(m.group(1));
          if (isProperName(name)) {
            return Optional.of(name);
          }
        }
      }
    }
    Matcher body = OTHER_BODY.matcher(line.strip());
    return body.matches() ? Optional.of(tidy(body.group(1))) : Optional.empty();
  }

  private static boolean onlyLeadingWords(String prefix) {
    for (String word : prefix.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && !LEADING.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Drops leading words that are not part of the name, and a meeting's kind before "Council". */
  static String tidy(String raw) {
    String[] words = Names.tidy(raw).split(" ");
    int first = 0;
    while (first < words.length - 1
        && LEADING.contains(words[first].toLowerCase(java.util.Locale.ROOT))
        && !isNameStart(words, first)) {
      first++;
    }
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    return MEETING_KIND.matcher(name).replaceAll("");
  }

  /**
   * "City of X", "Borough of X", "County Council of X" start a name even though "City" is generic.
   */
  private static boolean isNameStart(String[] words, int at) {
    return at + 1 < words.length
        && words[at + 1].equals("of")
        && Set.of("city", "county", "borough", "town", "village")
            .contains(words[at].toLowerCase(java.util.Locale.ROOT));
  }

  /** At least one word that names a place or body, not only "City Council" or "The Council". */
  static boolean isProperName(String name) {
    // "Coombe Road. The Council": a sentence ended inside it, so it is two fragments, not a name.
    if (NOT_A_PLACE.matcher(name).find() || SENTENCE_BREAK.matcher(name).find()) {
      return false;
    }
    for (String word : name.split("[ ,]+")) {
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (!LEADING.contains(lower)
          && !lower.equals("council")
          && !lower.equals("borough")
          && Character.isUpperCase(word.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }
}
