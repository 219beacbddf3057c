package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.RestrictedCorpus;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.search.Archive;

/**
 * The acceptance test of restricted items: a real server over an archive whose restricted items (by
 * manifest and by wording) hold canary words answers every public endpoint without a trace of them
 * (no canary word, restricted item id or restricted file name in any body), and answers exactly as
 * a server over the same archive with the restricted items cut out does: same hits, totals, facet
 * counts, suggestions, timelines, registers, exports, feeds and coverage. With the staff token, the
 * canaries are found.
 */
class CanaryTest {
  static final String TOKEN = "staff-token-for-the-canary-test";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path temp;
  static Archive publicArchive;
  static Archive staffArchive;
  static Archive strippedArchive;
  static Javalin restricted;
  static Javalin stripped;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = RestrictedCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults().inProcess(), IngestListener.NONE);
    publicArchive = Archive.forCorpus(corpus, index);
    staffArchive = Archive.staffForCorpus(corpus, index).orElseThrow();
    restricted =
        WebApp.create(Audience.withStaff(publicArchive, staffArchive, TOKEN)).start("127.0.0.1", 0);
    Path publicPart = RestrictedCorpus.writePublicPart(temp.resolve("public-corpus"));
    Path publicIndex = temp.resolve("public-index");
    IndexBuilder.build(
        publicPart, publicIndex, IngestOptions.defaults().inProcess(), IngestListener.NONE);
    strippedArchive = Archive.forCorpus(publicPart, publicIndex);
    stripped = WebApp.create(strippedArchive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    restricted.stop();
    stripped.stop();
    publicArchive.close();
    staffArchive.close();
    strippedArchive.close();
  }

  @Test
  void everyPublicEndpointAnswersAsIfTheRestrictedItemsWereNeverThere() throws Exception {
    Set<String> restrictedIds = restrictedIds();
    int compared = 0;
    for (String path : probes(restrictedIds)) {
      HttpResponse<String> ours = get(restricted, path, null);
      assertTrue(ours.statusCode() < 500, path + " → " + ours.statusCode() + " " + ours.body());
      assertNoLeak(path, ours.body(), restrictedIds);
      assertNoLeak(path, ours.headers().map().toString(), restrictedIds);
      if (path.endsWith("/original")) {
        continue;
      }
      HttpResponse<String> theirs = get(stripped, path, null);
      assertEquals(theirs.statusCode(), ours.statusCode(), path);
      assertEquals(
          normalized(stripped, theirs.body()),
          normalized(restricted, ours.body()),
          path + " differs from the archive without its restricted items");
      compared++;
    }
    assertTrue(compared > 200, "only " + compared + " answers were compared");
  }

  @Test
  void theOriginalOfAFileWithExemptBusinessIsWithheldFromThePublicButNotFromStaff()
      throws Exception {
    JsonNode hits = json(get(restricted, "/api/search?size=100&q=" + enc("press public"), null));
    String procedural = null;
    for (JsonNode hit : hits.get("hits")) {
      if (hit.get("source").asText().equals(RestrictedCorpus.PLANNING)) {
        procedural = hit.get("id").asText();
      }
    }
    assertTrue(procedural != null, hits.toString());
    String path = "/api/documents/" + procedural + "/original";
    HttpResponse<String> withheld = get(restricted, path, null);
    assertEquals(404, withheld.statusCode(), withheld.body());
    HttpResponse<String> served = get(restricted, path, TOKEN);
    assertEquals(200, served.statusCode(), served.body());
    assertTrue(served.body().contains("Quixotrel"), "staff get the whole file");
  }

  @Test
  void staffFindTheCanariesWithTheirReasons() throws Exception {
    for (String canary : List.of("quixotrel", "wombleshank", "fandangulous", "snickersnee")) {
      JsonNode body = json(get(restricted, "/api/search?q=" + enc(canary), TOKEN));
      assertEquals(1, body.get("total").asInt(), canary + " → " + body);
      JsonNode hit = body.get("hits").get(0);
      assertTrue(hit.get("restricted").asBoolean(), hit.toString());
      assertFalse(hit.get("restrictedBecause").asText().isBlank(), hit.toString());
      JsonNode item = json(get(restricted, "/api/documents/" + hit.get("id").asText(), TOKEN));
      assertTrue(item.get("restricted").asBoolean(), item.toString());
      assertEquals(hit.get("restrictedBecause"), item.get("restrictedBecause"));
    }
    JsonNode depot = json(get(restricted, "/api/search?q=quixotrel", TOKEN)).get("hits").get(0);
    assertTrue(
        depot.get("restrictedBecause").asText().contains("press and public"), depot.toString());
    for (String canary : List.of("snorkelvane", "glimmerquack")) {
      JsonNode hit = json(get(restricted, "/api/search?q=" + canary, TOKEN)).get("hits").get(0);
      assertEquals("manifest", hit.get("restrictedBecause").asText(), hit.toString());
    }
    // A public item is not marked at all, for staff as for the public.
    JsonNode harbour = json(get(restricted, "/api/search?q=harbourmaster", TOKEN));
    assertFalse(harbour.get("hits").get(0).has("restricted"), harbour.toString());
    // Staff totals count both indexes.
    long everything = json(get(restricted, "/api/search?q=", TOKEN)).get("total").asLong();
    long open = json(get(restricted, "/api/search?q=", null)).get("total").asLong();
    assertEquals(open + restrictedIds().size(), everything);
  }

  @Test
  void aWrongTokenIsRefusedWithAMessageAndOtherSchemesArePublic() throws Exception {
    HttpResponse<String> wrong = get(restricted, "/api/search?q=quixotrel", "not-the-token");
    assertEquals(401, wrong.statusCode());
    assertFalse(JSON.readTree(wrong.body()).get("error").asText().isBlank(), wrong.body());
    assertNoLeak("wrong token", wrong.body(), Set.of());
    HttpResponse<String> basic =
        HTTP.send(
            request(restricted, "/api/search?q=quixotrel")
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, basic.statusCode());
    assertEquals(0, JSON.readTree(basic.body()).get("total").asInt());
    // A server without staff access refuses any token rather than answer as if it were public.
    assertEquals(401, get(stripped, "/api/health", TOKEN).statusCode());
  }

  /** Every restricted item, as the staff see them. */
  private static Set<String> restrictedIds() throws Exception {
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode hit : json(get(restricted, "/api/search?size=100&q=", TOKEN)).get("hits")) {
      if (hit.path("restricted").asBoolean()) {
        ids.add(hit.get("id").asText());
      }
    }
    // Planning 4 and 5, cabinet 4, working group 3, and each wholly restricted file's items.
    assertTrue(ids.size() >= 6, ids.toString());
    return ids;
  }

  private static List<String> probes(Set<String> restrictedIds) throws Exception {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/index.html",
                "/app.js",
                "/style.css",
                "/api/health",
                "/api/themes",
                "/api/coverage",
                "/api/committees",
                "/api/meetings",
                "/api/meetings?q=depot",
                "/api/meetings?q=contract",
                "/api/meetings?committee=Cabinet",
                "/api/feed",
                "/api/feed?q=depot",
                "/api/feed?q=" + enc("land deal")));
    for (String register : List.of("commitments", "decisions", "inspections", "entities")) {
      paths.add("/api/" + register);
      paths.add("/api/" + register + "?format=csv");
      paths.add("/api/" + register + "?format=json");
      paths.add("/api/" + register + "?year=2023");
    }
    paths.add("/api/commitments?status=open");
    paths.add("/api/commitments?status=overdue");
    paths.add("/api/decisions?outcome=approved");
    paths.add("/api/entities?kind=organisation");
    paths.add("/api/entities?kind=money");
    paths.add("/api/entities?q=holdings");
    List<String> queries =
        new ArrayList<>(
            List.of(
                "",
                "council",
                "depot",
                "offer",
                "settlement",
                "contract",
                "land",
                "staffing",
                "grievance",
                "meeting",
                "panel",
                "property",
                "quix*",
                "sett*",
                "\"press and public\"",
                "record:commitment",
                "record:decision",
                "title:appendix"));
    queries.addAll(RestrictedCorpus.CANARIES);
    for (String q : queries) {
      String search = "/api/search?size=100&q=" + enc(q);
      paths.add(search);
      paths.add(search + "&sort=newest");
      paths.add(search + "&format=csv");
      paths.add(search + "&format=json");
      paths.add("/api/search?q=" + enc(q) + "&committee=Cabinet");
      paths.add("/api/search?q=" + enc(q) + "&year=2023");
      paths.add("/api/search?q=" + enc(q) + "&council=" + enc("Example Borough Council"));
      paths.add("/api/search?q=" + enc(q) + "&type=minutes&thesaurus=off");
      paths.add("/api/timeline?q=" + enc(q.isEmpty() ? "meeting" : q));
      paths.add("/api/feed?q=" + enc(q));
    }
    for (String prefix :
        List.of(
            "", "a", "c", "d", "m", "p", "s", "qu", "quix", "zor", "wom", "fan", "snor", "sni")) {
      paths.add("/api/suggest?prefix=" + enc(prefix));
    }
    paths.addAll(timelines());
    for (JsonNode hit : json(get(stripped, "/api/search?size=100&q=", null)).get("hits")) {
      paths.add("/api/documents/" + hit.get("id").asText());
      paths.add("/api/documents/" + hit.get("id").asText() + "/original");
    }
    for (String id : restrictedIds) {
      paths.add("/api/documents/" + id);
      paths.add("/api/documents/" + id + "/original");
    }
    return paths;
  }

  /** A timeline of every theme, and of a few in every interval, split and format. */
  private static List<String> timelines() throws Exception {
    List<String> paths = new ArrayList<>();
    List<String> themes = new ArrayList<>();
    json(get(stripped, "/api/themes", null)).forEach(t -> themes.add(t.get("id").asText()));
    for (String theme : themes) {
      paths.add("/api/timeline?theme=" + enc(theme));
    }
    for (String theme : themes.subList(0, Math.min(3, themes.size()))) {
      for (String interval : List.of("year", "quarter", "month")) {
        String base = "/api/timeline?theme=" + enc(theme) + "&interval=" + interval;
        paths.add(base);
        paths.add(base + "&split=committee");
        paths.add(base + "&split=council");
        paths.add(base + "&format=csv");
        paths.add(base + "&format=json");
      }
    }
    paths.add("/api/timeline?q=depot&q=harbour&interval=month");
    paths.add("/api/timeline?q=settlement&split=committee");
    return paths;
  }

  private static void assertNoLeak(String path, String body, Set<String> restrictedIds) {
    String lower = body.toLowerCase(Locale.ROOT);
    String asked = path.toLowerCase(Locale.ROOT);
    for (String canary : RestrictedCorpus.CANARIES) {
      String word = canary.toLowerCase(Locale.ROOT);
      // A query may echo what it was asked ("query": "quixotrel"); nothing else may hold it.
      if (!asked.contains(URLEncoder.encode(word, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT))
          && !asked.contains(word)) {
        assertFalse(lower.contains(word), path + " leaks '" + canary + "': " + excerpt(body, word));
      }
    }
    for (String file : RestrictedCorpus.RESTRICTED_FILES) {
      assertFalse(body.contains(file), path + " leaks the file name " + file);
    }
    for (String id : restrictedIds) {
      if (!path.contains(id)) {
        assertFalse(body.contains(id), path + " leaks the restricted item id " + id);
      }
    }
  }

  private static String excerpt(String body, String word) {
    int at = body.toLowerCase(Locale.ROOT).indexOf(word);
    return body.substring(Math.max(0, at - 120), Math.min(body.length(), at + 120));
  }

  /** The body with the server's own address replaced, so that two servers can be compared. */
  private static String normalized(Javalin app, String body) {
    return body.replace("127.0.0.1:" + app.port(), "SERVER")
        .replace("localhost:" + app.port(), "SERVER");
  }

  private static HttpRequest.Builder request(Javalin app, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
  }

  static HttpResponse<String> get(Javalin app, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(app, path);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
