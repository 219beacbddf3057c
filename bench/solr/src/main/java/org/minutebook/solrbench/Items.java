package org.minutebook.solrbench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;

/** Reads ITEMS.jsonl and turns items into Solr documents. */
public final class Items {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Items() {}

  /** The items of a JSONL file, grouped by source file in the order they come. */
  public static Map<String, List<Item>> readBySource(Path jsonl) throws IOException {
    Map<String, List<Item>> bySource = new LinkedHashMap<>();
    try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Item item = parse(line, jsonl, number);
        bySource.computeIfAbsent(item.source(), source -> new ArrayList<>()).add(item);
      }
    }
    return bySource;
  }

  private static Item parse(String line, Path jsonl, int number) throws IOException {
    try {
      return JSON.readValue(line, Item.class);
    } catch (IOException | RuntimeException e) {
      throw new IOException(jsonl + ":" + number + ": not an item: " + e.getMessage(), e);
    }
  }

  /** The Solr document of an item, field for field as schema.xml declares them. */
  public static SolrInputDocument document(Item item) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField("id", item.id());
    doc.addField("source", item.source());
    addIfPresent(doc, "format", item.format());
    addIfPresent(doc, "title", item.title());
    doc.addField("body", item.body());
    addIfPresent(doc, "council", item.council());
    addIfPresent(doc, "committee", item.committee());
    addIfPresent(doc, "type", item.type());
    item.themes().forEach(theme -> doc.addField("theme", theme));
    if (item.date() != null) {
      LocalDate date = LocalDate.parse(item.date());
      // pdate holds instants: a meeting day is its midnight in UTC, so years and ranges line up.
      doc.addField("date", Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
      doc.addField("year", date.getYear());
    }
    item.commitments().forEach(text -> doc.addField("commitment", text));
    item.commitmentStatuses().forEach(status -> doc.addField("commitment_status", status));
    doc.addField("has_commitment", !item.commitments().isEmpty());
    return doc;
  }

  private static void addIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null) {
      doc.addField(field, value);
    }
  }
}
