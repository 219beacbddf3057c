package org.minutebook.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
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
    ServerSettings server = new ServerSettings(host, port);
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Indexing.ensureFresh(paths, Indexing.options(ocr, err), out, err);
    Archive archive = Archive.forCorpus(paths.corpus(), paths.index());
    StaffAccess staff;
    try {
      staff = StaffAccess.open(archive, paths, staffTokenFile, System.getenv(), err);
    } catch (java.io.IOException | RuntimeException e) {
      archive.close();
      throw e;
    }
    Javalin app;
    try {
      app = WebApp.create(staff.audience()).start(server.host(), server.port());
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
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    archive.close();
                    staff.close();
                  } catch (java.io.IOException e) {
                    // The process is ending; nothing is left to protect.
                  }
                },
                "minutebook-shutdown"));
    out.printf(
        "%nMinutebook is serving %d items at http://%s:%d/  (Ctrl+C to stop)%n",
        archive.size(), server.displayHost(), app.port());
    if (staff.audience().hasStaff()) {
      out.printf("Staff access is on: requests with the staff token also see restricted items.%n");
    }
    out.flush();
    return 0;
  }
}
