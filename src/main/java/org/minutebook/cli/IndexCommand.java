package org.minutebook.cli;

import java.util.concurrent.Callable;
import org.minutebook.config.Paths;
import org.minutebook.model.IngestReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code minutebook index}: brings the index up to date and reports what was indexed and what was
 * not.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Bring the index of a corpus up to date (only new and changed files are read) and print "
          + "what was indexed and what was skipped, with reasons."
    })
final class IndexCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;

  @Option(
      names = "--ocr",
      description =
          "Read scanned PDF pages with Tesseract OCR (needs the tesseract-ocr package; slower).")
  boolean ocr;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Paths paths = corpus.paths();
    var out = spec.commandLine().getOut();
    out.println("Indexing " + paths.corpus() + " into " + paths.index());
    out.flush();
    var err = spec.commandLine().getErr();
    IngestReport report = Indexing.build(paths, Indexing.options(ocr, err), err);
    Indexing.printReport(report, out);
    return 0;
  }
}
