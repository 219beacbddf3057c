package org.minutebook.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.minutebook.config.Paths;
import org.minutebook.config.ServerSettings;
import org.minutebook.search.Archive;
import org.minutebook.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook serve}: indexes the corpus if needed, then serves the page and the API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Index the corpus if the index is missing or stale, then serve search, documents and "
          + "timelines on http://localhost:7070/."
    })
final class ServeCommand implements Callable<Integer> {
  private static volatile Javalin running;

  @Mixin CorpusOptions corpus;

  @Option(
      names = "--ocr",
      description =
          "Read scanned PDF pages with Tesseract OCR (needs the tesseract-ocr package; slower).")
  boolean ocr;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + ServerSettings.DEFAULT_PORT,
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ServerSettings.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--answer-cache",
      paramLabel = "N",
      defaultValue = "" + Archive.DEFAULT_ANSWER_CACHE,
      description =
          "Searches and timelines kept whole per index version, each (default: ${DEFAULT-VALUE};"
              + " 0 works out every answer afresh).")
  int answerCache;

  @Option(
      names = "--max-active",
      paramLabel = "N",
      description =
          "API requests handled at once; more wait their turn (default: twice the cores, at"
              + " least 4; here ${DEFAULT-VALUE}).")
  int maxActive = ServerSettings.Admission.defaultMaxActive();

  @Option(
      names = "--max-queued",
      paramLabel = "N",
      description =
          "API requests that may wait for a turn; beyond them a request is refused at once with"
              + " 503 (default: ${DEFAULT-VALUE}).")
  int maxQueued = ServerSettings.Admission.DEFAULT_MAX_QUEUED;

  @Option(
      names = "--max-wait",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long a request may wait for its turn before it is refused with 503, such as 500ms"
              + " or 10s (default: 10s).")
  Duration maxWait = ServerSettings.Admission.DEFAULT_MAX_WAIT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether a server was started, so that main does not exit under it. */
  static boolean isServing() {
    return running != null;
  }

  /** Stops a server this JVM started (tests start one through the real command). */
  static void stopServing() {
    Javalin app = running;
    if (app != null) {
      app.stop();
      running = null;
    }
  }

  @Override
  public Integer call() throws Exception {
    ServerSettings server =
        new ServerSettings(host, port, new ServerSettings.Admission(maxActive, maxQueued, maxWait));
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Indexing.ensureFresh(paths, Indexing.options(ocr, err), out, err);
    Archive archive = Archive.forCorpus(paths.corpus(), paths.index(), answerCache);
    Javalin app;
    try {
      app = WebApp.create(archive, server.admission()).start(server.host(), server.port());
    } catch (JavalinBindException e) {
      archive.close();
      throw new IllegalArgumentException(
          "cannot listen on "
              + server.host()
              + ":"
              + server.port()
              + " (is another server using it?); choose another port with --port",
          e);
    }
    running = app;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    archive.close();
                  } catch (java.io.IOException e) {
                    // The process is ending; nothing is left to protect.
                  }
                },
                "minutebook-shutdown"));
    out.printf(
        "%nMinutebook is serving %d items at http://%s:%d/  (Ctrl+C to stop)%n",
        archive.size(), server.displayHost(), app.port());
    out.flush();
    return 0;
  }
}
