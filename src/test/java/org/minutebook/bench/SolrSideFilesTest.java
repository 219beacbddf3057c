package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.DocumentType;
import org.minutebook.model.Origin;
import org.minutebook.model.Sourced;

/** The files the Solr runner reads, in exactly the shape its contract names. */
class SolrSideFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static AgendaItem item(String id, String source, boolean known) {
    return new AgendaItem(
        id,
        source,
        "5",
        "Budget monitoring",
        known ? Optional.of(new Sourced<>("Kelbridge County Council", Origin.TEXT, "x")) : none(),
        known ? Optional.of(new Sourced<>("Cabinet", Origin.MANIFEST, "y")) : none(),
        known
            ? Optional.of(new Sourced<>(LocalDate.of(2021, 9, 30), Origin.PATH, "z"))
            : Optional.empty(),
        Optional.of(new Sourced<>(LocalDate.of(2020, 1, 1), Origin.ESTIMATE, "guess")),
        known ? DocumentType.MINUTES : DocumentType.OTHER,
        "The Cabinet noted the budget.\n\nOfficers would report back.",
        List.of(),
        known ? List.of("finance", "recruitment") : List.of());
  }

  private static Optional<Sourced<String>> none() {
    return Optional.empty();
  }

  @Test
  void itemsAreOneObjectPerLineWithTheContractsFields() throws IOException {
    Path jsonl = dir.resolve("items.jsonl");
    SolrSide.writeItems(
        List.of(item("a#1", "borough/cabinet.HTM", true), item("b#1", "minutes-2019", false)),
        item -> item.id().startsWith("a") ? List.of("Officers would report back.") : List.of(),
        item -> item.id().startsWith("a") ? List.of("open") : List.of(),
        jsonl);
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    JsonNode known = JSON.readTree(lines.get(0));
    List<String> names = new ArrayList<>();
    known.fieldNames().forEachRemaining(names::add);
    assertEquals(
        List.of(
            "id",
            "source",
            "format",
            "title",
            "body",
            "council",
            "committee",
            "type",
            "themes",
            "date",
            "commitments",
            "commitmentStatuses"),
        names);
    assertEquals("html", known.get("format").asText());
    assertEquals("Kelbridge County Council", known.get("council").asText());
    assertEquals("Cabinet", known.get("committee").asText());
    assertEquals("minutes", known.get("type").asText());
    assertEquals("2021-09-30", known.get("date").asText());
    assertEquals("recruitment", known.get("themes").get(1).asText());
    assertEquals("Officers would report back.", known.get("commitments").get(0).asText());
    assertEquals("open", known.get("commitmentStatuses").get(0).asText());
    assertTrue(known.get("body").asText().contains("\n\nOfficers"));

    JsonNode unknown = JSON.readTree(lines.get(1));
    assertTrue(unknown.get("council").isNull());
    assertTrue(unknown.get("date").isNull(), "an estimated date is never a meeting date");
    assertEquals("other", unknown.get("type").asText());
    assertEquals("", unknown.get("format").asText());
    assertEquals(0, unknown.get("commitments").size());
  }

  @Test
  void formatIsTheLowerCaseExtension() {
    assertEquals("pdf", SolrSide.format("a.b/minutes.PDF"));
    assertEquals("docx", SolrSide.format("x/y.docx"));
    assertEquals("html", SolrSide.format("page.htm"));
    assertEquals("", SolrSide.format("dir.d/noextension"));
  }

  @Test
  void queriesAreAListOfKindsWithParameterLists() throws IOException {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of("front door"));
    params.put("defType", List.of("edismax"));
    params.put("facet.field", List.of("committee", "council"));
    Path json = dir.resolve("queries.json");
    SolrSide.writeQueries(
        List.of(
            new SolrSide.Query("search: words", params),
            new SolrSide.Query(
                "register: commitments", Map.of("fq", List.of("has_commitment:true")))),
        json);
    JsonNode root = JSON.readTree(json.toFile());
    assertTrue(root.isArray());
    assertEquals(2, root.size());
    assertEquals("search: words", root.get(0).get("kind").asText());
    JsonNode first = root.get(0).get("params");
    List<String> names = new ArrayList<>();
    first.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("q", "defType", "facet.field"), names, "the caller's order is kept");
    assertEquals("council", first.get("facet.field").get(1).asText());
    assertEquals("has_commitment:true", root.get(1).get("params").get("fq").get(0).asText());
  }
}
