package org.minutebook.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Decides an item's title, number, council, committee, date and type. Precedence: the sidecar
 * manifest, then what the document states, then the file's path. Nothing is guessed: a value no
 * source states stays empty.
 */
public final class MetadataResolver {
  /** ModernGov issue pages: "Meeting: 30/09/2021 - Cabinet (Item 54)". */
  private static final Pattern MODERNGOV_MEETING =
      Pattern.compile(
          "^Meeting:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\s*-\\s*(.+?)\\s*(?:\\(Item\\s*([\\w.]+)\\))?\\s*$",
          Pattern.MULTILINE);

  /** "Minutes of the meeting of the Planning Committee held on Tuesday 3rd September 2019". */
  private static final Pattern HELD_ON =
      Pattern.compile(
          "minutes\\s+of\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,3}?meeting\\s+of\\s+(?:the\\s+)?"
              + "(.{3,120}?)\\s*,?\\s+held\\s+(?:on|at)\\b(.{0,80})",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** A resolution's preamble: "That the Children and Families Committee" (within one line). */
  private static final Pattern THAT_THE_COMMITTEE =
      Pattern.compile(
          "^That the ((?:(?:[A-Z][\\w&',-]*|and|of|for|the|&)[ \\t]+){1,8}Committee)\\b",
          Pattern.MULTILINE);

  /** A line that names the council and nothing else: "Limerick City and County Council". */
  // [ \t] rather than \s in the line patterns: \s would run on into the next line.
  private static final Pattern COUNCIL_LINE =
      Pattern.compile(
          "^((?:[A-Z][\\w'-]*[ \\t]+(?:(?:and|of|upon|on|the)[ \\t]+)?){1,6}"
              + "(?:Council|Parish Council))[ \\t]*$",
          Pattern.MULTILINE);

  /** A leading agenda number and a trailing file size on ModernGov item lines. */
  private static final Pattern NUMBERED_TITLE =
      Pattern.compile("^(\\d{1,3}[a-z]?)\\.?\\s+(\\S.*)$");

  private static final Pattern FILE_SIZE_SUFFIX =
      Pattern.compile(
          "\\s+(?:PDF|DOCX?|HTML?)\\s+\\d+(?:\\.\\d+)?\\s*[KM]B\\s*$", Pattern.CASE_INSENSITIVE);

  /** Lines that announce a page rather than name the item. */
  private static final Pattern NOT_A_TITLE =
      Pattern.compile(
          "^(?:agenda item|issue - meetings|minutes:?|agenda|item)\\s*$", Pattern.CASE_INSENSITIVE);

  private static final int HEAD_CHARS = 3_000;
  private static final int MAX_TITLE = 160;

  private MetadataResolver() {}

  /**
   * Resolves the metadata of a file that forms a single item.
   *
   * @param source path relative to the corpus root
   * @param text the item's text
   * @param described what a sidecar manifest says of the file, if anything
   * @param embeddedTitle the title in the file's own metadata, if any
   */
  public static ItemMetadata resolve(
      String source,
      String text,
      Optional<Manifest.Described> described,
      Optional<String> embeddedTitle) {
    Manifest.Entry entry = described.map(Manifest.Described::entry).orElse(Manifest.Entry.EMPTY);
    String manifestName = described.map(Manifest.Described::manifest).orElse("");
    String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
    Matcher meeting = MODERNGOV_MEETING.matcher(head);
    boolean isMeetingLine = meeting.find();

    Optional<Sourced<String>> council =
        fromManifest(entry.council(), manifestName, entry, Function.identity())
            .or(() -> councilFromText(head));
    Optional<Sourced<String>> committee =
        fromManifest(entry.committee(), manifestName, entry, Function.identity())
            .or(
                () ->
                    isMeetingLine
                        ? quoted(meeting.group(2).trim(), meeting.group())
                        : Optional.empty())
            .or(() -> committeeFromText(head));
    Optional<Sourced<LocalDate>> date =
        fromManifest(entry.date(), manifestName, entry, v -> Dates.parse(v).orElseThrow())
            .or(() -> isMeetingLine ? dateFromMeetingLine(meeting) : Optional.empty())
            .or(() -> dateHeldOn(head))
            .or(() -> dateFromPath(source));
    Optional<String> itemNumber =
        Optional.ofNullable(entry.item())
            .or(() -> isMeetingLine ? Optional.ofNullable(meeting.group(3)) : Optional.empty())
            .or(() -> numberFromTitleLine(head));
    String title =
        Optional.ofNullable(entry.title())
            .or(() -> titleFromText(head))
            .or(() -> embeddedTitle.filter(t -> !t.isBlank()).map(String::strip))
            .orElseGet(() -> fileStem(source));
    DocumentType type =
        Optional.ofNullable(entry.type())
            .map(DocumentType::fromLabel)
            .orElseGet(() -> typeOf(source, head));
    return new ItemMetadata(title, itemNumber, council, committee, date, type);
  }

  private static <T> Optional<Sourced<T>> fromManifest(
      String value, String manifestName, Manifest.Entry entry, Function<String, T> parse) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String evidence =
        manifestName + (entry.evidence() == null ? "" : " (\"" + entry.evidence().strip() + "\")");
    return Optional.of(new Sourced<>(parse.apply(value.strip()), Origin.MANIFEST, evidence));
  }

  private static Optional<Sourced<String>> quoted(String value, String words) {
    return Optional.of(new Sourced<>(value, Origin.TEXT, "\"" + words.strip() + "\""));
  }

  private static Optional<Sourced<LocalDate>> dateFromMeetingLine(Matcher meeting) {
    return Dates.parse(meeting.group(1))
        .map(d -> new Sourced<>(d, Origin.TEXT, "\"" + meeting.group().strip() + "\""));
  }

  private static Optional<Sourced<LocalDate>> dateHeldOn(String head) {
    Matcher m = HELD_ON.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    return Dates.first(m.group(2))
        .map(found -> new Sourced<>(found.date(), Origin.TEXT, "\"held on " + found.text() + "\""));
  }

  private static Optional<Sourced<String>> committeeFromText(String head) {
    Matcher held = HELD_ON.matcher(head);
    if (held.find()) {
      String name = held.group(1).replaceAll("\\s+", " ").strip();
      return quoted(name, "meeting of " + name);
    }
    Matcher that = THAT_THE_COMMITTEE.matcher(head);
    if (that.find()) {
      return quoted(that.group(1).replaceAll("\\s+", " "), that.group());
    }
    return Optional.empty();
  }

  private static Optional<Sourced<String>> councilFromText(String head) {
    Matcher m = COUNCIL_LINE.matcher(head);
    if (m.find()) {
      String name = m.group(1).replaceAll("\\s+", " ").strip();
      if (!name.equalsIgnoreCase("the council") && !name.startsWith("The Council")) {
        return quoted(name, m.group(1));
      }
    }
    return Optional.empty();
  }

  private static Optional<Sourced<LocalDate>> dateFromPath(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    String spaced = name.replace('_', ' ');
    return Dates.first(spaced).map(found -> new Sourced<>(found.date(), Origin.PATH, source));
  }

  private static Optional<String> numberFromTitleLine(String head) {
    return firstTitleLine(head)
        .flatMap(
            line -> {
              Matcher m = NUMBERED_TITLE.matcher(line);
              return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
            });
  }

  private static Optional<String> titleFromText(String head) {
    return firstTitleLine(head)
        .map(
            line -> {
              Matcher numbered = NUMBERED_TITLE.matcher(line);
              String title = numbered.matches() ? numbered.group(2) : line;
              title = FILE_SIZE_SUFFIX.matcher(title).replaceFirst("").strip();
              return shorten(title);
            });
  }

  private static Optional<String> firstTitleLine(String head) {
    for (String line : head.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()
          && !NOT_A_TITLE.matcher(trimmed).matches()
          && !COUNCIL_LINE.matcher(trimmed).matches()) {
        return Optional.of(trimmed);
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

  /** A file's name is the plainest statement of its kind; failing that, its opening words. */
  private static DocumentType typeOf(String source, String head) {
    String name = source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (DocumentType type : DocumentType.values()) {
      if (type != DocumentType.OTHER && name.contains(type.label())) {
        return type;
      }
    }
    String lowerHead = head.toLowerCase(Locale.ROOT);
    if (lowerHead.contains("minutes:")
        || lowerHead.startsWith("minutes")
        || lowerHead.contains("minutes of the")) {
      return DocumentType.MINUTES;
    }
    if (lowerHead.startsWith("agenda")) {
      return DocumentType.AGENDA;
    }
    if (lowerHead.contains("decision notice") || lowerHead.contains("record of decision")) {
      return DocumentType.DECISION;
    }
    return DocumentType.OTHER;
  }

  private static String fileStem(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ');
  }
}
