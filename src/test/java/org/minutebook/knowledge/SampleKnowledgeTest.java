package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.EntityKind;
import org.minutebook.model.InspectionMention;
import org.minutebook.model.QuestionAnswer;

/** Questions, entities and inspections read from the five sample minutes. */
class SampleKnowledgeTest {
  private static final List<AgendaItem> ITEMS = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void read() throws IOException {
    new Ingester(IngestOptions.defaults().inProcess())
        .run(Path.of("corpus/sample"), ITEMS::add, IngestListener.NONE);
  }

  private static AgendaItem item(String prefix) {
    return ITEMS.stream().filter(i -> i.source().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void inspectionsOfEachSample() {
    List<InspectionMention> s000 = Inspections.extract(item("000"));
    assertEquals(3, s000.size(), s000.toString());
    assertEquals("2024-03-31", s000.get(0).endDate());
    assertEquals("the front door", s000.get(1).focus());
    assertTrue(s000.get(2).future());
    InspectionMention second =
        Inspections.extract(item("001")).stream()
            .filter(m -> "second".equals(m.ordinal()))
            .findFirst()
            .orElseThrow();
    assertEquals("2025-06-01", second.date());
    assertEquals("children in need and child protection", second.focus());
    assertEquals("2017-12-12", Inspections.extract(item("002")).getFirst().endDate());
    assertEquals("2021-07-08", Inspections.extract(item("003")).getFirst().endDate());
    assertTrue(Inspections.extract(item("004")).getFirst().future());
  }

  @Test
  void questionsOfSamples() {
    List<QuestionAnswer> s001 = QuestionsAndAnswers.extract(item("001"));
    assertEquals(8, s001.size());
    assertTrue(s001.get(7).answer().startsWith("AI was part"));
    assertEquals(2, QuestionsAndAnswers.extract(item("002")).size());
  }

  @Test
  void boyceIsTheDirector() {
    assertTrue(
        Entities.extract(item("002")).stream()
            .anyMatch(
                e ->
                    e.kind() == EntityKind.PERSON
                        && e.name().equals("Paul Boyce")
                        && "Director for Children".equals(e.role())));
  }
}
