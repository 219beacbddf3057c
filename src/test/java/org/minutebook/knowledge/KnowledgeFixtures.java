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

/** Builds invented agenda items for the extractor tests. */
final class KnowledgeFixtures {
  private KnowledgeFixtures() {}

  /** A paragraph's section and text. */
  record Para(SectionKind section, String text) {}

  static Para discussion(String text) {
    return new Para(SectionKind.DISCUSSION, text);
  }

  static Para resolved(String text) {
    return new Para(SectionKind.RESOLVED, text);
  }

  static Para section(SectionKind section, String text) {
    return new Para(section, text);
  }

  /** An item of the given paragraphs, met on {@code date} (null for none). */
  static AgendaItem item(LocalDate date, Para... paras) {
    return item(date, false, paras);
  }

  /** An item whose date is only estimated when {@code estimated} is true. */
  static AgendaItem item(LocalDate date, boolean estimated, Para... paras) {
    List<Paragraph> ps = new ArrayList<>();
    for (Para p : paras) {
      ps.add(new Paragraph("p" + (ps.size() + 1), p.text(), 0, p.section()));
    }
    Optional<Sourced<LocalDate>> when =
        date == null ? Optional.empty() : Optional.of(new Sourced<>(date, Origin.TEXT, "test"));
    return new AgendaItem(
        "t-1",
        "test.txt",
        null,
        "Test item",
        Optional.empty(),
        Optional.empty(),
        estimated ? Optional.empty() : when,
        estimated ? when : Optional.empty(),
        DocumentType.values()[0],
        "",
        ps,
        List.of());
  }
}
