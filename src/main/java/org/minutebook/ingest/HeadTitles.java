package org.minutebook.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An item's title and agenda number, from the first line of its head that names it. */
final class HeadTitles {
  /** A leading agenda number and a trailing file size on ModernGov item lines. */
  private static final Pattern NUMBERED_TITLE =
      Pattern.compile("^(\\d{1,3}[a-z]?)\\.?\\s+(\\S.*)$");

  private static final Pattern FILE_SIZE_SUFFIX =
      Pattern.compile(
          "\\s+(?:PDF|DOCX?|HTML?)\\s+\\d+(?:\\.\\d+)?\\s*[KM]B\\s*$", Pattern.CASE_INSENSITIVE);

  /** Lines that announce a page rather than name the item. */
  private static final Pattern NOT_A_TITLE =
      Pattern.compile(
          "^(?:agenda item|issue - meetings|minutes:?|agenda|item|\\d{1,3})\\s*$",
          Pattern.CASE_INSENSITIVE);

  private static final int MAX_TITLE = 160;

  private HeadTitles() {}

  /** The agenda number on the title line ("26 Improvement Plan Progress Report"), if any. */
  static Optional<String> number(TextHead head) {
    return firstTitleLine(head)
        .flatMap(
            line -> {
              Matcher m = NUMBERED_TITLE.matcher(line);
              return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
            });
  }

  /**
   * The title line without its number or file size, shortened to {@value #MAX_TITLE} chars. A
   * heading a PDF broke into a word per line is read as the sentence it is.
   */
  static Optional<String> title(TextHead head) {
    Optional<String> first = firstTitleLine(head);
    if (first.filter(l -> l.split(" ").length < 3).isPresent()) {
      Optional<String> heading =
          MeetingHeading.find(head).map(h -> h.words().replaceAll("^\"|\"$", ""));
      if (heading.isPresent()) {
        return heading.map(HeadTitles::shorten);
      }
    }
    return first.map(
        line -> {
          Matcher numbered = NUMBERED_TITLE.matcher(line);
          String title = numbered.matches() ? numbered.group(2) : line;
          title = FILE_SIZE_SUFFIX.matcher(title).replaceFirst("").strip();
          return shorten(title);
        });
  }

  private static Optional<String> firstTitleLine(TextHead head) {
    for (TextHead.Line line : head.lines()) {
      String text = line.text();
      boolean councilOnly =
          CouncilNames.startingName(Names.titleCaseCapitals(text), false)
              .filter(name -> name.length() >= text.length() - 1)
              .isPresent();
      if (!NOT_A_TITLE.matcher(text).matches() && !councilOnly) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  private static String shorten(String title) {
    if (title.length() <= MAX_TITLE) {
      return title;
    }
    int cut = title.lastIndexOf(' ', MAX_TITLE);
    return title.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE) + "…";
  }

  /** A file's name as a title of last resort: "budget_report.pdf" becomes "budget report". */
  static String fileStem(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ');
  }
}
