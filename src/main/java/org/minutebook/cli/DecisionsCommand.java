package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.export.RegisterTables;
import org.minutebook.model.DecisionEntry;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.search.KnowledgeRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook decisions}: every decision the minutes record, with its outcome. */
@Command(
    name = "decisions",
    mixinStandardHelpOptions = true,
    description = {
      "Print the decisions the minutes record: each point of a resolution, recommendation or"
          + " action agreed, with its outcome (indexing first if needed)."
    })
final class DecisionsCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Mixin RegisterOptions register;

  @Option(
      names = "--outcome",
      paramLabel = "OUTCOME",
      description =
          "Only noted, approved, recommended, deferred, referred, rejected or other (repeatable).")
  List<String> outcomes = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<DecisionOutcome> wanted = outcomes.stream().map(DecisionOutcome::fromLabel).toList();
    return register.run(
        corpus,
        spec,
        (archive, filters) -> archive.decisions(new KnowledgeRequest(filters, List.of(), wanted)),
        RegisterTables.DECISIONS,
        DecisionsCommand::print);
  }

  private static void print(List<DecisionEntry> rows, PrintWriter out) {
    out.printf(Locale.ROOT, "%d decisions%n", rows.size());
    for (DecisionEntry e : rows) {
      out.printf(
          Locale.ROOT,
          "%-11s %-10s %s  %s#%s%n",
          e.outcome().label(),
          e.date() != null ? e.date() : "undated",
          RegisterOptions.cut(e.text(), 110),
          e.source(),
          e.anchor());
    }
  }
}
