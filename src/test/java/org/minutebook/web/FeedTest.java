package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/** {@code /api/feed} from a real server over the fixture corpus, read back with Rome. */
class FeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    archive = TestCorpus.index(temp).archive();
    app = WebApp.create(archive).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @Test
  void aSearchIsAFeedOfItsNewestItemsLinkingToTheirDocuments() throws Exception {
    String path = "/api/feed?q=" + encode("front door");
    HttpResponse<String> response = TestHttp.get(app, path);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        "application/atom+xml;charset=utf-8",
        response.headers().firstValue("content-type").orElse("").replace(" ", ""));
    Feed feed = parse(response.body());
    assertEquals("Minutebook: \"front door\"", feed.getTitle());
    assertEquals(base + path, feed.getId());
    assertEquals(base + path, link(feed.getOtherLinks(), "self").getHref());
    assertEquals(
        base + "/?q=front+door&sort=newest", link(feed.getAlternateLinks(), "alternate").getHref());
    assertEquals(Instant.parse("2021-09-30T00:00:00Z"), feed.getUpdated().toInstant());

    JsonNode hits =
        TestHttp.getJson(app, "/api/search?sort=newest&q=" + encode("front door")).get("hits");
    List<Entry> entries = feed.getEntries();
    assertEquals(hits.size(), entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      JsonNode hit = hits.get(i);
      String id = hit.get("id").asText();
      assertEquals("urn:minutebook:item:" + id, entry.getId());
      assertEquals(hit.get("title").asText(), entry.getTitle());
      String href = entry.getAlternateLinks().get(0).getHref();
      assertTrue(
          href.startsWith(base + "/?view=document&id=" + id + "&q=front+door&anchor=p"), href);
      assertEquals(
          Instant.parse(hit.get("date").asText() + "T00:00:00Z"), entry.getUpdated().toInstant());
      assertEquals(entry.getUpdated(), entry.getPublished());
      assertEquals(
          hit.get("committee").asText() + ", " + hit.get("council").asText(),
          entry.getAuthors().get(0).getName());
      assertEquals("text", entry.getSummary().getType());
      assertFalse(entry.getSummary().getValue().contains("<mark>"));
    }
    assertEquals("Cabinet, Example Borough Council", entries.get(0).getAuthors().get(0).getName());
  }

  @Test
  void theTitleSaysTheFiltersAndTheyApply() throws Exception {
    String path =
        "/api/feed?q=budget&committee="
            + encode("Full Council")
            + "&council="
            + encode("Example County Council")
            + "&theme=front-door&year=2020";
    Feed feed = parse(TestHttp.get(app, path).body());
    assertEquals(
        "Minutebook: \"budget\" — Full Council, Example County Council, "
            + archive.theme("front-door").orElseThrow().label()
            + ", 2020",
        feed.getTitle());
    assertEquals(1, feed.getEntries().size());
    assertEquals(
        base
            + "/?q=budget&committee=Full+Council&council=Example+County+Council&theme=front-door"
            + "&year=2020&sort=newest",
        link(feed.getAlternateLinks(), "alternate").getHref());
  }

  @Test
  void everythingIsNewestFirstAndUpdatedByTheNewestMeeting() throws Exception {
    Feed feed = parse(TestHttp.get(app, "/api/feed").body());
    assertEquals("Minutebook: all items", feed.getTitle());
    assertEquals(5, feed.getEntries().size());
    assertEquals(Instant.parse("2022-03-15T00:00:00Z"), feed.getUpdated().toInstant());
    assertEquals(
        feed.getUpdated(), ((Entry) feed.getEntries().get(0)).getUpdated(), "newest first");
  }

  @Test
  void entryIdsAreTheSameWhateverTheFeed() throws Exception {
    Feed narrow = parse(TestHttp.get(app, "/api/feed?q=MASH").body());
    Feed all = parse(TestHttp.get(app, "/api/feed").body());
    List<String> allIds = all.getEntries().stream().map(e -> ((Entry) e).getId()).toList();
    for (Object entry : narrow.getEntries()) {
      assertTrue(allIds.contains(((Entry) entry).getId()));
    }
  }

  @Test
  void aPlausibleHostIsUsedForLinksAndAnyOtherFallsBackToLocalhost() throws Exception {
    Feed named = parse(raw("/api/feed?q=budget", "minutes.example.org:8443"));
    assertEquals("http://minutes.example.org:8443/api/feed?q=budget", named.getId());
    String href = ((Entry) named.getEntries().get(0)).getAlternateLinks().get(0).getHref();
    assertTrue(href.startsWith("http://minutes.example.org:8443/?view=document&id="), href);

    Feed odd = parse(raw("/api/feed?q=budget", "bad_host"));
    assertEquals("http://localhost/api/feed?q=budget", odd.getId());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/feed?q=AND",
        "/api/feed?q=r*",
        "/api/feed?q=a*b",
        "/api/feed?from=2021-13-01",
        "/api/feed?year=21",
        "/api/feed?thesaurus=maybe"
      })
  void malformedQueriesAndFiltersGet400(String path) throws Exception {
    TestHttp.badRequest(app, path);
  }

  static Feed parse(String xml) throws Exception {
    return (Feed) new WireFeedInput().build(new StringReader(xml));
  }

  private static Link link(List<Link> links, String rel) {
    return links.stream().filter(l -> rel.equals(l.getRel())).findFirst().orElseThrow();
  }

  /** The body of a GET with {@code host} as the Host header, which HttpClient will not send. */
  private static String raw(String target, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 200"), response);
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      // The XML, whether the body came whole or in chunks with their sizes around it.
      return body.substring(body.indexOf('<'), body.lastIndexOf('>') + 1);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
