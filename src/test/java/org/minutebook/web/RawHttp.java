package org.minutebook.web;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Requests written byte for byte on a plain socket, so that what goes on the wire is exactly what
 * the test wrote: {@link java.net.URI} and {@link java.net.http.HttpClient} refuse or normalise
 * many of the paths these tests send ({@code %zz}, backslashes, raw dot segments, {@code ;}).
 */
final class RawHttp {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  /**
   * For requests too long for {@link #send}: it writes everything before it reads, so when Jetty
   * refuses the request part-way and closes with bytes unread, the reset can discard the answer.
   * This client reads while it writes.
   */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private RawHttp() {}

  /** GET {@code target} with the JDK's client and extra {@code headers} (name, value, ...). */
  static Answer viaClient(Javalin app, String target, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + target))
            .timeout(TIMEOUT);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    HttpResponse<byte[]> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    List<String> lines = new ArrayList<>();
    response
        .headers()
        .map()
        .forEach((name, values) -> values.forEach(v -> lines.add(name + ": " + v)));
    return new Answer(
        response.statusCode(), lines, new String(response.body(), StandardCharsets.ISO_8859_1));
  }

  /**
   * An answer. The body is kept as ISO-8859-1 text, which maps each byte to one char, so that any
   * byte sequence can be searched for.
   */
  record Answer(int status, List<String> headerLines, String body) {
    /** The first value of {@code name} (case ignored), if any. */
    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headerLines.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(line -> line.substring(prefix.length()).strip())
          .findFirst();
    }

    /** Every header line whose name starts with {@code prefix} (case ignored). */
    List<String> headersStartingWith(String prefix) {
      String lower = prefix.toLowerCase(Locale.ROOT);
      return headerLines.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(lower))
          .toList();
    }
  }

  /**
   * {@code GET target HTTP/1.0}: neither chunked nor kept alive, so the body ends where the stream
   * does. {@code target} is written as ISO-8859-1, one byte per char.
   */
  static Answer get(Javalin app, String target) throws IOException {
    return send(app, "GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
  }

  /** Writes {@code request} as ISO-8859-1 and reads the answer until the server closes. */
  static Answer send(Javalin app, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return parse(readAll(socket.getInputStream()));
    }
  }

  /**
   * Writes {@code request} and reads only the status line and headers, leaving the connection open:
   * for requests whose body is never finished.
   */
  static Answer sendAndReadHead(Javalin app, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!new String(head.toByteArray(), StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.write(b);
      }
      return parse(head.toByteArray());
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new IOException("no end of answer within " + TIMEOUT + ": " + all.size() + " bytes", e);
    } catch (IOException e) {
      // A reset after the answer was written still leaves the answer to check.
      if (all.size() == 0) {
        throw e;
      }
    }
    return all.toByteArray();
  }

  private static Answer parse(byte[] bytes) throws IOException {
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = raw.indexOf("\r\n\r\n");
    String head = end < 0 ? raw : raw.substring(0, end);
    String body = end < 0 ? "" : raw.substring(end + 4);
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ");
    if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP answer: '" + lines[0] + "'");
    }
    List<String> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      headers.add(lines[i]);
    }
    return new Answer(Integer.parseInt(statusLine[1]), headers, body);
  }
}
