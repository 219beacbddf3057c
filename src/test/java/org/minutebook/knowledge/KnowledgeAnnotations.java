package org.minutebook.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.minutebook.config.YamlFiles;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.InspectionKind;

/**
 * A hand-annotated set of minutes ({@code eval/knowledge-*.yaml}): for each file, the decisions and
 * commitments a correct extractor finds in it, each as a verbatim fragment of the extracted text.
 * Guidelines and rulings are in {@code eval/KNOWLEDGE.md}.
 *
 * @param corpus "sample" or "real": which corpus the paths are relative to
 * @param files the annotated files, in file order
 */
record KnowledgeAnnotations(String corpus, List<AnnotatedFile> files) {
  /**
   * The splits a file may be in: held-out files are never used to tune the extractor, and test
   * files (eval/knowledge-test.yaml) were annotated after tuning and are scored, never asserted.
   */
  static final Set<String> SPLITS = Set.of("dev", "held-out", "test");

  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** One annotated file and what it records. */
  record AnnotatedFile(
      String file,
      String split,
      List<AnnotatedDecision> decisions,
      List<AnnotatedCommitment> commitments,
      List<AnnotatedQuestion> questions,
      List<AnnotatedInspection> inspections) {}

  /** A decision: a fragment of its text and what it did. */
  record AnnotatedDecision(String quote, DecisionOutcome outcome) {}

  /** A commitment: a fragment of the sentence that records it, who undertook it and when. */
  record AnnotatedCommitment(String quote, String owner, String due) {}

  /** A question and its answer, each a fragment; informative only. */
  record AnnotatedQuestion(String question, String answer) {}

  /** An inspection mention: its kind and its date as stated (YYYY, YYYY-MM or YYYY-MM-DD). */
  record AnnotatedInspection(InspectionKind kind, String date) {}

  /** The file's shape (public fields, so that errors point at their line). */
  static final class FileFields {
    public String corpus;
    public List<EntryFields> files;
  }

  /** One file as written. */
  static final class EntryFields {
    public String file;
    public String split;
    public List<DecisionFields> decisions;
    public List<CommitmentFields> commitments;
    public List<QuestionFields> questions;
    public List<InspectionFields> inspections;
  }

  /** One decision as written. */
  static final class DecisionFields {
    public String quote;
    public String outcome;
  }

  /** One commitment as written. */
  static final class CommitmentFields {
    public String quote;
    public String owner;
    public String due;
  }

  /** One question as written. */
  static final class QuestionFields {
    public String question;
    public String answer;
  }

  /** One inspection as written. */
  static final class InspectionFields {
    public String kind;
    public String date;
  }

  /**
   * Reads {@code file} strictly.
   *
   * @throws YamlFiles.InvalidFileException naming the file (and the line or the entry) when it is
   *     not valid: unknown fields, a missing quote, a bad split, outcome, kind or date
   */
  static KnowledgeAnnotations read(Path file) throws IOException {
    String name = file.toString();
    FileFields parsed = YamlFiles.read(Files.readAllBytes(file), FileFields.class, name);
    if (parsed == null || parsed.corpus == null || parsed.files == null) {
      throw new YamlFiles.InvalidFileException(name + ": needs 'corpus:' and 'files:'");
    }
    List<AnnotatedFile> files = parsed.files.stream().map(f -> annotated(f, name)).toList();
    return new KnowledgeAnnotations(parsed.corpus, files);
  }

  private static AnnotatedFile annotated(EntryFields f, String name) {
    if (f == null || f.file == null || !SPLITS.contains(f.split)) {
      throw invalid(
          name, f == null ? "?" : f.file, "every file needs 'file:' and a split " + SPLITS);
    }
    String where = f.file;
    List<AnnotatedDecision> decisions =
        orEmpty(f.decisions).stream()
            .map(d -> new AnnotatedDecision(quote(d.quote, name, where), outcome(d, name, where)))
            .toList();
    List<AnnotatedCommitment> commitments =
        orEmpty(f.commitments).stream()
            .map(c -> new AnnotatedCommitment(quote(c.quote, name, where), c.owner, c.due))
            .toList();
    List<AnnotatedQuestion> questions =
        orEmpty(f.questions).stream()
            .map(q -> new AnnotatedQuestion(quote(q.question, name, where), q.answer))
            .toList();
    List<AnnotatedInspection> inspections =
        orEmpty(f.inspections).stream().map(i -> inspection(i, name, where)).toList();
    return new AnnotatedFile(f.file, f.split, decisions, commitments, questions, inspections);
  }

  private static String quote(String quote, String name, String where) {
    if (quote == null || quote.isBlank()) {
      throw invalid(name, where, "a record without its quote");
    }
    return quote;
  }

  private static DecisionOutcome outcome(DecisionFields d, String name, String where) {
    try {
      return DecisionOutcome.fromLabel(d.outcome == null ? "" : d.outcome);
    } catch (IllegalArgumentException e) {
      throw invalid(name, where, "'" + d.quote + "': " + e.getMessage());
    }
  }

  private static AnnotatedInspection inspection(InspectionFields i, String name, String where) {
    try {
      if (i.date != null && !PARTIAL_DATE.matcher(i.date).matches()) {
        throw new DateTimeParseException("use YYYY, YYYY-MM or YYYY-MM-DD", i.date, 0);
      }
      return new AnnotatedInspection(InspectionKind.fromLabel(String.valueOf(i.kind)), i.date);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw invalid(name, where, "bad inspection: " + e.getMessage());
    }
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }

  private static YamlFiles.InvalidFileException invalid(String name, String where, String why) {
    return new YamlFiles.InvalidFileException(name + ": " + where + ": " + why);
  }

  /**
   * Text as the matching rule compares it: lower case, curly quotes and dashes folded to ASCII,
   * runs of white space collapsed to one space.
   */
  static String normalise(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints().forEach(c -> folded.appendCodePoint(fold(c)));
    return SPACES.matcher(folded).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static int fold(int c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u202F' -> ' ';
      default -> c;
    };
  }

  /** How many words {@code text} has, split on white space. */
  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
  }
}
