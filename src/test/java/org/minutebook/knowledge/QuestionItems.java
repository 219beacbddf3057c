package org.minutebook.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;
import org.minutebook.model.Sourced;

/** Builds invented agenda items for the Q&A, entity and inspection tests. */
final class QuestionItems {
  private QuestionItems() {}

  /** An item of discussion paragraphs, one per string, met on {@code date} (may be null). */
  static AgendaItem item(LocalDate date, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      ps.add(new Paragraph("p" + (i + 1), paragraphs[i], 0, SectionKind.DISCUSSION));
    }
    Optional<Sourced<LocalDate>> d =
        Optional.ofNullable(date).map(v -> new Sourced<>(v, Origin.MANIFEST, "test"));
    return new AgendaItem(
        "test-1",
        "test.txt",
        null,
        "Test item",
        Optional.empty(),
        Optional.empty(),
        d,
        Optional.empty(),
        DocumentType.values()[0],
        String.join("\n\n", paragraphs),
        ps,
        List.of());
  }
}
