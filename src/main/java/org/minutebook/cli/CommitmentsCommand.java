package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.export.RegisterTables;
import org.minutebook.model.CommitmentEntry;
import org.minutebook.model.CommitmentStatus;
import org.minutebook.model.FollowUp;
import org.minutebook.search.KnowledgeRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook commitments}: the commitments register, with follow-ups and status. */
@Command(
    name = "commitments",
    mixinStandardHelpOptions = true,
    description = {
      "Print the commitments the minutes record (who promised what, when it is due), with the"
          + " later passages that may follow each up and its status (indexing first if needed)."
    })
final class CommitmentsCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Mixin RegisterOptions register;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only open, possibly-followed-up or overdue (repeatable).")
  List<String> statuses = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<CommitmentStatus> wanted = statuses.stream().map(CommitmentStatus::fromLabel).toList();
    return register.run(
        corpus,
        spec,
        (archive, filters) -> archive.commitments(new KnowledgeRequest(filters, wanted, List.of())),
        RegisterTables.COMMITMENTS,
        CommitmentsCommand::print);
  }

  private static void print(List<CommitmentEntry> rows, PrintWriter out) {
    out.printf(Locale.ROOT, "%d commitments%n", rows.size());
    for (CommitmentEntry e : rows) {
      out.printf(
          Locale.ROOT,
          "%n%s  [%s]  due %s%n  %s: %s%n  %s, %s, %s  %s#%s%n",
          e.id(),
          e.status().label(),
          e.due() == null ? (e.dueHint() == null ? "-" : e.dueHint()) : e.due(),
          e.owner() + (e.ownerStated() ? "" : " (not named)"),
          RegisterOptions.cut(e.promise(), 140),
          e.committee() == null ? "committee unknown" : e.committee(),
          e.council() == null ? "council unknown" : e.council(),
          e.date() != null
              ? e.date()
              : e.estimatedDate() == null ? "undated" : "~" + e.estimatedDate(),
          e.source(),
          e.anchor());
      for (FollowUp f : e.followUps()) {
        out.printf(
            Locale.ROOT,
            "    follow-up? %s#%s %s: %s%n",
            f.item(),
            f.anchor(),
            f.date() != null ? f.date() : "~" + f.estimatedDate(),
            RegisterOptions.cut(f.excerpt(), 100));
      }
    }
  }
}
