package org.minutebook.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Finds the committee (the meeting body) a document records: the body of its meeting heading, a
 * heading line that names a committee, board or commission ("Audit Committee", "PLANNING COMMISSION
 * AGENDA", "Kingston and North Kingston Neighbourhood Committee - Thursday 15 January 2026"), or a
 * resolution's "That the Children and Families Committee". When the minutes are of the whole
 * council the committee is "Parish Council", "Town Council", "City Council" or "Full Council".
 * Names are read within one line and shown in title case when written in capitals.
 */
final class CommitteeNames {
  private static final String WORD = "\\p{Lu}[\\p{L}'’.&-]*";
  private static final String JOIN = "(?:(?:and|of|for|the|on|&|de|du|des|la|le)[ ]+){0,3}";
  private static final String KIND =
      "(?:Sub-Committee|Subcommittee|Committee|Commission|Board|Panel|Cabinet|Forum"
          + "|Commissioners|Trustees|Executive)";

  /** "Audit Committee", "Board of Trustees", "Board of Water and Power Commissioners". */
  private static final Pattern COMMITTEE =
      Pattern.compile(
          "((?:"
              + WORD
              + "[ ]+"
              + JOIN
              + "){0,7}"
              + KIND
              + "(?:[ ]+of[ ]+(?:the[ ]+)?"
              + WORD
              + "(?:[ ]+(?:and[ ]+)?"
              + WORD
              + "){0,4})?)(?![\\p{L}])");

  /** French committees: "Comité de démolition", "Conseil municipal". */
  private static final Pattern COMITE =
      Pattern.compile(
          "^((?:Comité|Comite|Conseil)(?:[ ]+[\\p{L}'’-]+){1,4})$", Pattern.UNICODE_CASE);

  /** A resolution's preamble: "That the Children and Families Committee" (within one line). */
  private static final Pattern THAT_THE_COMMITTEE =
      Pattern.compile(
          "^That the ((?:(?:[A-Z][\\w&',-]*|and|of|for|the|&)[ \\t]+){1,8}Committee)\\b",
          Pattern.MULTILINE);

  private static final Pattern HEADING_TAIL =
      Pattern.compile(
          "^(?:$|\\s*[-–—:,|(]|\\s+(?:minutes|meeting|agenda|regular|special|notice|on|held"
              + "|will)\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LEADING_WORDS =
      Pattern.compile(
          "^(?:(?:the|a|an|agenda|minutes|notice|of|for|regular|special|meeting|public|draft"
              + "|revised|official|and|\\d{4})\\s+){1,12}",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_WORDS =
      Pattern.compile(
          "(?:\\s+(?:regular|special|meeting|agenda|minutes|notice))+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[IVX]+|\\d+|[A-Z])[.)]\\s");

  /** Words that name a kind of committee; two in one line make a table's header row. */
  private static final Pattern KINDS =
      Pattern.compile("\\b(?:Sub-Committee|Subcommittee|Committee|Commission|Panel|Cabinet)\\b");

  /** "That the Committee…", "To update Cabinet…": the start of a sentence, not a name. */
  private static final Pattern SENTENCE_START =
      Pattern.compile("^(?:That|This|These|Those|To|It|We|In|If|When|As)\\b");

  private static final int HEADING_LINES = 80;

  private CommitteeNames() {}

  /** The committee the document's heading states: its meeting heading, or a heading line. */
  static Optional<Sourced<String>> fromHeading(TextHead head) {
    return MeetingHeading.find(head)
        .map(h -> new Sourced<>(ofBody(h.body()), Origin.TEXT, h.words()))
        .or(() -> fromHeadingLines(head));
  }

  /**
   * The committee a council heading line implies ("Milburn Parish Council - 3rd November 2015"):
   * for minutes and agendas, the whole council.
   */
  static Optional<Sourced<String>> wholeCouncil(Optional<Sourced<String>> council) {
    return council
        .filter(c -> c.origin() == Origin.TEXT)
        .flatMap(
            c ->
                CouncilNames.council(c.value())
                    .map(name -> wholeCouncilName(name))
                    .map(name -> new Sourced<>(name, Origin.TEXT, c.evidence())));
  }

  /** The committee a file's embedded title names, if any. */
  static Optional<Sourced<String>> fromTitle(String title) {
    for (String part : title.split("\\s+[|>]\\s+|\\s+[-–—]{1,3}\\s*")) {
      String text = Names.titleCaseCapitals(Names.collapse(part.replaceAll("^[|>\\s]+", "")));
      Matcher m = COMMITTEE.matcher(text);
      if (m.find()) {
        String name = clean(m.group(1));
        if (!name.isEmpty() && !name.equalsIgnoreCase("committee")) {
          return Optional.of(
              new Sourced<>(name, Origin.FILE_METADATA, "title " + Names.quote(title, 160)));
        }
      }
    }
    return Optional.empty();
  }

  /** A meeting body as a committee: a whole council becomes "Parish Council", "Full Council"… */
  static String ofBody(String body) {
    Optional<String> council = CouncilNames.council(body);
    if (council.isPresent() || body.equalsIgnoreCase("council")) {
      return wholeCouncilName(council.orElse(body));
    }
    int possessive = body.indexOf("Council’s ");
    possessive = possessive < 0 ? body.indexOf("Council's ") : possessive;
    String name = possessive < 0 ? body : body.substring(possessive + "Council's ".length());
    return clean(name);
  }

  private static String wholeCouncilName(String council) {
    String lower = council.toLowerCase(Locale.ROOT);
    if (lower.contains("parish council")) {
      return "Parish Council";
    }
    if (lower.contains("town council")) {
      return "Town Council";
    }
    if (lower.contains("city council") || lower.startsWith("city of")) {
      return "City Council";
    }
    return "Full Council";
  }

  private static Optional<Sourced<String>> fromHeadingLines(TextHead head) {
    List<TextHead.Line> lines = head.lines();
    for (TextHead.Line line : lines.subList(0, Math.min(HEADING_LINES, lines.size()))) {
      Optional<String> name = headingName(line.text());
      if (name.isPresent() && !isListed(lines, line.index())) {
        return Optional.of(new Sourced<>(name.get(), Origin.TEXT, Names.quote(line.text(), 160)));
      }
    }
    return Optional.empty();
  }

  /** A committee named by a whole heading line, possibly followed by a date or "Agenda". */
  static Optional<String> headingName(String raw) {
    String line = Names.titleCaseCapitals(raw.strip());
    if (LIST_MARKER.matcher(line).find()) {
      return Optional.empty();
    }
    Matcher comite = COMITE.matcher(line);
    if (comite.matches()) {
      // French writes names in sentence case: "Comité de démolition".
      String name = comite.group(1).toLowerCase(Locale.ROOT);
      return Optional.of(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }
    Matcher m = COMMITTEE.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String prefix = line.substring(0, m.start());
    if (!LEADING_WORDS.matcher(prefix + " ").replaceFirst("").isBlank()
        || !HEADING_TAIL.matcher(line.substring(m.end())).find()) {
      return Optional.empty();
    }
    String name = clean(m.group(1));
    if (KINDS.matcher(name).results().count() > 1 || SENTENCE_START.matcher(name).find()) {
      return Optional.empty(); // a table's header row or a sentence, not a name
    }
    return name.isEmpty()
            || name.equalsIgnoreCase("committee")
            || name.split(" ").length < 2 && !name.equals("Cabinet")
        ? Optional.empty()
        : Optional.of(name);
  }

  /** Whether a neighbouring line is also a committee name: then both are items of a list. */
  private static boolean isListed(List<TextHead.Line> lines, int index) {
    for (int i : new int[] {index - 1, index + 1}) {
      if (i >= 0 && i < lines.size()) {
        String text = lines.get(i).text();
        if (headingName(text).filter(n -> n.length() >= text.length() - 2).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String clean(String raw) {
    String name = Names.tidy(raw.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
    name = LEADING_WORDS.matcher(name).replaceFirst("");
    name = TRAILING_WORDS.matcher(name).replaceFirst("");
    return name.strip();
  }

  /** A resolution's preamble: "That the Children and Families Committee …". */
  static Optional<Sourced<String>> resolution(String text) {
    String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
    Matcher that = THAT_THE_COMMITTEE.matcher(head);
    if (that.find()) {
      return Optional.of(
          new Sourced<>(
              that.group(1).replaceAll("\\s+", " "), Origin.TEXT, "\"" + that.group() + "\""));
    }
    return Optional.empty();
  }
}
