package org.minutebook.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minutebook.model.DocumentType;

/**
 * Decides what kind of paper a document is. A file name that says it is a listing, index, schedule
 * or policy comes first (such pages mention "minutes" in every other line); then what the
 * document's heading says it is ("AGENDA", "Minutes of the meeting…", "PROCÈS-VERBAL", "Appeal
 * Decision", "Report by…"); then the file name's own word; then signs in the text (attendance and
 * apologies, "it was resolved"). Agenda items such as "To approve the minutes of the last meeting"
 * do not make an agenda minutes: only a heading counts.
 */
final class DocumentTypes {
  private static final Pattern NOT_A_PAPER_NAME =
      Pattern.compile(
          "(?:^|[_.])(?:listing|index|schedule|calendar|policy|about|structure|details|browse"
              + "|form)(?:[_.]|$)");

  /** Heading lines, in the order they are tried; the first line that matches any decides. */
  private static final List<Map.Entry<DocumentType, Pattern>> HEADINGS =
      List.of(
          Map.entry(
              DocumentType.AGENDA,
              heading(
                  "^(?:(?!agenda item)(?!.*\\b(?:approv|adopt|amend)\\w*)(?:[\\p{L} &]{0,60}\\s)?agenda(?:\\s*(?:[-–—:,]|for\\b|and\\b|"
                      + "of\\b|$)).*|ordre du jour.*|.*\\bnotice and agenda\\b.*)$")),
          Map.entry(
              DocumentType.MINUTES,
              heading(
                  "^(?:(?:draft|official|signed|approved)\\s+)?minutes(?:\\s*(?::|of\\b|from\\b|$)).*"
                      + "|^.{0,80}\\b(?:meeting minutes|official minutes)\\b.*|^procès-verbal.*"
                      + "|^proces-verbal.*")),
          Map.entry(
              DocumentType.DECISION,
              heading("^(?:appeal decision|decision notice|record of (?:the )?decisions?).*")),
          Map.entry(
              DocumentType.REPORT,
              heading("^(?:report (?:by|of|to|from)\\b|purpose of (?:the )?report\\b).*")));

  private static final Pattern MINUTES_SIGNS =
      Pattern.compile(
          "\\bit was (?:resolved|agreed|proposed)\\b|\\bresolved\\s*[:–-]|\\bapologies (?:for absence"
              + " )?(?:were )?(?:received|none)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final int HEADING_LINES = 15;

  private DocumentTypes() {}

  /** The kind of paper at {@code source} with this head. */
  static DocumentType of(String source, TextHead head) {
    String name = source.substring(source.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (NOT_A_PAPER_NAME.matcher(name).find()) {
      return DocumentType.OTHER;
    }
    return fromHeading(head)
        .or(() -> fromName(name))
        .or(() -> fromSigns(head))
        .orElse(DocumentType.OTHER);
  }

  private static Optional<DocumentType> fromHeading(TextHead head) {
    List<TextHead.Line> lines = head.lines();
    for (TextHead.Line line : lines.subList(0, Math.min(HEADING_LINES, lines.size()))) {
      String text = line.text().strip();
      if (text.length() > 160 || isMenuWord(lines, line)) {
        continue;
      }
      for (Map.Entry<DocumentType, Pattern> heading : HEADINGS) {
        if (heading.getValue().matcher(text).matches()) {
          return Optional.of(heading.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** A lone "Minutes" or "Agenda" between other one-word lines is a site menu, not a heading. */
  private static boolean isMenuWord(List<TextHead.Line> lines, TextHead.Line line) {
    if (line.text().contains(" ")) {
      return false;
    }
    int i = line.index();
    boolean before = i > 0 && !lines.get(i - 1).text().contains(" ");
    boolean after = i + 1 < lines.size() && !lines.get(i + 1).text().contains(" ");
    return before || after;
  }

  private static Optional<DocumentType> fromName(String name) {
    if (name.contains("proces-verbal") || name.contains("minutes")) {
      return Optional.of(DocumentType.MINUTES);
    }
    for (DocumentType type : DocumentType.values()) {
      if (type != DocumentType.OTHER && name.contains(type.label())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static Optional<DocumentType> fromSigns(TextHead head) {
    return MINUTES_SIGNS.matcher(head.text()).find()
        ? Optional.of(DocumentType.MINUTES)
        : Optional.empty();
  }

  private static Pattern heading(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
