package org.minutebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Requests to a Javalin app a test started on a free port. */
public final class TestHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestHttp() {}

  /** GET {@code path}, whatever the answer. */
  public static HttpResponse<String> get(Javalin app, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GET {@code path}, which must answer 400 with a message; gives the message. */
  public static String badRequest(Javalin app, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response = get(app, path);
    assertEquals(400, response.statusCode(), path + " → " + response.body());
    String error = JSON.readTree(response.body()).get("error").asText();
    assertFalse(error.isBlank(), path + " → " + response.body());
    return error;
  }

  /** GET {@code path}, which must answer 200 with JSON. */
  public static JsonNode getJson(Javalin app, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> response = get(app, path);
    assertEquals(200, response.statusCode(), path + " → " + response.body());
    return JSON.readTree(response.body());
  }
}
