package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.search.Archive;
import org.minutebook.search.Queries;
import org.minutebook.search.QuerySyntaxException;

/**
 * Issue 4: malformed and hostile query strings never cause a server error. Every string in {@code
 * hostile-queries.txt} (its header documents the format) goes over real HTTP to each endpoint that
 * takes a query, and straight to {@link Queries#text}. The server must answer each with 200 or with
 * 400 and a JSON message; the parser must return a query or refuse with a {@link
 * QuerySyntaxException}. Failures are collected and reported together, naming each query.
 */
class HostileQueryTest {
  private static final String DATA = "hostile-queries.txt";
  private static final int MIN_QUERIES = 200;

  /**
   * Jetty's default request-header buffer (8 KB) holds the request line too. A longer request
   * target is refused by Jetty itself with 414 or 431 (now and then with 505 "HTTP/0.9 not
   * supported": it read the cut request line as one with no version) and an HTML error page, before
   * the app sees it. That is accepted for inputs over 8 KB, which no person types, and for no
   * others.
   */
  private static final int MAX_REQUEST_TARGET = 8 * 1024;

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The theme-and-query timeline also builds a highlight query from both, another code path. */
  private static final List<Endpoint> ENDPOINTS =
      List.of(
          new Endpoint("/api/search", "/api/search?q=", List.of("total", "hits")),
          new Endpoint("/api/timeline", "/api/timeline?q=", List.of("total", "buckets", "entries")),
          new Endpoint(
              "/api/timeline+theme",
              "/api/timeline?theme=front-door&q=",
              List.of("total", "buckets", "entries")),
          new Endpoint("/api/suggest", "/api/suggest?prefix=", List.of()),
          new Endpoint(
              "/api/search+json-export",
              "/api/search?format=json&q=",
              List.of("total", "exported", "truncated", "hits")),
          new Endpoint("/api/meetings", "/api/meetings?q=", List.of("total", "meetings")),
          // The feed answers Atom, not JSON; its errors are JSON like every endpoint's.
          new Endpoint("/api/feed", "/api/feed?q=", List.of(), "application/atom+xml"));

  @TempDir static Path temp;
  static Archive archive;
  static Javalin app;
  static HttpClient http;
  static List<Hostile> queries;

  @BeforeAll
  static void start() throws IOException {
    queries = HostileFile.read(DATA);
    archive = TestCorpus.index(temp).archive();
    app = WebApp.create(archive).start("127.0.0.1", 0);
    // HTTP/1.1 explicitly: the default would try an h2c upgrade, which is not what browsers send.
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    archive.close();
    http.close();
  }

  @Test
  void theFileHoldsAtLeast200DistinctQueriesInEveryCategory() {
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    Set<Hostile> distinct = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (Hostile q : queries) {
      perCategory.merge(q.category(), 1, Integer::sum);
      if (!distinct.add(q)) {
        repeated.add(q.label());
      }
    }
    System.out.println("HostileQueryTest: " + queries.size() + " queries " + perCategory);
    assertEquals(List.of(), repeated, "queries listed twice");
    assertTrue(distinct.size() >= MIN_QUERIES, distinct.size() + " distinct queries");
    assertEquals(9, perCategory.size(), "categories: " + perCategory.keySet());
  }

  @Test
  void noQueryCausesAServerErrorOnAnyEndpoint() throws Exception {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Endpoint endpoint : ENDPOINTS) {
      if (endpoint.name().equals("/api/suggest") && !suggestExists()) {
        System.out.println(
            "HostileQueryTest: SKIPPED /api/suggest: it answers 404 without mentioning 'prefix',"
                + " so the endpoint is not there yet");
        continue;
      }
      endpoints.add(endpoint);
    }
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Hostile q : queries) {
      for (Endpoint endpoint : endpoints) {
        requests++;
        check(q, endpoint).ifPresent(problem -> failures.add(q.label() + " " + problem));
      }
    }
    Answer health = send("/api/health");
    if (health.status() != 200) {
      failures.add("/api/health after the hostile queries → " + health.status());
    }
    assertTrue(
        failures.isEmpty(),
        failures.size() + " of " + requests + " requests failed:\n" + String.join("\n", failures));
  }

  @Test
  void theParserEitherReadsOrRefusesEveryQuery() {
    List<String> failures = new ArrayList<>();
    for (Hostile q : queries) {
      String text = q.decoded();
      try {
        Query query = Queries.text(text);
        if (query == null) {
          failures.add(q.label() + " → null query");
        }
      } catch (QuerySyntaxException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
          failures.add(q.label() + " → QuerySyntaxException without a message");
        }
      } catch (Throwable t) { // errors too: a StackOverflowError would be a 500 just the same
        failures.add(q.label() + " → " + firstLines(t));
      }
    }
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + queries.size()
            + " queries escaped the parser:\n"
            + String.join("\n", failures));
  }

  /**
   * One endpoint that takes a query, the fields a 200 answer must carry, and the media type of a
   * 200 answer.
   */
  private record Endpoint(String name, String prefix, List<String> okFields, String okType) {
    Endpoint(String name, String prefix, List<String> okFields) {
      this(name, prefix, okFields, "application/json");
    }
  }

  /** A status, content type and body, however the request was sent. */
  private record Answer(int status, String contentType, String body) {}

  /**
   * Whether {@code /api/suggest} exists: the lead is adding it. A 404 that does not mention the
   * parameter is the router's "no such endpoint", not the endpoint refusing a prefix.
   */
  private static boolean suggestExists() throws IOException, InterruptedException {
    Answer probe = send("/api/suggest?prefix=front");
    if (probe.status() != 404) {
      return true;
    }
    return errorOf(probe.body()).map(error -> error.contains("prefix")).orElse(false);
  }

  /** What is wrong with the answer to {@code q} at {@code endpoint}, if anything. */
  private static Optional<String> check(Hostile q, Endpoint endpoint) {
    String target = endpoint.prefix() + q.encoded();
    String where = "@ " + endpoint.name();
    Answer answer;
    try {
      answer = send(target);
    } catch (IOException | InterruptedException | RuntimeException e) {
      return Optional.of(where + ": no answer: " + e);
    }
    int status = answer.status();
    String summary = where + " → " + status + " " + abbreviate(answer.body(), 300);
    boolean tooLong = target.length() > MAX_REQUEST_TARGET;
    if (tooLong && (status == 414 || status == 431 || status == 505)) {
      return Optional.empty(); // refused by Jetty, before the app, for its length alone
    }
    if (status >= 500) {
      return Optional.of(summary);
    }
    if (status != 200 && status != 400) {
      return Optional.of(summary + " (expected 200 or 400)");
    }
    if (status == 200 && !endpoint.okType().equals("application/json")) {
      return answer.contentType().startsWith(endpoint.okType()) && !answer.body().isEmpty()
          ? Optional.empty()
          : Optional.of(summary + " (content type '" + answer.contentType() + "')");
    }
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (JsonProcessingException e) {
      return Optional.of(summary + " (body is not JSON)");
    }
    if (body == null || !answer.contentType().startsWith("application/json")) {
      return Optional.of(summary + " (content type '" + answer.contentType() + "')");
    }
    if (status == 400) {
      JsonNode error = body.get("error");
      if (error == null || !error.isTextual() || error.asText().isBlank()) {
        return Optional.of(summary + " (400 without an \"error\" message)");
      }
      return Optional.empty();
    }
    for (String field : endpoint.okFields()) {
      if (!body.has(field)) {
        return Optional.of(summary + " (200 without \"" + field + "\")");
      }
    }
    return Optional.empty();
  }

  /**
   * GETs {@code target}. {@link URI} refuses malformed percent escapes ({@code %zz}, a trailing
   * {@code %}), which are exactly what some raw queries test, so those go over a plain socket.
   */
  private static Answer send(String target) throws IOException, InterruptedException {
    URI uri;
    try {
      uri = URI.create("http://127.0.0.1:" + app.port() + target);
    } catch (IllegalArgumentException e) {
      return sendOverSocket(target);
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("content-type").orElse(""),
        response.body());
  }

  /**
   * HTTP/1.0, so that the body is neither chunked nor kept alive: it ends where the stream does.
   */
  private static Answer sendOverSocket(String target) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] all = socket.getInputStream().readAllBytes();
      // ISO-8859-1 maps bytes to chars one to one, so indexes into the head are byte offsets.
      String raw = new String(all, StandardCharsets.ISO_8859_1);
      int end = raw.indexOf("\r\n\r\n");
      String head = end < 0 ? raw : raw.substring(0, end);
      String body =
          end < 0 ? "" : new String(all, end + 4, all.length - end - 4, StandardCharsets.UTF_8);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      String contentType = "";
      for (String line : lines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          contentType = line.substring("content-type:".length()).strip();
        }
      }
      return new Answer(status, contentType, body);
    }
  }

  private static Optional<String> errorOf(String body) {
    try {
      JsonNode error = JSON.readTree(body).get("error");
      return error == null ? Optional.empty() : Optional.of(error.asText());
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The throwable and the first frames of its stack, which is what the fix needs. */
  private static String firstLines(Throwable t) {
    StringBuilder out = new StringBuilder(t.toString());
    StackTraceElement[] stack = t.getStackTrace();
    for (int i = 0; i < Math.min(6, stack.length); i++) {
      out.append("\n      at ").append(stack[i]);
    }
    if (t.getCause() != null && t.getCause() != t) {
      out.append("\n      caused by ").append(t.getCause());
    }
    return out.toString();
  }

  /** At most {@code max} characters, with invisible characters shown as escapes. */
  static String abbreviate(String text, int max) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (c == ' '
          || (!Character.isWhitespace(c)
              && !Character.isISOControl(c)
              && type != Character.FORMAT
              && type != Character.SURROGATE
              && type != Character.UNASSIGNED
              && type != Character.NON_SPACING_MARK
              && type != Character.SPACE_SEPARATOR
              && type != Character.LINE_SEPARATOR
              && type != Character.PARAGRAPH_SEPARATOR)) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    if (out.length() >= max && text.length() > max) {
      out.append("… (").append(text.length()).append(" chars)");
    }
    return out.toString();
  }

  /**
   * One query of the file: where it is, what it is, and whether it is sent as written (raw) or URL
   * encoded.
   */
  record Hostile(String category, int line, String text, boolean raw) {
    /** What follows {@code q=} in the request. */
    String encoded() {
      return raw ? text : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The string the server's handler sees, as near as the test can tell: for the parser test. */
    String decoded() {
      return raw ? HostileFile.lenientDecode(text) : text;
    }

    /** How failures name the query: its line and a readable, bounded form. */
    String label() {
      return "["
          + category
          + ", line "
          + line
          + "] "
          + (raw ? "raw q=" + text : "\"" + abbreviate(text, 60) + "\"");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hostile h && h.raw == raw && h.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode() * 31 + Boolean.hashCode(raw);
    }
  }

  /** Reads the query file; its header documents the format implemented here. */
  static final class HostileFile {
    private static final String CATEGORY_START = "# == ";
    private static final String CATEGORY_END = " ==";

    private HostileFile() {}

    static List<Hostile> read(String resource) throws IOException {
      String text;
      try (InputStream in = HostileQueryTest.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("missing test resource " + resource);
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      List<Hostile> out = new ArrayList<>();
      String category = null;
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        int number = i + 1;
        if (line.startsWith(CATEGORY_START) && line.endsWith(CATEGORY_END)) {
          category = line.substring(CATEGORY_START.length(), line.length() - CATEGORY_END.length());
          continue;
        }
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (category == null) {
          throw new IllegalStateException(resource + ":" + number + ": query before a category");
        }
        if (Character.isWhitespace(line.charAt(line.length() - 1))) {
          // An editor would strip it unseen; @gen says it out loud.
          throw new IllegalStateException(
              resource + ":" + number + ": ends in whitespace; write it with @gen");
        }
        out.add(parseLine(resource, number, category, line));
      }
      return out;
    }

    private static Hostile parseLine(String resource, int number, String category, String line) {
      if (!line.startsWith("@")) {
        return new Hostile(category, number, line, false);
      }
      if (line.equals("@empty")) {
        return new Hostile(category, number, "", false);
      }
      if (line.startsWith("@raw ")) {
        return new Hostile(category, number, line.substring("@raw ".length()), true);
      }
      if (line.startsWith("@gen ")) {
        try {
          return new Hostile(category, number, generate(line.substring("@gen ".length())), false);
        } catch (RuntimeException e) {
          throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
        }
      }
      throw new IllegalStateException(resource + ":" + number + ": unknown directive " + line);
    }

    /**
     * Concatenates pieces separated by {@code +}: {@code "text"} or {@code N*"text"}, with the
     * escapes {@code \" \\ \t \n \r \\uXXXX} inside the quotes.
     */
    static String generate(String spec) {
      StringBuilder out = new StringBuilder();
      int i = 0;
      boolean first = true;
      while (true) {
        i = skipSpaces(spec, i);
        if (i == spec.length()) {
          if (first) {
            throw new IllegalArgumentException("@gen with no pieces");
          }
          return out.toString();
        }
        if (!first) {
          if (spec.charAt(i) != '+') {
            throw new IllegalArgumentException("expected + at column " + i);
          }
          i = skipSpaces(spec, i + 1);
        }
        int times = 1;
        int digits = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
          i++;
        }
        if (i > digits) {
          times = Integer.parseInt(spec.substring(digits, i));
          if (i == spec.length() || spec.charAt(i) != '*') {
            throw new IllegalArgumentException("expected * after the count at column " + i);
          }
          i++;
        }
        if (i == spec.length() || spec.charAt(i) != '"') {
          throw new IllegalArgumentException("expected \" at column " + i);
        }
        StringBuilder piece = new StringBuilder();
        i = quoted(spec, i + 1, piece);
        out.append(piece.toString().repeat(times));
        first = false;
      }
    }

    private static int skipSpaces(String spec, int i) {
      while (i < spec.length() && spec.charAt(i) == ' ') {
        i++;
      }
      return i;
    }

    /**
     * Reads a quoted string's content from {@code i}; returns the index after its closing quote.
     */
    private static int quoted(String spec, int i, StringBuilder out) {
      while (i < spec.length()) {
        char c = spec.charAt(i);
        if (c == '"') {
          return i + 1;
        }
        if (c != '\\') {
          out.append(c);
          i++;
          continue;
        }
        if (i + 1 == spec.length()) {
          break;
        }
        char e = spec.charAt(i + 1);
        switch (e) {
          case '"', '\\' -> out.append(e);
          case 't' -> out.append('\t');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 'u' -> {
            if (i + 6 > spec.length()) {
              throw new IllegalArgumentException("truncated \\u escape at column " + i);
            }
            out.append((char) Integer.parseInt(spec.substring(i + 2, i + 6), 16));
            i += 4;
          }
          default ->
              throw new IllegalArgumentException("unknown escape \\" + e + " at column " + i);
        }
        i += 2;
      }
      throw new IllegalArgumentException("unclosed quote");
    }

    /**
     * Percent-decodes as a form: {@code +} is a space, a well-formed escape is a byte, anything
     * else is kept as it is, and invalid UTF-8 becomes U+FFFD.
     */
    static String lenientDecode(String text) {
      return new String(percentDecoded(text), StandardCharsets.UTF_8);
    }

    /** {@code +} is a space, a well-formed escape is its byte, anything else its UTF-8 bytes. */
    static byte[] percentDecoded(String text) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int i = 0;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (c == '+') {
          bytes.write(' ');
        } else if (c == '%'
            && i + 2 < text.length()
            && Character.digit(text.charAt(i + 1), 16) >= 0
            && Character.digit(text.charAt(i + 2), 16) >= 0) {
          bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        }
        i += Character.charCount(c);
      }
      return bytes.toByteArray();
    }
  }
}
