package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;
import org.minutebook.search.QueryLimits;

/**
 * A server whose archive was opened with a time limit of one nanosecond, which every search
 * outlasts: searches and timelines answer 200 with what they found by then, flagged {@code partial}
 * with a notice, whatever the filters; never an error.
 */
class PartialAnswerApiTest {
  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    String before = System.getProperty(QueryLimits.TIMEOUT_PROPERTY);
    System.setProperty(QueryLimits.TIMEOUT_PROPERTY, "1ns");
    try {
      archive = TestCorpus.index(temp).archive();
    } finally {
      // The limit is read when the archive is opened: no other test's archive sees it.
      if (before == null) {
        System.clearProperty(QueryLimits.TIMEOUT_PROPERTY);
      } else {
        System.setProperty(QueryLimits.TIMEOUT_PROPERTY, before);
      }
    }
    app = WebApp.create(archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @Test
  void aSearchOutOfTimeIsPartialWithANotice() throws Exception {
    for (String filters : new String[] {"", "&committee=Cabinet", "&year=2021&sort=newest"}) {
      JsonNode body = TestHttp.getJson(app, "/api/search?q=" + encode("front door") + filters);
      assertTrue(body.get("partial").asBoolean(), filters);
      String notice = body.get("notices").get(body.get("notices").size() - 1).asText();
      assertTrue(notice.startsWith("The search was stopped after 1 ns"), notice);
    }
    assertTrue(TestHttp.getJson(app, "/api/search").get("partial").asBoolean());
  }

  @Test
  void aTimelineOutOfTimeIsPartial() throws Exception {
    for (String path :
        new String[] {
          "/api/timeline?theme=front-door",
          "/api/timeline?q=" + encode("agency staff") + "&committee=Cabinet",
          "/api/timeline?theme=front-door&theme=recruitment&interval=month"
        }) {
      assertTrue(TestHttp.getJson(app, path).get("partial").asBoolean(), path);
    }
  }

  @Test
  void downloadsAndRegistersAreNotTimeLimited() throws Exception {
    assertEquals(
        200, TestHttp.get(app, "/api/search?format=csv&q=" + encode("front door")).statusCode());
    assertEquals(
        2, TestHttp.getJson(app, "/api/meetings?q=" + encode("front door")).get("total").asInt());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
