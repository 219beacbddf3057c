package org.minutebook.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.minutebook.config.Paths;
import org.minutebook.config.ServerSettings;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.search.Archive;
import org.minutebook.web.WebApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minutebook serve}: serves the page and the API. With no index it indexes first; a stale
 * one is served at once and brought up to date in the background, and a newer commit (that
 * background run's, or another process's) is served within about a second.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve search, documents and timelines on http://localhost:7070/. With no index, the "
          + "corpus is indexed first; a stale index is served at once and brought up to date in "
          + "the background, and a newer commit is served within a second."
    })
final class ServeCommand implements Callable<Integer> {
  /** How often the server looks for a newer commit: a listing of the index folder. */
  static final Duration REFRESH = Duration.ofSeconds(1);

  /** How long stopping waits for a background run to roll back and end its parser workers. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);

  private static volatile Javalin running;
  private static volatile Archive served;

  private static volatile StaffAccess servedStaff;
  private static volatile BackgroundIndexing updating;

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

  @Option(
      names = "--staff-token-file",
      paramLabel = "FILE",
      description =
          "A file holding the staff token (else the MINUTEBOOK_STAFF_TOKEN environment variable):"
              + " requests with 'Authorization: Bearer <token>' also see restricted items.")
  java.nio.file.Path staffTokenFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether a server was started, so that main does not exit under it. */
  static boolean isServing() {
    return running != null;
  }

  /**
   * Stops a server this JVM started (tests start one through the real command), with its background
   * indexing, and closes its index.
   */
  static void stopServing() {
    BackgroundIndexing update = updating;
    if (update != null) {
      update.stop(STOP_WAIT);
      updating = null;
    }
    Javalin app = running;
    if (app != null) {
      app.stop();
      running = null;
    }
    Archive archive = served;
    StaffAccess staff = servedStaff;
    served = null;
    servedStaff = null;
    try {
      if (archive != null) {
        archive.close();
      }
      if (staff != null) {
        staff.close();
      }
    } catch (java.io.IOException e) {
      // Stopping anyway: nothing is written through a reader.
    }
  }

  @Override
  public Integer call() throws Exception {
    ServerSettings server =
        new ServerSettings(host, port, new ServerSettings.Admission(maxActive, maxQueued, maxWait));
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options = Indexing.options(ocr, err);
    Optional<String> stale = Indexing.prepareToServe(paths, options, out, err);
    Archive archive = Archive.forCorpus(paths.corpus(), paths.index(), answerCache);
    StaffAccess staff;
    try {
      staff = StaffAccess.open(archive, paths, staffTokenFile, answerCache, System.getenv(), err);
    } catch (java.io.IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    // Another process's `index` run into this folder is served shortly after it commits.
    archive.refreshEvery(REFRESH);
    staff.refreshEvery(REFRESH);
    Javalin app;
    try {
      app = WebApp.create(staff.audience(), server.admission()).start(server.host(), server.port());
    } catch (JavalinBindException e) {
      archive.close();
      staff.close();
      throw new IllegalArgumentException(
          "cannot listen on "
              + server.host()
              + ":"
              + server.port()
              + " (is another server using it?); choose another port with --port",
          e);
    }
    running = app;
    served = archive;
    servedStaff = staff;
    // Said before the background run starts, so that the count is the one served first.
    out.printf(
        "%nMinutebook is serving %d items at http://%s:%d/  (Ctrl+C to stop)%n",
        archive.size(), server.displayHost(), app.port());
    if (staff.audience().hasStaff()) {
      out.printf("Staff access is on: requests with the staff token also see restricted items.%n");
    }
    out.flush();
    BackgroundIndexing update =
        stale.isPresent() ? BackgroundIndexing.start(paths, options, archive, out, err) : null;
    updating = update;
    stopOnExit(app, archive, staff, update);
    return 0;
  }

  /** On Ctrl+C: the background run is rolled back, the server stopped and the index closed. */
  private static void stopOnExit(
      Javalin app, Archive archive, StaffAccess staff, BackgroundIndexing update) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (update != null) {
                    update.stop(STOP_WAIT);
                  }
                  app.stop();
                  try {
                    archive.close();
                    staff.close();
                  } catch (java.io.IOException e) {
                    // The process is ending; nothing is left to protect.
                  }
                },
                "minutebook-shutdown"));
  }
}
