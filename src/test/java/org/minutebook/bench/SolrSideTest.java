package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.index.ThemeTagger;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.knowledge.KnowledgeExtractor;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;
import org.minutebook.themes.ThemeCatalog;

/**
 * The real Solr runner, in its own JVM, on the items of a small synthetic archive in all four
 * formats (the sample minutes hold five items only): every kind of query comes back with figures
 * and the ingest with positive numbers, Tika having read every file. Skipped, saying why, when the
 * runner's jar cannot be built (no Maven, or Solr's artifacts out of reach).
 */
class SolrSideTest {
  private static Path jar;
  private static Path corpus;

  @TempDir static Path dir;

  @BeforeAll
  static void buildTheRunner() throws IOException, InterruptedException {
    corpus = dir.resolve("archive");
    SyntheticArchive.write(corpus, 60, 8, EnumSet.allOf(SyntheticArchive.Format.class));
    try {
      jar = SolrSide.jar(Path.of("").toAbsolutePath());
    } catch (IOException e) {
      String reason = "skipped: the Solr runner's jar cannot be built: " + e.getMessage();
      // Surefire's console counts skipped tests without their reasons: say it in the build log too.
      System.err.println("[minutebook] " + reason);
      Assumptions.abort(reason);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void solrIndexesTheItemsAndAnswersEveryKindOfQuery() throws Exception {
    List<AgendaItem> items = sampleItems();
    assertTrue(items.size() >= 50, "the archive gives " + items.size() + " items");
    Path itemsFile = dir.resolve("items.jsonl");
    SolrSide.writeItems(items, SolrSideTest::commitments, SolrSideTest::statuses, itemsFile);
    Path queries = dir.resolve("queries.json");
    SolrSide.writeQueries(queries(), queries);

    StringWriter log = new StringWriter();
    SolrSide.Result result =
        SolrSide.run(
            jar,
            itemsFile,
            queries,
            corpus,
            2,
            2,
            5,
            true,
            dir.resolve("work"),
            new PrintWriter(log));

    assertEquals("9.10.1", result.solrVersion());
    assertEquals(items.size(), result.items());
    assertEquals(items.stream().map(AgendaItem::source).distinct().count(), result.files());
    assertEquals(0, result.extractFailures(), log.toString());
    assertTrue(result.bytes() > 0 && result.indexBytes() > 0);
    assertTrue(result.ingestMs() > 0 && result.indexOnlyMs() > 0);
    assertTrue(result.heapAfterWarmupBytes() > 0);
    for (Map<String, SolrSide.Figures> figures :
        List.of(result.queries(), result.queriesNoCaches())) {
      assertEquals(
          List.of("words", "phrase", "facets", "timeline", "commitments"),
          List.copyOf(figures.keySet()));
      figures.values().forEach(f -> assertEquals(5, f.calls()));
      figures.values().forEach(f -> assertTrue(f.p50() > 0 && f.max() >= f.p99(), f.toString()));
    }
    assertTrue(result.queries().get("words").hits() > 0);
    assertEquals(
        result.queries().get("commitments").hits(),
        items.stream().filter(item -> !commitments(item).isEmpty()).count());
  }

  private static List<AgendaItem> sampleItems() throws IOException {
    ThemeTagger tagger = new ThemeTagger(ThemeCatalog.builtIn());
    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    new Ingester(IngestOptions.defaults().inProcess())
        .run(corpus, item -> items.add(tagger.tag(item)), IngestListener.NONE);
    items.sort(Comparator.comparing(AgendaItem::id));
    return items;
  }

  private static List<String> commitments(AgendaItem item) {
    return KnowledgeExtractor.extract(item).commitments().stream().map(Commitment::text).toList();
  }

  private static List<String> statuses(AgendaItem item) {
    return commitments(item).stream().map(text -> "open").toList();
  }

  private static List<SolrSide.Query> queries() {
    return List.of(
        query(
            "words",
            Map.of("q", "planning application", "defType", "edismax", "qf", "title^2 body")),
        query("phrase", Map.of("q", "\"planning permission\"", "defType", "edismax", "qf", "body")),
        new SolrSide.Query(
            "facets",
            Map.of(
                "q", List.of("planning"),
                "defType", List.of("edismax"),
                "qf", List.of("title^2 body"),
                "facet", List.of("true"),
                "facet.field", List.of("committee", "council", "theme", "type"),
                "hl", List.of("true"),
                "hl.method", List.of("unified"),
                "hl.fl", List.of("body"))),
        query(
            "timeline",
            Map.of(
                "q", "*:*",
                "fq", "theme:planning",
                "rows", "20",
                "facet", "true",
                "facet.range", "date",
                "facet.range.start", "NOW/YEAR-20YEARS",
                "facet.range.end", "NOW/YEAR+1YEAR",
                "facet.range.gap", "+1YEAR")),
        query(
            "commitments",
            Map.of(
                "q", "*:*",
                "fq", "has_commitment:true",
                "rows", "50",
                "sort", "date desc",
                "facet", "true",
                "facet.field", "commitment_status")));
  }

  private static SolrSide.Query query(String kind, Map<String, String> params) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    params.forEach((name, value) -> lists.put(name, List.of(value)));
    return new SolrSide.Query(kind, lists);
  }
}
