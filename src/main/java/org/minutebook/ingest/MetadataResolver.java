package org.minutebook.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * Decides an item's title, number, council, committee, date and type. Precedence: the sidecar
 * manifest, then what the document states, then the file's path, then a reader's inference recorded
 * in the manifest, then the file's embedded metadata. Each value records where it came from. A
 * meeting date nothing states is left empty; the item may instead carry an estimate, kept in its
 * own field and labelled as one.
 */
public final class MetadataResolver {
  /** ModernGov issue pages: "Meeting: 30/09/2021 - Cabinet (Item 54)". */
  private static final Pattern MODERNGOV_MEETING =
      Pattern.compile(
          "^Meeting:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\s*-\\s*(.+?)\\s*(?:\\(Item\\s*([\\w.]+)\\))?\\s*$",
          Pattern.MULTILINE);

  private MetadataResolver() {}

  /**
   * Resolves the metadata of a file that forms a single item, with only a title from the file's own
   * metadata.
   *
   * @see #resolve(String, String, Optional, EmbeddedMetadata)
   */
  public static ItemMetadata resolve(
      String source,
      String text,
      Optional<Manifest.Described> described,
      Optional<String> embeddedTitle) {
    return resolve(source, text, described, EmbeddedMetadata.ofTitle(embeddedTitle));
  }

  /**
   * Resolves the metadata of a file that forms a single item.
   *
   * @param source path relative to the corpus root
   * @param text the item's text
   * @param described what a sidecar manifest says of the file, if anything
   * @param embedded what the file's own metadata says (title, created, modified)
   */
  public static ItemMetadata resolve(
      String source,
      String text,
      Optional<Manifest.Described> described,
      EmbeddedMetadata embedded) {
    Manifest.Entry entry = described.map(Manifest.Described::entry).orElse(Manifest.Entry.EMPTY);
    String manifestName = described.map(Manifest.Described::manifest).orElse("");
    TextHead head = TextHead.of(text);
    Dates.Order order = DateOrder.of(text);
    Matcher meeting = MODERNGOV_MEETING.matcher(head.text());
    Optional<Matcher> moderngov = meeting.find() ? Optional.of(meeting) : Optional.empty();
    Optional<String> title = embedded.title().filter(t -> !t.isBlank());
    DocumentType type =
        Optional.ofNullable(entry.type())
            .map(DocumentType::fromLabel)
            .orElseGet(() -> DocumentTypes.of(source, head));

    Optional<Sourced<String>> headingCouncil = CouncilNames.fromHeading(head);
    Optional<Sourced<String>> council =
        fromManifest(entry.council(), manifestName, entry, Function.identity())
            .or(() -> headingCouncil)
            .or(() -> CouncilMentions.find(text))
            .or(() -> inferred(entry.inferred(), Manifest.Inference::council, manifestName))
            .or(() -> title.flatMap(CouncilNames::fromTitle));
    Optional<Sourced<String>> committee =
        fromManifest(entry.committee(), manifestName, entry, Function.identity())
            .or(() -> moderngov.map(m -> quoted(m.group(2).trim(), m.group())))
            .or(() -> CommitteeNames.fromHeading(head))
            .or(() -> isMeetingPaper(type) ? CommitteeNames.wholeCouncil(headingCouncil) : none())
            .or(() -> CommitteeNames.resolution(text))
            .or(() -> inferred(entry.inferred(), Manifest.Inference::committee, manifestName))
            .or(() -> title.flatMap(CommitteeNames::fromTitle));
    Optional<Sourced<LocalDate>> path = dateFromPath(source);
    Optional<Sourced<LocalDate>> stated =
        fromManifest(entry.date(), manifestName, entry, v -> Dates.parse(v).orElseThrow())
            .or(() -> moderngov.flatMap(MetadataResolver::dateFromMeetingLine))
            .or(() -> MeetingDates.stated(head, order));
    Optional<Sourced<LocalDate>> estimate =
        stated.isPresent()
            ? Optional.empty()
            : DateEstimator.estimate(head, text, order, path.map(Sourced::value), type);
    Optional<String> itemNumber =
        Optional.ofNullable(entry.item())
            .or(() -> moderngov.map(m -> m.group(3)))
            .or(() -> HeadTitles.number(head));
    String itemTitle =
        Optional.ofNullable(entry.title())
            .or(() -> HeadTitles.title(head))
            .or(() -> title.map(String::strip))
            .orElseGet(() -> HeadTitles.fileStem(source));
    return new ItemMetadata(
        itemTitle, itemNumber, council, committee, stated.or(() -> path), estimate, type);
  }

  private static boolean isMeetingPaper(DocumentType type) {
    return type == DocumentType.MINUTES || type == DocumentType.AGENDA;
  }

  private static <T> Optional<T> none() {
    return Optional.empty();
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

  private static Optional<Sourced<String>> inferred(
      Manifest.Inference inference,
      Function<Manifest.Inference, String> field,
      String manifestName) {
    if (inference == null || field.apply(inference) == null || field.apply(inference).isBlank()) {
      return Optional.empty();
    }
    String evidence = manifestName + " (inferred: \"" + inference.evidence().strip() + "\")";
    return Optional.of(new Sourced<>(field.apply(inference).strip(), Origin.INFERRED, evidence));
  }

  private static Sourced<String> quoted(String value, String words) {
    return new Sourced<>(value, Origin.TEXT, "\"" + words.strip() + "\"");
  }

  private static Optional<Sourced<LocalDate>> dateFromMeetingLine(Matcher meeting) {
    return Dates.parse(meeting.group(1))
        .map(d -> new Sourced<>(d, Origin.TEXT, "\"" + meeting.group().strip() + "\""));
  }

  /**
   * A date in the file's name. It stays labelled as from the path: some archives name files by the
   * day they were posted, not the day of the meeting.
   */
  static Optional<Sourced<LocalDate>> dateFromPath(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    String spaced = name.replace('_', ' ');
    return Dates.first(spaced).map(found -> new Sourced<>(found.date(), Origin.PATH, source));
  }
}
