package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The load generator's floor on this machine: every client against {@link TrivialServer} in another
 * JVM, at concurrency 1, 4 and 16, in rounds (the first is the JIT's warm-up). A measurement, not a
 * check: run it with {@code mvn test -Dtest=HttpFloorTest -Dminutebook.floor=true}.
 */
@EnabledIfSystemProperty(named = "minutebook.floor", matches = "true")
class HttpFloorTest {
  private static final int ROUNDS = 3;
  private static final int TIMED = 20_000;

  @Test
  void floor() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Path log = Files.createTempFile("trivial-server-", ".log");
    Process server =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                TrivialServer.class.getName(),
                Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      awaitUp(base);
      for (int round = 1; round <= ROUNDS; round++) {
        for (int concurrency : new int[] {1, 4, 16}) {
          for (HttpLoad.Client client : HttpLoad.Client.values()) {
            HttpLoad.Result result =
                HttpLoad.run(
                    base,
                    List.of("/"),
                    concurrency,
                    TIMED / 4,
                    TIMED,
                    Duration.ofSeconds(10),
                    client);
            assertEquals(0, result.errors(), result.toString());
            System.out.printf(Locale.ROOT, "round %d %-15s %s%n", round, client, result);
          }
        }
      }
    } finally {
      server.destroy();
      server.waitFor();
      Files.delete(log);
    }
  }

  private static void awaitUp(URI base) throws IOException, InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (HttpLoad.run(base, List.of("/"), 1, 0, 1, Duration.ofSeconds(1)).errors() == 0) {
        return;
      }
      Thread.sleep(20);
    }
    throw new IOException("the trivial server did not start");
  }
}
