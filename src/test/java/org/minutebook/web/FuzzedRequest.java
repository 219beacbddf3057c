package org.minutebook.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request to a query endpoint made from fuzzer input, for {@link SearchFuzzTest}.
 *
 * <p>The input is read in a fixed order: from its end, one byte for the endpoint and one byte for
 * each parameter of {@link #PARAMS} (0: absent; 1 to n: one of the parameter's listed values,
 * plausible or just beyond a limit; n + 1: a string of the fuzzer's, taken from the input's front);
 * then every byte left is the query, sent percent-encoded byte by byte, so that invalid UTF-8
 * reaches the server too. A seed is therefore a query's bytes followed by {@value #PARAM_BYTES}
 * bytes: zeros for "no parameter", then the endpoint's index last. The seeds made from {@code
 * hostile-queries.txt} have that form.
 *
 * @param endpoint the path, one of {@link #ENDPOINTS}
 * @param params the parameters other than {@code q}, in order
 * @param query the query's bytes, or none
 */
record FuzzedRequest(String endpoint, List<Map.Entry<String, String>> params, byte[] query) {
  /** The endpoints fuzzed: search, timeline, and the meetings list and feed that share search's. */
  static final List<String> ENDPOINTS =
      List.of("/api/search", "/api/timeline", "/api/meetings", "/api/feed");

  /** Parameters and the values each may take besides "absent" and a fuzzed string. */
  static final List<Map.Entry<String, List<String>>> PARAMS =
      List.of(
          Map.entry("theme", List.of("front-door", "recruitment", "no-such-theme")),
          Map.entry("committee", List.of("Cabinet", "Children's Services Scrutiny Committee")),
          Map.entry("council", List.of("Example Borough Council", "")),
          Map.entry("type", List.of("minutes", "agenda")),
          Map.entry("section", List.of("resolved", "nonsense")),
          Map.entry("record", List.of("decision", "nonsense")),
          Map.entry("year", List.of("2021", "0000", "9999", "21")),
          Map.entry(
              "from",
              List.of("2020-01-01", "0001-01-01", "+999999999-12-31", "2021-02-30", "2021-1-1")),
          Map.entry("to", List.of("2022-12-31", "1900-01-01", "-999999999-01-01")),
          Map.entry("page", List.of("1", "2", "0", "-1", "100", "101", "2147483647", "1e3")),
          Map.entry("size", List.of("1", "10", "100", "101", "0", "-5", "99999999999")),
          Map.entry("sort", List.of("relevance", "newest", "oldest", "random")),
          Map.entry("interval", List.of("year", "quarter", "month", "week")),
          Map.entry("split", List.of("committee", "council", "theme")),
          Map.entry("entries", List.of("0", "20", "2000", "2001", "-1")),
          Map.entry("thesaurus", List.of("on", "off", "maybe")),
          Map.entry("recency", List.of("on", "off")),
          Map.entry("format", List.of("json", "csv", "xml")),
          // A second query: timelines compare it with the first.
          Map.entry("q", List.of("front door", "MASH", "recruit*")));

  /** How many bytes at the end of an input choose the endpoint and the parameters. */
  static final int PARAM_BYTES = 20;

  /** The longest fuzzed parameter value. */
  private static final int MAX_VALUE = 64;

  /**
   * The longest query sent: percent-encoded, it stays within Jetty's 8 KB request line, so that
   * inputs are not wasted on 414s.
   */
  private static final int MAX_QUERY_BYTES = 2_400;

  /** Reads a request from {@code data}. */
  static FuzzedRequest from(FuzzedDataProvider data) {
    String endpoint = ENDPOINTS.get(data.consumeInt(0, ENDPOINTS.size() - 1));
    List<Map.Entry<String, String>> params = new ArrayList<>();
    for (Map.Entry<String, List<String>> param : PARAMS) {
      List<String> values = param.getValue();
      int choice = data.consumeInt(0, values.size() + 1);
      if (choice == 0) {
        continue;
      }
      String value =
          choice <= values.size() ? values.get(choice - 1) : data.consumeString(MAX_VALUE);
      params.add(Map.entry(param.getKey(), value));
    }
    byte[] query = data.consumeRemainingAsBytes();
    if (query.length > MAX_QUERY_BYTES) {
      query = Arrays.copyOf(query, MAX_QUERY_BYTES);
    }
    return new FuzzedRequest(endpoint, List.copyOf(params), query);
  }

  /** The request target: the path and the query string. */
  String target() {
    StringBuilder out = new StringBuilder(endpoint).append('?');
    if (query.length > 0) {
      out.append("q=");
      for (byte b : query) {
        int c = b & 0xff;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
          out.append((char) c);
        } else {
          out.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
      }
    }
    for (Map.Entry<String, String> param : params) {
      out.append('&')
          .append(param.getKey())
          .append('=')
          .append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  /** The value of parameter {@code name}, or "" when absent. */
  String param(String name) {
    return params.stream()
        .filter(p -> p.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }

  @Override
  public String toString() {
    return target();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FuzzedRequest r && r.target().equals(target());
  }

  @Override
  public int hashCode() {
    return target().hashCode();
  }
}
