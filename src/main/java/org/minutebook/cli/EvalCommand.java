package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.config.Paths;
import org.minutebook.eval.Evaluation;
import org.minutebook.eval.GoldenSet;
import org.minutebook.search.Archive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minutebook eval FILE}: scores Minutebook's ranking on a golden set of judged queries, next
 * to a plain BM25 baseline computed on the same index in the same run.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score search quality on a golden set (YAML: corpus, queries with graded relevant sources):"
          + " nDCG@10, MRR and recall@10 for Minutebook and for a plain BM25 baseline (whole"
          + " text, no thesaurus, no weights). The corpus is indexed first if needed."
    })
final class EvalCommand implements Callable<Integer> {
  /** Where golden sets' corpora are indexed, beside the installation's own index. */
  static final String EVAL_INDEXES = "index-eval";

  @Parameters(paramLabel = "FILE", description = "The golden set, e.g. eval/golden-sample.yaml.")
  Path file;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Folder for the corpus's index (default: index-eval/<corpus folder name>).")
  Path index;

  @Option(names = "--verbose", description = "Also print what each system ranked first.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    GoldenSet set = GoldenSet.read(file);
    Path indexDir =
        index != null
            ? index
            : Paths.home().resolve(EVAL_INDEXES).resolve(set.corpus().getFileName().toString());
    Paths paths = Paths.resolve(set.corpus(), indexDir);
    Indexing.ensureFresh(paths, out, spec.commandLine().getErr());
    Evaluation.Report report;
    try (Archive archive = Archive.forCorpus(paths.corpus(), paths.index())) {
      report = Evaluation.run(set, archive);
    }
    print(report, out);
    out.flush();
    return 0;
  }

  private void print(Evaluation.Report report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%n%-36s %-9s %8s %8s%n",
        "query (" + report.queries().size() + ")",
        "kind",
        "nDCG@10",
        "BM25");
    for (Evaluation.QueryOutcome q : report.queries()) {
      out.printf(
          Locale.ROOT,
          "%-36s %-9s %8.3f %8.3f%s%n",
          shorten(q.query().id(), 36),
          q.query().kind(),
          q.ours().ndcg(),
          q.base().ndcg(),
          q.fallback() ? "  (fallback)" : "");
      if (verbose) {
        out.printf(Locale.ROOT, "    query:    %s%n", q.query().query());
        out.printf(Locale.ROOT, "    ours:     %s%n", q.minutebook());
        out.printf(Locale.ROOT, "    baseline: %s%n", q.baseline());
        out.printf(Locale.ROOT, "    relevant: %s%n", q.query().relevant());
      }
    }
    out.printf(Locale.ROOT, "%n%-22s %8s %8s %10s%n", "", "nDCG@10", "MRR", "recall@10");
    line(out, "Minutebook", report.ours());
    line(out, "plain BM25 baseline", report.baseline());
    out.printf(Locale.ROOT, "%nnDCG@10 gain over the baseline: %+.3f%n", report.gain());
  }

  private static void line(PrintWriter out, String name, Evaluation.Scores scores) {
    out.printf(
        Locale.ROOT,
        "%-22s %8.3f %8.3f %10.3f%n",
        name,
        scores.ndcg(),
        scores.mrr(),
        scores.recall());
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }
}
