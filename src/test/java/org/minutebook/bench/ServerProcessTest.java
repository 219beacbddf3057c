package org.minutebook.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;

/**
 * The real server in a child JVM on an index of the sample minutes: it answers, reports its heap,
 * takes load, and is gone after close. One server for the class, closed by the last test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerProcessTest {
  private static final Path CORPUS = Path.of("corpus", "sample").toAbsolutePath();
  private static final Duration START = Duration.ofSeconds(60);
  private static final List<String> PATHS =
      List.of(
          "/api/search?q=recruitment+agency+staff",
          "/api/timeline?theme=recruitment",
          "/api/search?q=%22front+door%22");

  @TempDir static Path temp;
  static ServerProcess server;

  @BeforeAll
  static void start() throws IOException {
    Path index = temp.resolve("index");
    IndexBuilder.build(CORPUS, index, IngestOptions.defaults().inProcess(), IngestListener.NONE);
    server = ServerProcess.start(CORPUS, index, 0, "256m", PATHS.getFirst(), START);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void answersOnTheIndexItWasGivenWithoutReindexing() throws IOException {
    assertTrue(server.listening().compareTo(Duration.ZERO) > 0, server.listening().toString());
    assertTrue(server.firstAnswer().compareTo(server.listening()) > 0);
    assertTrue(server.firstAnswer().compareTo(START) < 0);
    assertTrue(server.base().getPort() > 0);
    assertTrue(ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false));
    assertFalse(server.reindexed(), server.log());
  }

  @Test
  @Order(2)
  void takesLoadWithoutErrors() throws InterruptedException {
    for (int concurrency : new int[] {1, 4}) {
      HttpLoad.Result result =
          HttpLoad.run(server.base(), PATHS, concurrency, 20, 60, Duration.ofSeconds(10));
      assertEquals(0, result.errors(), result.toString());
      assertEquals(60, result.latency().calls());
      assertTrue(result.requestsPerSecond() > 1, result.toString());
      assertTrue(result.latency().p50() > 0, result.toString());
      assertTrue(result.latency().p50() < 1_000, result.toString());
    }
  }

  @Test
  @Order(3)
  void reportsItsHeapAfterACollection() throws IOException {
    long used = server.heapUsedAfterGc();
    assertTrue(used > 1L << 20 && used < 1L << 30, "heap used: " + used);
  }

  @Test
  @Order(4)
  void closeLeavesNoProcess() {
    long pid = server.pid();
    List<ProcessHandle> children = ProcessHandle.of(pid).orElseThrow().descendants().toList();
    server.close();
    server.close();
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), children.toString());
  }

  @Test
  @Order(5)
  void aServerThatCannotStartSaysWhyWithItsLog() throws IOException {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                ServerProcess.start(
                    CORPUS,
                    temp.resolve("index"),
                    0,
                    "not-a-size",
                    "/api/health",
                    Duration.ofSeconds(20)));
    assertTrue(e.getMessage().contains("exited"), e.getMessage());
    assertTrue(e.getMessage().contains("Xmx"), e.getMessage());
    Matcher log = Pattern.compile("\\((\\S+\\.log)\\)").matcher(e.getMessage());
    assertTrue(log.find(), "the message names the log: " + e.getMessage());
    Files.delete(Path.of(log.group(1)));
  }
}
