package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/**
 * Old binary Word (.doc): no Java library writes it, so LibreOffice converts the DOCX fixture (the
 * launcher installs it for the tests where it can). Skipped, saying so, without LibreOffice.
 */
class DocFormatTest {
  @TempDir Path temp;

  @Test
  void aWordDocGivesTheSameItemsAsEveryOtherFormat() throws Exception {
    Path soffice = onPath("soffice");
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Path docx = temp.resolve("minutes.docx");
    TestCorpus.docx(docx, FormatsTest.LINES.toArray(String[]::new));
    Process convert =
        new ProcessBuilder(
                soffice.toString(),
                "-env:UserInstallation=file://" + temp.resolve("profile"),
                "--headless",
                "--convert-to",
                "doc",
                "--outdir",
                corpus.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("soffice.log").toFile())
            .start();
    assertTrue(convert.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
    Path doc = corpus.resolve("minutes.doc");
    assertTrue(Files.isRegularFile(doc), Files.readString(temp.resolve("soffice.log")));

    List<AgendaItem> items = Collections.synchronizedList(new ArrayList<>());
    IngestReport report =
        new Ingester(IngestOptions.defaults()).run(corpus, items::add, IngestListener.NONE);
    assertEquals(IngestStatus.INDEXED, report.files().get(0).status(), report.toString());
    assertEquals("application/msword", report.files().get(0).contentType());
    FormatsTest.assertTheMinutes("minutes.doc", items);
  }

  private static Path onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String reason =
        "skipped: " + command + " (LibreOffice) is not installed to write a .doc fixture";
    System.err.println("[minutebook] " + reason);
    Assumptions.abort(reason);
    return null;
  }
}
