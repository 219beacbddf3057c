package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.export.RegisterTables;
import org.minutebook.model.EntityKind;
import org.minutebook.model.EntitySummary;
import org.minutebook.search.KnowledgeRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code minutebook entities}: who and what the minutes name, most often first. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Print the organisations, people, roles and amounts the minutes name, with how many items"
          + " name each, when, and the roles people held (indexing first if needed)."
    })
final class EntitiesCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Mixin RegisterOptions register;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description =
          "Only organisation, person, role, money, percentage or proportion (repeatable).")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--name", paramLabel = "WORDS", description = "Only names containing these.")
  String name = "";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<EntityKind> wanted = kinds.stream().map(EntityKind::fromLabel).toList();
    return register.run(
        corpus,
        spec,
        (archive, filters) ->
            archive.entities(new KnowledgeRequest(filters, List.of(), List.of()), wanted, name),
        RegisterTables.ENTITIES,
        EntitiesCommand::print);
  }

  private static void print(List<EntitySummary> rows, PrintWriter out) {
    out.printf(Locale.ROOT, "%d names%n", rows.size());
    for (EntitySummary e : rows) {
      out.printf(
          Locale.ROOT,
          "%-12s %5d  %s%s%n",
          e.kind().label(),
          e.items(),
          e.name(),
          e.firstDate() == null ? "" : "  " + e.firstDate() + " to " + e.lastDate());
      for (EntitySummary.Role r : e.roles()) {
        out.printf(
            Locale.ROOT,
            "               as %s, %s%n",
            r.role(),
            r.date() == null ? "undated" : r.date());
      }
    }
  }
}
