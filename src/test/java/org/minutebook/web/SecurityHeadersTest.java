package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;

/**
 * Every kind of response carries the security headers: the API, the page, static files, webjars,
 * downloads, the feed, the app's errors and 404s, Jetty's own refusals, and the original files
 * (with their own, stricter policy); none carries a CORS header, preflight included. The page's
 * sources hold nothing the policy would refuse.
 */
class SecurityHeadersTest {
  @TempDir static Path temp;
  static TestCorpus.Indexed indexed;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    indexed = TestCorpus.index(temp);
    app = WebApp.create(indexed.archive()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    indexed.archive().close();
  }

  @Test
  void thePolicyIsStrict() {
    String policy = SecurityHeaders.POLICY;
    for (String directive :
        List.of(
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "require-trusted-types-for 'script'",
            "trusted-types minutebook")) {
      assertTrue(policy.contains(directive + ";") || policy.endsWith(directive), directive);
    }
    for (String loophole : List.of("unsafe", "data:", "blob:", "*", "http:", "https:")) {
      assertFalse(policy.contains(loophole), loophole + " in " + policy);
    }
  }

  @Test
  void everyKindOfResponseCarriesTheHeaders() throws Exception {
    String item =
        TestHttp.getJson(app, "/api/search?q=potholes").get("hits").get(0).get("id").asText();
    Map<String, Integer> targets = new LinkedHashMap<>();
    targets.put("/", 200);
    targets.put("/index.html", 200);
    targets.put("/app.js", 200);
    targets.put("/style.css", 200);
    targets.put("/favicon.svg", 200);
    targets.put(GovukStylesheet.PATH, 200);
    targets.put("/webjars/chart.js/4.5.1/dist/chart.umd.min.js", 200);
    targets.put(
        "/webjars/govuk-frontend/" + GovukStylesheet.VERSION + "/dist/govuk/govuk-frontend.min.js",
        200);
    targets.put("/api/health", 200);
    targets.put("/api/search?q=front+door", 200);
    targets.put("/api/search?q=front+door&format=csv", 200);
    targets.put("/api/feed?q=front+door", 200);
    targets.put("/api/documents/" + item, 200);
    targets.put("/api/documents/0123456789abcdef-0", 404);
    targets.put("/api/documents/no-such-item", 404);
    targets.put("/api/search?sort=sideways", 400);
    targets.put("/api/no-such-endpoint", 404);
    targets.put("/no-such-page", 404);
    targets.put("/..%2f..%2fpom.xml", 404);
    targets.put("/api/search?q=" + "a".repeat(20_000), 414);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Integer> target : targets.entrySet()) {
      RawHttp.Answer answer =
          target.getKey().length() > RequestGuards.MAX_HEAD_BYTES / 2
              ? RawHttp.viaClient(app, target.getKey())
              : RawHttp.get(app, target.getKey());
      String name = abbreviated(target.getKey()) + " → " + answer.status();
      if (answer.status() != target.getValue()) {
        failures.add(name + ", expected " + target.getValue());
      }
      missingHeaders(answer, Optional.of(SecurityHeaders.POLICY))
          .forEach(problem -> failures.add(name + ": " + problem));
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void jettysOwnRefusalsCarryThemToo() throws Exception {
    RawHttp.Answer longHeader =
        RawHttp.viaClient(app, "/api/health", "X-Padding", "b".repeat(20_000));
    assertEquals(431, longHeader.status());
    assertEquals(List.of(), missingHeaders(longHeader, Optional.of(SecurityHeaders.POLICY)));
  }

  @Test
  void originalsKeepTheirOwnPolicy() throws Exception {
    RawHttp.Answer page =
        RawHttp.get(app, "/api/documents/" + idOf(TestCorpus.CABINET) + "/original");
    assertEquals(200, page.status());
    assertEquals(List.of(), missingHeaders(page, Optional.of(SecurityHeaders.SANDBOX)));
    assertEquals(1, page.headersStartingWith("content-security-policy:").size());

    RawHttp.Answer pdf =
        RawHttp.get(app, "/api/documents/" + idOf(TestCorpus.COUNCIL) + "/original");
    assertEquals(200, pdf.status());
    assertEquals(List.of(), missingHeaders(pdf, Optional.empty()));
    assertEquals(
        List.of(),
        pdf.headersStartingWith("content-security-policy"),
        "Chromium shows no PDF under a policy");
  }

  @Test
  void noCorsHeaderEvenForAPreflight() throws Exception {
    RawHttp.Answer preflight =
        RawHttp.send(
            app,
            "OPTIONS /api/search?q=budget HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://elsewhere.example\r\nAccess-Control-Request-Method: GET\r\n"
                + "Access-Control-Request-Headers: content-type\r\n\r\n");
    assertTrue(preflight.status() < 500, "preflight → " + preflight.status());
    assertEquals(List.of(), preflight.headersStartingWith("access-control-"));
    assertEquals(List.of(), missingHeaders(preflight, Optional.of(SecurityHeaders.POLICY)));

    RawHttp.Answer crossSite =
        RawHttp.send(
            app,
            "GET /api/search?q=budget HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                + "Origin: https://elsewhere.example\r\n\r\n");
    assertEquals(200, crossSite.status());
    assertEquals(List.of(), crossSite.headersStartingWith("access-control-"));
  }

  /**
   * The page's own files hold nothing a policy without 'unsafe-inline' or 'unsafe-eval' refuses: no
   * inline script, event-handler attribute, style attribute or element, javascript: address, HTML
   * parsing of strings or code built from strings.
   */
  @Test
  void thePageNeedsNoInlineCodeOrEval() throws IOException {
    List<String> problems = new ArrayList<>();
    String html = Files.readString(Path.of("web/index.html"), StandardCharsets.UTF_8);
    Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(html);
    while (scripts.find()) {
      if (!scripts.group(1).contains("src=")) {
        problems.add("index.html: an inline <script" + scripts.group(1) + ">");
      }
    }
    forbid(
        html, "index.html", "(?i)\\son[a-z]+\\s*=|\\sstyle\\s*=|<style\\b|javascript:", problems);
    try (var files = Files.list(Path.of("web"))) {
      for (Path js : files.filter(f -> f.toString().matches(".*\\.m?js")).toList()) {
        forbid(
            Files.readString(js, StandardCharsets.UTF_8),
            js.getFileName().toString(),
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function"
                + "|setAttribute\\(\\s*['\"](style|on[a-z]+)['\"]|javascript:",
            problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void forbid(String text, String file, String regex, List<String> problems) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      int line = text.substring(0, m.start()).split("\n", -1).length;
      problems.add(file + ":" + line + ": " + m.group());
    }
  }

  /** What is wrong with the answer's headers; {@code policy} empty means none may be sent. */
  private static List<String> missingHeaders(RawHttp.Answer answer, Optional<String> policy) {
    List<String> problems = new ArrayList<>();
    Map<String, String> expected = new LinkedHashMap<>(SecurityHeaders.HEADERS);
    expected.remove(SecurityHeaders.CSP);
    policy.ifPresent(p -> expected.put(SecurityHeaders.CSP, p));
    expected.forEach(
        (name, value) -> {
          Optional<String> actual = answer.header(name);
          if (!actual.equals(Optional.of(value))) {
            problems.add(name + " is " + actual.orElse("missing"));
          }
        });
    if (!answer.headersStartingWith("access-control-").isEmpty()) {
      problems.add("CORS: " + answer.headersStartingWith("access-control-"));
    }
    return problems;
  }

  private static String idOf(String source) throws Exception {
    for (JsonNode m : TestHttp.getJson(app, "/api/meetings").get("meetings")) {
      if (m.get("source").asText().equals(source)) {
        return m.get("firstItemId").asText();
      }
    }
    throw new AssertionError("no meeting from " + source);
  }

  private static String abbreviated(String target) {
    return target.length() > 80 ? target.substring(0, 80) + "… (" + target.length() + ")" : target;
  }
}
