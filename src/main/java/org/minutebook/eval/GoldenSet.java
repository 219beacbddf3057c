package org.minutebook.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minutebook.config.YamlFiles;
import org.minutebook.model.Filters;

/**
 * A golden set: the corpus it judges (relative to the file's folder) and its queries, each with
 * filters and graded relevant sources. An empty {@code relevant} means the query should find
 * nothing.
 *
 * @param corpus the corpus folder, resolved
 * @param queries the judged queries, in file order
 */
public record GoldenSet(Path corpus, List<Judged> queries) {
  /** The grades a source may have. */
  public static final Set<Integer> GRADES = Set.of(1, 2);

  /**
   * One judged query.
   *
   * @param id unique id
   * @param query what the user typed
   * @param kind what it exercises (acronym, spelling, phrase, words, fielded, filter, nothing)
   * @param filters the filters chosen with it
   * @param relevant source → grade (2 highly, 1 partly relevant)
   */
  public record Judged(
      String id, String query, String kind, Filters filters, Map<String, Integer> relevant) {
    /** Whether the right answer is that nothing matches. */
    public boolean expectsNothing() {
      return relevant.isEmpty();
    }
  }

  /** The file's shape (public fields, so that errors point at their line). */
  static final class File {
    public String corpus;
    public List<QueryFields> queries;
  }

  /** One query as written. */
  static final class QueryFields {
    public String id;
    public String query;
    public String kind;
    public FilterFields filters;
    public Map<String, Integer> relevant;
    public String note;
  }

  /** Filters as written. */
  static final class FilterFields {
    public List<String> committee;
    public List<String> council;
    public List<String> theme;
    public List<String> type;
    public List<String> section;
    public List<String> year;
    public String from;
    public String to;
  }

  /**
   * Reads {@code file}.
   *
   * @throws YamlFiles.InvalidFileException naming the line when the file is not valid
   */
  public static GoldenSet read(Path file) throws IOException {
    String name = file.toString();
    File parsed = YamlFiles.read(Files.readAllBytes(file), File.class, name);
    if (parsed == null || parsed.corpus == null || parsed.queries == null) {
      throw new YamlFiles.InvalidFileException(name + ": needs 'corpus:' and 'queries:'");
    }
    Path folder = file.toAbsolutePath().getParent();
    Path corpus = folder.resolve(parsed.corpus).normalize();
    Set<String> ids = new HashSet<>();
    List<Judged> queries = parsed.queries.stream().map(q -> judged(q, name)).toList();
    for (Judged q : queries) {
      if (!ids.add(q.id())) {
        throw new YamlFiles.InvalidFileException(
            name + ": query id '" + q.id() + "' is used twice");
      }
    }
    return new GoldenSet(corpus, queries);
  }

  private static Judged judged(QueryFields q, String name) {
    if (q == null || q.id == null || q.query == null) {
      throw new YamlFiles.InvalidFileException(name + ": every query needs an id and a query");
    }
    Map<String, Integer> relevant = q.relevant == null ? Map.of() : new LinkedHashMap<>(q.relevant);
    relevant.forEach(
        (source, grade) -> {
          if (!GRADES.contains(grade)) {
            throw new YamlFiles.InvalidFileException(
                name + ": query '" + q.id + "' grades " + source + " " + grade + "; use 1 or 2");
          }
        });
    return new Judged(
        q.id, q.query, q.kind == null ? "" : q.kind, filters(q.filters, q.id, name), relevant);
  }

  private static Filters filters(FilterFields f, String id, String name) {
    if (f == null) {
      return Filters.NONE;
    }
    try {
      return new Filters(
          orEmpty(f.committee),
          orEmpty(f.council),
          orEmpty(f.theme),
          orEmpty(f.type),
          orEmpty(f.year),
          date(f.from),
          date(f.to),
          orEmpty(f.section));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new YamlFiles.InvalidFileException(
          name + ": query '" + id + "' has bad filters: " + e.getMessage());
    }
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static Optional<LocalDate> date(String value) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(LocalDate.parse(value));
  }
}
