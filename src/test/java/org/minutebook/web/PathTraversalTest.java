package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.TestHttp;
import org.minutebook.search.Archive;

/**
 * Path traversal, over real HTTP on a plain socket (so every payload goes on the wire exactly as
 * written): more than 100 payloads (dot segments plain, URL-encoded in either case, double-encoded,
 * as overlong UTF-8, as full-width and other look-alike characters, with backslashes, {@code ..;/},
 * NULs, absolute and Windows paths, {@code file:} URIs, ids followed by a path) are sent wherever a
 * request names something: an item, an item's original, a static file, a webjar. The corpus lies
 * next to a secret file holding a canary word; no answer may contain it, nor the project's pom, a
 * class file or {@code /etc/passwd}; none may be a server error; and the server answers afterwards.
 */
class PathTraversalTest {
  /** Where a payload goes: {@code %s} is replaced by the payload as written. */
  private static final List<String> ROUTES =
      List.of(
          "/api/documents/%s",
          "/api/documents/%s/original",
          "/%s",
          "/webjars/%s",
          "/api/documents/" + "0123456789abcdef-1/%s");

  /**
   * What an escape would reach, from the corpus, the index, or the page's folder on the classpath.
   */
  private static final List<String> TARGETS =
      List.of(
          "../secret.txt",
          "../../secret.txt",
          "../../../pom.xml",
          "../org/minutebook/web/WebApp.class",
          "../../../../../../../../etc/passwd");

  @TempDir static Path temp;
  static String canary;
  static Path secret;
  static Archive archive;
  static Javalin app;

  @BeforeAll
  static void start() throws IOException {
    TestCorpus.Indexed indexed = TestCorpus.index(temp);
    archive = indexed.archive();
    canary = "CANARY-" + UUID.randomUUID();
    secret = temp.resolve("secret.txt");
    Files.writeString(secret, "the secret is " + canary + "\n", StandardCharsets.UTF_8);
    // The payloads would reach it from the corpus folder if anything resolved them there.
    assertTrue(
        Files.readString(indexed.corpus().resolve("../secret.txt"), StandardCharsets.UTF_8)
            .contains(canary));
    app = WebApp.create(archive).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
  }

  @Test
  void noPayloadReadsAnythingOutsideTheCorpusOrTheStaticFiles() throws Exception {
    List<String> payloads = payloads();
    assertTrue(payloads.size() >= 100, payloads.size() + " payloads");
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (String payload : payloads) {
      for (String route : ROUTES) {
        String target = route.replace("%s", payload);
        requests++;
        RawHttp.Answer answer;
        try {
          answer = RawHttp.get(app, target);
        } catch (IOException e) {
          failures.add(shown(target) + " → no answer: " + e);
          continue;
        }
        String leak = leak(answer.body());
        if (answer.status() >= 500 || leak != null) {
          failures.add(
              shown(target) + " → " + answer.status() + (leak == null ? "" : " leaks " + leak));
        }
      }
    }
    System.out.println(
        "PathTraversalTest: " + payloads.size() + " payloads, " + requests + " requests");
    assertEquals(List.of(), failures, failures.size() + " of " + requests + " requests failed");
    assertEquals(200, TestHttp.get(app, "/api/health").statusCode(), "the server still answers");
    assertEquals(200, TestHttp.get(app, "/app.js").statusCode(), "static files are still served");
  }

  /** An item id with anything after it is no item, whatever the escapes. */
  @Test
  void malformedIdsAreUnknownItemsWithAMessage() throws Exception {
    for (String id : List.of("..%2fsecret.txt", "%2e%2e", "..%5c..%5csecret.txt", "x;y=z")) {
      for (String route : List.of("/api/documents/%s", "/api/documents/%s/original")) {
        RawHttp.Answer answer = RawHttp.get(app, route.replace("%s", id));
        assertEquals(404, answer.status(), id);
        assertTrue(answer.body().contains("\"error\":\"no item with id "), answer.body());
      }
    }
    // Jetty itself refuses a NUL anywhere in a path, before the app sees it.
    RawHttp.Answer nul = RawHttp.get(app, "/api/documents/0123456789abcdef-1%00/original");
    assertEquals(400, nul.status(), nul.body());
    assertEquals(Optional.of("nosniff"), nul.header("X-Content-Type-Options"));
  }

  /** The first forbidden thing the body holds, or null. */
  private static String leak(String body) {
    if (body.contains(canary)) {
      return "the canary";
    }
    if (body.contains("<modelVersion>")) {
      return "the pom";
    }
    if (body.contains("\u00CA\u00FE\u00BA\u00BE")) {
      return "a class file";
    }
    if (body.contains("root:x:0:0") || body.contains("root:*:0:0")) {
      return "/etc/passwd";
    }
    return null;
  }

  /** Every target in every spelling, plus absolute paths, URIs and other tricks; each once. */
  static List<String> payloads() {
    Set<String> out = new LinkedHashSet<>();
    for (String target : TARGETS) {
      for (String[] spelling : SPELLINGS) {
        out.add(target.replace("../", spelling[0] + spelling[1]).replace("/", spelling[1]));
      }
    }
    String absolute = secret.toAbsolutePath().toString();
    out.add(absolute);
    out.add(absolute.replace("/", "%2f"));
    out.add(absolute.replace("/", "%252f"));
    out.add("/" + absolute);
    out.add("file:" + absolute);
    out.add("file://" + absolute);
    out.add("file%3a%2f%2f" + absolute.replace("/", "%2f"));
    out.add("FILE:%2F%2F" + absolute.replace("/", "%2F"));
    out.add("/etc/passwd");
    out.add("%2fetc%2fpasswd");
    out.add("//etc/passwd");
    out.add("file:///etc/passwd");
    out.add("C:\\Windows\\win.ini");
    out.add("C:%5cWindows%5cwin.ini");
    out.add("c:/windows/win.ini");
    out.add("\\\\localhost\\c$\\secret.txt");
    out.add("%5c%5clocalhost%5cc%24%5csecret.txt");
    out.add("secret.txt%00.pdf");
    out.add("..%00/secret.txt");
    out.add(".%00./secret.txt");
    out.add("0123456789abcdef-1%00/../../secret.txt");
    out.add("0123456789abcdef-1/../../secret.txt");
    out.add("0123456789abcdef-1%2f..%2f..%2fsecret.txt");
    out.add("0123456789abcdef-1;/../../secret.txt");
    out.add("0123456789abcdef-1%3b..%2f..%2fsecret.txt");
    out.add("....//....//secret.txt");
    out.add("..././..././secret.txt");
    out.add(".../.../secret.txt");
    out.add("..%c0%af..%c0%afsecret.txt");
    out.add("..%c1%9c..%c1%9csecret.txt");
    out.add("..\u00c0\u00af..\u00c0\u00afsecret.txt"); // overlong "/" as raw bytes
    out.add("%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt%3f");
    out.add("%2e%2e%2fsecret.txt%23");
    out.add("?../secret.txt");
    out.add("#/../secret.txt");
    out.add("%3f..%2fsecret.txt");
    out.add("..%09/secret.txt");
    out.add("..%20/secret.txt");
    out.add("%20../secret.txt");
    return new ArrayList<>(out);
  }

  /**
   * How a {@code ../} is spelled: the dots and the separator. Plain, URL-encoded in upper, lower
   * and mixed case, double-encoded, overlong UTF-8 (2 and 3 bytes), full-width and other
   * look-alikes, backslashes, {@code ;} parameters, %u escapes.
   */
  private static final String[][] SPELLINGS = {
    {"..", "/"},
    {"..", "%2f"},
    {"..", "%2F"},
    {"%2e%2e", "/"},
    {"%2e%2e", "%2f"},
    {"%2E%2E", "%2F"},
    {"%2e%2E", "%2F"},
    {"%252e%252e", "%252f"},
    {"..", "%252f"},
    {"%c0%ae%c0%ae", "%c0%af"},
    {"%e0%80%ae%e0%80%ae", "%e0%80%af"},
    {"%ef%bc%8e%ef%bc%8e", "%ef%bc%8f"},
    {"..", "%e2%88%95"},
    {"..", "\\"},
    {"..", "%5c"},
    {"%2e%2e", "%5C"},
    {"..", "%255c"},
    {"..;", "/"},
    {"..%3b", "/"},
    {"%u002e%u002e", "%u2215"},
    {".%2e", "/"},
  };

  private static String shown(String target) {
    return HostileQueryTest.abbreviate(target, 120);
  }
}
