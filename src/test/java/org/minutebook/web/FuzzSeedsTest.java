package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link SearchFuzzTest}'s seeds are the hostile queries of {@link HostileQueryTest}, one file per
 * query, in the form {@link FuzzedRequest} reads. The test checks they are all there; {@code mvn
 * test -Dtest=FuzzSeedsTest -Dminutebook.writeFuzzSeeds=true} writes them again after the hostile
 * queries change.
 */
class FuzzSeedsTest {
  static final Path SEEDS =
      Path.of(
          "src/test/resources/org/minutebook/web/SearchFuzzTestInputs/queryEndpointsAnswer200Or400");

  /** The longest query a seed holds: what {@link FuzzedRequest} sends at most. */
  private static final int MAX_QUERY_BYTES = 2_400;

  @Test
  void everyHostileQueryIsASeed() throws IOException {
    List<String> stale = new ArrayList<>();
    List<HostileQueryTest.Hostile> queries =
        HostileQueryTest.HostileFile.read("hostile-queries.txt");
    for (int i = 0; i < queries.size(); i++) {
      HostileQueryTest.Hostile query = queries.get(i);
      Path file = SEEDS.resolve(name(query));
      if (!Files.isRegularFile(file) || !Arrays.equals(seed(query, i), Files.readAllBytes(file))) {
        stale.add(query.label());
      }
    }
    assertEquals(
        List.of(),
        stale,
        "seeds missing or out of date: run mvn test -Dtest=FuzzSeedsTest"
            + " -Dminutebook.writeFuzzSeeds=true");
  }

  @Test
  @EnabledIfSystemProperty(named = "minutebook.writeFuzzSeeds", matches = "true")
  void writeTheSeeds() throws IOException {
    Files.createDirectories(SEEDS);
    List<HostileQueryTest.Hostile> queries =
        HostileQueryTest.HostileFile.read("hostile-queries.txt");
    for (int i = 0; i < queries.size(); i++) {
      Files.write(SEEDS.resolve(name(queries.get(i))), seed(queries.get(i), i));
    }
  }

  private static String name(HostileQueryTest.Hostile query) {
    return String.format(Locale.ROOT, "hostile-line-%03d", query.line());
  }

  /**
   * The query's bytes (a raw one percent-decoded, whatever bytes that gives), then a zero for each
   * parameter (none sent), then the endpoint: the queries take turns at each.
   */
  static byte[] seed(HostileQueryTest.Hostile query, int index) {
    byte[] text =
        query.raw()
            ? HostileQueryTest.HostileFile.percentDecoded(query.text())
            : utf8(query.text());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(text, 0, Math.min(text.length, MAX_QUERY_BYTES));
    out.writeBytes(new byte[FuzzedRequest.PARAM_BYTES - 1]);
    out.write(index % FuzzedRequest.ENDPOINTS.size());
    return out.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
