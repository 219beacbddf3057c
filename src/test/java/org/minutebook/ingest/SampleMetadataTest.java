package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/**
 * The five sample minutes, read by the real pipeline with their manifest: each has the right
 * committee; the one that states its date has it; the others carry a labelled estimate where the
 * text allows one.
 */
class SampleMetadataTest {
  private static final Path CORPUS = Path.of("corpus");
  private static final Map<String, AgendaItem> ITEMS = new ConcurrentHashMap<>();
  private static Manifest manifest;

  @BeforeAll
  static void readTheSample() throws IOException {
    new Ingester(IngestOptions.defaults())
        .run(CORPUS, item -> ITEMS.put(item.source(), item), IngestListener.NONE);
    manifest = Manifest.load(CORPUS);
  }

  private static AgendaItem item(String number) {
    return ITEMS.entrySet().stream()
        .filter(e -> e.getKey().startsWith("sample/" + number + "_"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow();
  }

  private static Optional<Sourced<LocalDate>> estimate(AgendaItem item) {
    return MetadataResolver.resolve(
            item.source(), item.body(), manifest.describe(item.source()), EmbeddedMetadata.NONE)
        .estimatedDate();
  }

  @Test
  void everyItemHasTheRightCommittee() {
    assertEquals(
        Optional.of("Children and Families Committee"),
        item("000").committee().map(Sourced::value));
    assertEquals(Optional.of(Origin.INFERRED), item("000").committee().map(Sourced::origin));
    assertEquals(
        Optional.of("Children and Families Committee"),
        item("001").committee().map(Sourced::value));
    assertEquals(
        Optional.of("Overview and Scrutiny Committee"),
        item("002").committee().map(Sourced::value));
    assertEquals(Optional.of("Cabinet"), item("003").committee().map(Sourced::value));
    assertEquals(
        Optional.of("Children and Young People Scrutiny Committee"),
        item("004").committee().map(Sourced::value));
  }

  @Test
  void theStatedDateIsKeptAndTheOthersAreEstimates() {
    assertEquals(Optional.of(LocalDate.of(2021, 9, 30)), item("003").date().map(Sourced::value));
    assertEquals(Optional.empty(), estimate(item("003")));
    for (String number : new String[] {"000", "001", "002", "004"}) {
      assertEquals(Optional.empty(), item(number).date(), number + " states no date");
    }
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), estimate(item("000")).map(Sourced::value));
    assertEquals(Optional.of(LocalDate.of(2025, 8, 1)), estimate(item("001")).map(Sourced::value));
    Sourced<LocalDate> after2017 = estimate(item("002")).orElseThrow();
    assertEquals(LocalDate.of(2017, 12, 12), after2017.value());
    assertEquals(Origin.ESTIMATE, after2017.origin());
    assertTrue(after2017.evidence().contains("11/12 December 2017"), after2017.evidence());
    // 004 states no year, but speaks of "the pandemic" and of Cabinet's meeting on 28 October: on
    // or after 28 October 2020, labelled with both.
    Sourced<LocalDate> since2020 = estimate(item("004")).orElseThrow();
    assertEquals(LocalDate.of(2020, 10, 28), since2020.value());
    assertEquals(Origin.ESTIMATE, since2020.origin());
    assertTrue(
        since2020.evidence().contains("28 October") && since2020.evidence().contains("pandemic"),
        since2020.evidence());
  }
}
