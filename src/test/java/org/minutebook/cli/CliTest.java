package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.TestCorpus;
import picocli.CommandLine;

/**
 * The real command line, end to end: index, search, serve, and what users see when things go wrong.
 */
class CliTest {
  @TempDir Path temp;
  Path corpus;
  Path index;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  @BeforeEach
  void corpus() throws Exception {
    corpus = TestCorpus.write(temp.resolve("corpus"));
    index = temp.resolve("index");
  }

  @AfterEach
  void stopServer() {
    ServeCommand.stopServing();
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  Run runOnCorpus(String command, String... more) {
    String[] args = new String[more.length + 5];
    args[0] = command;
    args[1] = "--corpus";
    args[2] = corpus.toString();
    args[3] = "--index";
    args[4] = index.toString();
    System.arraycopy(more, 0, args, 5, more.length);
    return run(args);
  }

  @Test
  void indexPrintsATableOfOutcomesWithReasons() {
    Run run = runOnCorpus("index");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Indexed 5 items from 9 files in "), run.out());
    assertTrue(run.out().contains(": 9 files read, 0 unchanged, 0 removed."), run.out());
    assertTrue(Pattern.compile("indexed\\s+4\\n").matcher(run.out()).find(), run.out());
    assertTrue(Pattern.compile("corpus-notes\\s+3\\n").matcher(run.out()).find(), run.out());
    assertTrue(run.out().contains("corrupt      " + TestCorpus.BROKEN), run.out());
    assertTrue(run.out().contains("empty        " + TestCorpus.EMPTY), run.out());
    assertTrue(run.out().contains("the file is empty (0 bytes)"), run.out());
    assertTrue(Files.isRegularFile(index.resolve("ingest-report.json")));
  }

  @Test
  void searchIndexesWhenNeededAndPrintsJsonOrText() throws Exception {
    Run json = runOnCorpus("search", "--json", "front", "door");
    assertEquals(0, json.status(), json.err());
    assertTrue(json.err().contains("because no index yet"), json.err());
    JsonNode result = new ObjectMapper().readTree(json.out());
    assertEquals(2, result.get("total").asInt());
    assertEquals(TestCorpus.CABINET, result.get("hits").get(0).get("source").asText());

    Run text = runOnCorpus("search", "potholes");
    assertEquals(0, text.status(), text.err());
    assertTrue(text.out().contains("Index: the index is up to date (5 items)."), text.out());
    assertTrue(text.out().contains("1 result for potholes"), text.out());
    assertTrue(
        text.out().contains("Planning Committee · 2019-09-03 · " + TestCorpus.PLANNING),
        text.out());
    assertTrue(text.out().contains("[potholes]"), text.out());
  }

  @Test
  void aChangedCorpusIsIndexedAgain() throws Exception {
    assertEquals(0, runOnCorpus("index").status());
    Files.writeString(
        corpus.resolve("borough/new-minutes.txt"), "The committee discussed allotments.");
    Run run = runOnCorpus("search", "allotments");
    assertTrue(run.out().contains("because the corpus has changed"), run.out());
    assertTrue(run.out().contains("1 result for allotments"), run.out());
  }

  @Test
  void anIndexGivenAloneAnswersForTheCorpusItWasBuiltFrom() {
    assertEquals(0, runOnCorpus("index").status());
    Run run = run("search", "--index", index.toString(), "potholes");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("Index: the index is up to date (5 items)."), run.out());
    assertTrue(run.out().contains("1 result for potholes"), run.out());
  }

  @Test
  void serveStartsAWorkingServerAndSaysWhere() throws Exception {
    Run run = runOnCorpus("serve", "--port", "0");
    assertEquals(0, run.status(), run.err());
    Matcher url =
        Pattern.compile("serving 5 items at (http://localhost:(\\d+)/)").matcher(run.out());
    assertTrue(url.find(), run.out());
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "api/search?q=MASH")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, health.statusCode());
    assertEquals(2, new ObjectMapper().readTree(health.body()).get("total").asInt());

    Run second = runOnCorpus("serve", "--port", url.group(2));
    assertEquals(1, second.status());
    assertTrue(second.err().contains("cannot listen on 127.0.0.1:" + url.group(2)), second.err());
  }

  @Test
  void mistakesAreOneClearLine() throws Exception {
    Run badQuery = runOnCorpus("search", "OR");
    assertEquals(1, badQuery.status());
    assertTrue(
        badQuery.err().contains("minutebook: the query 'OR' cannot be read"), badQuery.err());

    Run noCorpus =
        run("index", "--corpus", temp.resolve("missing").toString(), "--index", index.toString());
    assertEquals(1, noCorpus.status());
    assertTrue(noCorpus.err().contains("corpus folder not found"), noCorpus.err());

    Files.writeString(
        corpus.resolve("borough/minutebook-manifest.yaml"), "files:\n  x.txt:\n    dat: 2020\n");
    Run badManifest = runOnCorpus("index");
    assertEquals(1, badManifest.status());
    assertTrue(
        badManifest
            .err()
            .startsWith("minutebook: borough/minutebook-manifest.yaml line 3: unknown field 'dat'"),
        badManifest.err());
  }

  @Test
  void registersPrintAsTablesOrAsTheApiWouldAnswer() throws Exception {
    Run decisions = runOnCorpus("decisions", "--format", "csv");
    assertEquals(0, decisions.status(), decisions.err());
    String[] lines = decisions.out().split("\r?\n");
    assertTrue(lines[0].startsWith("id,number,text,outcome,"), decisions.out());
    assertTrue(decisions.out().contains("That the report be noted"), decisions.out());
    assertTrue(decisions.out().contains(",noted,"), decisions.out());

    Run inspections = runOnCorpus("inspections");
    assertEquals(0, inspections.status(), inspections.err());
    assertTrue(inspections.out().contains("Ofsted focused-visit, 2022-01"), inspections.out());

    Run commitments = runOnCorpus("commitments", "--format", "json");
    assertEquals(0, commitments.status(), commitments.err());
    assertTrue(new ObjectMapper().readTree(commitments.out()).isArray(), commitments.out());

    Run wrong = runOnCorpus("commitments", "--status", "finished");
    assertEquals(1, wrong.status(), wrong.out());
    assertTrue(
        wrong.err().contains("status must be one of open, possibly-followed-up"), wrong.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "serve",
        "index",
        "search",
        "timeline",
        "eval",
        "check-metadata",
        "commitments",
        "decisions",
        "inspections"
      })
  void everyCommandHasHelp(String command) {
    Run run = run(command, "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("Usage: minutebook " + command), run.out());
    // Every command that reads an archive says where it is.
    if (!command.equals("eval")) {
      assertTrue(run.out().contains("--corpus=DIR"), run.out());
    }
  }
}
