package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.CommitmentEntry;
import org.minutebook.model.EntityKind;
import org.minutebook.model.EntitySummary;
import org.minutebook.model.Inspection;
import org.minutebook.model.InspectionKind;
import org.minutebook.model.ItemView;
import org.minutebook.model.Paragraph;

/**
 * The acceptance on the sample corpus: the register lists the commitments a reader of the
 * five minutes finds, each with owner and source, opening at the paragraph where it was made; the
 * tracker lists the Ofsted visits the minutes name, with their dates.
 */
class SampleRegisterTest {
  @TempDir static Path index;
  static Archive archive;
  static List<CommitmentEntry> register;

  @BeforeAll
  static void build() throws IOException {
    archive = TestCorpus.sample(index);
    register = archive.commitments(KnowledgeRequest.ALL);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  /** A commitment a reader finds: in which file, what it says, whose it is. */
  private record Expected(String file, String words, String owner) {}

  private static final List<Expected> EXPECTED =
      List.of(
          new Expected("000_", "unregulated alternative provision", "officers"),
          new Expected("000_", "frontline visits", "officers"),
          new Expected("000_", "written response", "officers"),
          new Expected("003_", "recruitment and retention strategy", ""),
          new Expected("004_", "rag rating", ""));

  @Test
  void registerListsTheCommitmentsAReaderFinds() throws IOException {
    for (Expected expected : EXPECTED) {
      CommitmentEntry entry = find(expected);
      assertFalse(entry.owner().isBlank(), entry.toString());
      assertTrue(
          entry.owner().toLowerCase(Locale.ROOT).contains(expected.owner()), entry.toString());
      assertTrue(entry.source().startsWith("sample/" + expected.file()), entry.toString());
      assertTrue(entry.link().contains("anchor=" + entry.anchor()), entry.toString());
      ItemView item = archive.document(entry.item()).orElseThrow();
      Paragraph made =
          item.paragraphs().stream()
              .filter(p -> p.anchor().equals(entry.anchor()))
              .findFirst()
              .orElseThrow();
      assertTrue(
          normal(made.text()).contains(normal(entry.text())),
          "the paragraph the link opens records it: " + entry);
    }
  }

  @Test
  void strategyDueInNovemberResolvesAgainstTheMeetingDate() {
    CommitmentEntry strategy = find(EXPECTED.get(3));
    assertEquals("2021-11-30", strategy.due(), strategy.toString());
    assertEquals("2021-09-30", strategy.date());
    assertEquals("Cabinet", strategy.committee());
  }

  @Test
  void trackerListsTheOfstedVisitsWithTheirDates() throws IOException {
    List<Inspection> tracked = archive.inspections(KnowledgeRequest.ALL);
    assertVisit(tracked, InspectionKind.INSPECTION, "2024-02");
    assertVisit(tracked, InspectionKind.MONITORING_VISIT, "2025-06");
    assertVisit(tracked, InspectionKind.MONITORING_VISIT, "2017-12-11");
    assertVisit(tracked, InspectionKind.FOCUSED_VISIT, "2021-07-07");
  }

  @Test
  void directoryNamesPeopleWithTheirRolesAndCountsOrganisations() throws IOException {
    List<EntitySummary> people =
        archive.entities(KnowledgeRequest.ALL, List.of(EntityKind.PERSON), "boyce");
    assertEquals(1, people.size(), people.toString());
    EntitySummary boyce = people.get(0);
    assertEquals("Paul Boyce", boyce.name());
    assertEquals("Director for Children", boyce.roles().get(0).role());
    assertTrue(boyce.mentions().get(0).link().contains("anchor="), boyce.toString());
    EntitySummary ofsted =
        archive.entities(KnowledgeRequest.ALL, List.of(EntityKind.ORGANISATION), "").get(0);
    assertEquals("Ofsted", ofsted.name(), "the organisation most items name");
    assertEquals(5, ofsted.items());
  }

  private static void assertVisit(List<Inspection> tracked, InspectionKind kind, String date) {
    assertTrue(
        tracked.stream()
            .anyMatch(
                i ->
                    i.kind() == kind
                        && "Ofsted".equals(i.inspectorate())
                        && i.date() != null
                        && i.date().startsWith(date)),
        "no Ofsted " + kind.label() + " dated " + date + " in " + tracked);
  }

  private static CommitmentEntry find(Expected expected) {
    return register.stream()
        .filter(e -> e.source().startsWith("sample/" + expected.file()))
        .filter(e -> normal(e.text() + " " + e.promise()).contains(expected.words()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no commitment about '" + expected.words() + "' in " + register));
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
