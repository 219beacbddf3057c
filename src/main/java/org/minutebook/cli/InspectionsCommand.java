package org.minutebook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minutebook.export.RegisterTables;
import org.minutebook.model.Inspection;
import org.minutebook.model.InspectionReference;
import org.minutebook.search.KnowledgeRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code minutebook inspections}: the inspection tracker. */
@Command(
    name = "inspections",
    mixinStandardHelpOptions = true,
    description = {
      "Print the inspections, monitoring visits and focused visits the minutes mention, with"
          + " their dates and focus and the items that refer to each (indexing first if needed)."
    })
final class InspectionsCommand implements Callable<Integer> {
  @Mixin CorpusOptions corpus;
  @Mixin RegisterOptions register;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return register.run(
        corpus,
        spec,
        (archive, filters) ->
            archive.inspections(new KnowledgeRequest(filters, List.of(), List.of())),
        RegisterTables.INSPECTIONS,
        InspectionsCommand::print);
  }

  private static void print(List<Inspection> rows, PrintWriter out) {
    out.printf(Locale.ROOT, "%d inspections and visits%n", rows.size());
    for (Inspection i : rows) {
      out.printf(
          Locale.ROOT,
          "%n%s %s%s, %s%s%s%n",
          i.inspectorate(),
          i.ordinal() == null ? "" : i.ordinal() + " ",
          i.kind().label(),
          i.date() == null ? (i.upcoming() ? "to come" : "date not stated") : when(i),
          i.council() == null ? "" : " — " + i.council(),
          i.focus() == null ? "" : "; focus: " + i.focus());
      for (InspectionReference r : i.references()) {
        out.printf(
            Locale.ROOT,
            "    %s %s#%s %s%n",
            r.later() ? "later " : "      ",
            r.item(),
            r.anchor(),
            RegisterOptions.cut(r.text(), 100));
      }
    }
  }

  private static String when(Inspection i) {
    String first = i.date();
    if ("month".equals(i.precision())) {
      first = first.substring(0, 7);
    } else if ("year".equals(i.precision())) {
      first = first.substring(0, 4);
    }
    return i.endDate() == null || i.endDate().equals(i.date())
        ? first
        : first + " to " + i.endDate();
  }
}
