package org.minutebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic archive of council minutes for benchmarks: invented councils and committees,
 * twenty years of meetings (2006 to 2025), each file one meeting's minutes with numbered agenda
 * items, in plain text, HTML, Word and PDF. The same arguments always give byte-identical files.
 *
 * <p>Every file says, in its last paragraph, that it is synthetic test data, and the generator
 * refuses to write into a folder that is not empty or that lies inside a folder named {@code
 * corpus}: synthetic minutes must never enter a real archive. Files carry no sidecar manifest;
 * their council, committee and date are in their heading, as in real archives.
 */
public final class SyntheticArchive {
  /** The largest archive: beyond this many items the invented councils run out of meetings. */
  public static final int MAX_ITEMS = 1_000_000;

  private SyntheticArchive() {}

  /** The file formats the generator writes. */
  public enum Format {
    TXT("txt", new TextRenderer()),
    HTML("html", new HtmlRenderer()),
    DOCX("docx", new DocxRenderer()),
    PDF("pdf", new PdfRenderer());

    private final String extension;
    private final Renderer renderer;

    Format(String extension, Renderer renderer) {
      this.extension = extension;
      this.renderer = renderer;
    }

    /** The file name extension, without the dot. */
    public String extension() {
      return extension;
    }

    /** The format named {@code name} ("txt", "PDF"), or an IllegalArgumentException. */
    public static Format parse(String name) {
      for (Format format : values()) {
        if (format.extension.equalsIgnoreCase(name.strip())) {
          return format;
        }
      }
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (expected txt, html, docx or pdf)");
    }
  }

  /**
   * What was written.
   *
   * @param files files per format, every format listed
   * @param items agenda items, in all files together
   * @param paragraphs paragraphs of the items' bodies (not their headings), each file's closing
   *     notice included
   * @param bytes the files' total size
   * @param councils councils with at least one meeting
   * @param committees committees (of one council each) with at least one meeting
   * @param firstMeeting the earliest meeting's date
   * @param lastMeeting the latest meeting's date
   */
  public record Summary(
      Map<Format, Integer> files,
      int items,
      long paragraphs,
      long bytes,
      int councils,
      int committees,
      LocalDate firstMeeting,
      LocalDate lastMeeting) {
    public Summary {
      files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    /** Files of every format. */
    public int totalFiles() {
      return files.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** One file's share of the summary. */
  private record Written(Meeting meeting, int items, int paragraphs, long bytes) {}

  /**
   * Writes an archive of exactly {@code items} agenda items into {@code dir}.
   *
   * @param dir a folder that does not exist or is empty, and not inside a folder named corpus
   * @param items how many agenda items, from 3 to {@link #MAX_ITEMS}
   * @param seed the seed that decides everything written
   * @param formats the formats to write; shares of formats left out go to TXT (if asked for)
   * @throws IllegalArgumentException if the folder or an argument is refused, saying why
   */
  public static Summary write(Path dir, int items, long seed, Set<Format> formats)
      throws IOException {
    if (items < ArchivePlan.MIN_ITEMS || items > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "items must be between " + ArchivePlan.MIN_ITEMS + " and " + MAX_ITEMS + ": " + items);
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException(
          "no format to write: give at least one of txt, html, docx, pdf");
    }
    checkTarget(dir);
    List<Meeting> meetings = ArchivePlan.plan(items, seed, formats);
    Files.createDirectories(dir);
    for (String folder : meetings.stream().map(m -> m.council().slug()).distinct().toList()) {
      Files.createDirectories(dir.resolve(folder));
    }
    try {
      List<Written> written = meetings.parallelStream().map(m -> write(dir, m, seed)).toList();
      return summary(written);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Written write(Path dir, Meeting meeting, long seed) {
    Minutes minutes = MinutesComposer.compose(meeting, seed);
    try {
      byte[] bytes = meeting.format().renderer.render(minutes, meeting);
      Files.write(dir.resolve(meeting.path()), bytes, StandardOpenOption.CREATE_NEW);
      // The notice is read as one more paragraph of the last item.
      int paragraphs = minutes.paragraphs() + 1;
      return new Written(meeting, minutes.items().size(), paragraphs, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Summary summary(List<Written> written) {
    Map<Format, Integer> files = new EnumMap<>(Format.class);
    for (Format format : Format.values()) {
      files.put(format, 0);
    }
    Set<String> councils = new HashSet<>();
    Set<String> committees = new HashSet<>();
    int items = 0;
    long paragraphs = 0;
    long bytes = 0;
    for (Written file : written) {
      files.merge(file.meeting().format(), 1, Integer::sum);
      councils.add(file.meeting().council().name());
      committees.add(file.meeting().council().name() + "\n" + file.meeting().committee().name());
      items += file.items();
      paragraphs += file.paragraphs();
      bytes += file.bytes();
    }
    LocalDate first =
        written.stream().map(w -> w.meeting().date()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        written.stream().map(w -> w.meeting().date()).max(LocalDate::compareTo).orElseThrow();
    return new Summary(
        files, items, paragraphs, bytes, councils.size(), committees.size(), first, last);
  }

  /**
   * Refuses a folder that is not empty, is not a folder, or lies inside a folder named corpus (also
   * through a symbolic link): synthetic minutes must never mix with real ones.
   */
  static void checkTarget(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    refuseCorpus(dir, absolute);
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null) {
      refuseCorpus(dir, existing.toRealPath().resolve(existing.relativize(absolute)));
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) || Files.exists(absolute)) {
      if (!Files.isDirectory(absolute)) {
        throw new IllegalArgumentException(dir + " is not a folder");
      }
      try (Stream<Path> entries = Files.list(absolute)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              dir
                  + " is not empty: synthetic minutes are written only into a new or empty folder,"
                  + " so that they never mix with real ones");
        }
      }
    }
  }

  private static void refuseCorpus(Path dir, Path absolute) {
    for (Path name : absolute) {
      if (name.toString().toLowerCase(Locale.ROOT).equals("corpus")) {
        String resolved = absolute.equals(dir) ? "" : " (" + absolute + ")";
        throw new IllegalArgumentException(
            dir
                + resolved
                + " is inside a folder named 'corpus': synthetic minutes must never enter a real"
                + " corpus");
      }
    }
  }
}
