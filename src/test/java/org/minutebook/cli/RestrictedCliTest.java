package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.RestrictedCorpus;

/**
 * The command line over an archive with restricted items: every command that prints from the index
 * is public, and {@code serve --staff-token-file} gives staff, and only staff, the restricted
 * items.
 */
class RestrictedCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;
  Path corpus;
  Path index;

  @BeforeEach
  void corpus() throws Exception {
    corpus = RestrictedCorpus.write(temp.resolve("corpus"));
    index = temp.resolve("index");
  }

  @AfterEach
  void stopServer() {
    ServeCommand.stopServing();
  }

  private CliTest.Run run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--corpus", corpus.toString()));
    args.addAll(List.of("--index", index.toString()));
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  @Test
  void commandsThatPrintFromTheIndexArePublic() throws Exception {
    for (String canary : List.of("quixotrel", "snorkelvane", "glimmerquack", "fandangulous")) {
      CliTest.Run search = run("search", canary, "--json");
      assertEquals(0, search.status(), search.err());
      assertEquals(0, JSON.readTree(search.out()).get("total").asInt(), search.out());
    }
    List<CliTest.Run> runs = new ArrayList<>();
    runs.add(run("search", "land", "--json"));
    runs.add(run("search", "council", "--size", "100"));
    runs.add(run("timeline", "--query", "depot", "--query", "settlement"));
    for (String register : List.of("commitments", "decisions", "inspections", "entities")) {
      runs.add(run(register, "--format", "json"));
      runs.add(run(register, "--format", "csv"));
      runs.add(run(register));
    }
    for (CliTest.Run r : runs) {
      assertEquals(0, r.status(), r.err());
      String out = r.out().toLowerCase(Locale.ROOT);
      for (String canary : RestrictedCorpus.CANARIES) {
        assertFalse(out.contains(canary.toLowerCase(Locale.ROOT)), canary + " in " + r.out());
      }
    }
  }

  @Test
  void serveGivesStaffTheRestrictedItemsWithTheTokenFromAFile() throws Exception {
    Path tokenFile = temp.resolve("staff-token");
    Files.writeString(tokenFile, "a-staff-token-long-enough\n", StandardCharsets.UTF_8);
    CliTest.Run serve = run("serve", "--port", "0", "--staff-token-file", tokenFile.toString());
    assertEquals(0, serve.status(), serve.err());
    assertTrue(serve.out().contains("Staff access is on"), serve.out());
    Matcher url = Pattern.compile("at (http://localhost:(\\d+)/)").matcher(serve.out());
    assertTrue(url.find(), serve.out());
    String search = url.group(1) + "api/search?q=quixotrel";
    assertEquals(0, total(search, null));
    assertEquals(1, total(search, "a-staff-token-long-enough"));
    assertEquals(401, status(search, "a-wrong-token-of-some-length"));
  }

  @Test
  void aShortTokenIsRefused() throws Exception {
    Path tokenFile = temp.resolve("staff-token");
    Files.writeString(tokenFile, "short", StandardCharsets.UTF_8);
    CliTest.Run serve = run("serve", "--port", "0", "--staff-token-file", tokenFile.toString());
    assertNotEquals(0, serve.status());
    assertTrue(serve.err().contains("at least"), serve.err());
  }

  @Test
  void theTokenComesFromTheFileElseTheEnvironment() throws Exception {
    StringWriter warnings = new StringWriter();
    PrintWriter warn = new PrintWriter(warnings, true);
    Map<String, String> env = Map.of(StaffAccess.ENV, " from-the-environment ");
    assertEquals(Optional.of("from-the-environment"), StaffAccess.token(null, env, warn));
    assertEquals(Optional.empty(), StaffAccess.token(null, Map.of(), warn));
    Path tokenFile = temp.resolve("token");
    Files.writeString(tokenFile, "from-the-file\n", StandardCharsets.UTF_8);
    assertEquals(Optional.of("from-the-file"), StaffAccess.token(tokenFile, env, warn));
    try {
      Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r--r--"));
      StaffAccess.token(tokenFile, env, warn);
      assertTrue(warnings.toString().contains("chmod 600"), warnings.toString());
    } catch (UnsupportedOperationException e) {
      // No POSIX permissions on this file system: nothing to warn about.
    }
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static int total(String url, String token) throws Exception {
    HttpResponse<String> response = get(url, token);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).get("total").asInt();
  }

  private static int status(String url, String token) throws Exception {
    return get(url, token).statusCode();
  }
}
