package org.minutebook.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.minutebook.export.CsvTable;
import org.minutebook.export.RegisterTables;
import org.minutebook.model.CommitmentEntry;
import org.minutebook.model.CommitmentStatus;
import org.minutebook.model.DecisionEntry;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.EntityKind;
import org.minutebook.model.EntitySummary;
import org.minutebook.model.Inspection;
import org.minutebook.search.KnowledgeRequest;

/**
 * The knowledge registers: commitments, decisions and inspections, each as a JSON array or, with
 * {@code format=csv}, a CSV download with the same rows.
 */
final class RegisterRoutes {
  private final Audience audience;

  RegisterRoutes(Audience audience) {
    this.audience = audience;
  }

  void commitments(Context ctx) throws IOException {
    List<CommitmentEntry> rows = audience.archive(ctx).commitments(request(ctx));
    answer(ctx, rows, RegisterTables.COMMITMENTS, "commitments");
  }

  void decisions(Context ctx) throws IOException {
    List<DecisionEntry> rows = audience.archive(ctx).decisions(request(ctx));
    answer(ctx, rows, RegisterTables.DECISIONS, "decisions");
  }

  void entities(Context ctx) throws IOException {
    List<EntityKind> kinds =
        Params.checked(
            () -> Params.values(ctx, "kind").stream().map(EntityKind::fromLabel).toList());
    List<EntitySummary> rows =
        audience.archive(ctx).entities(request(ctx), kinds, Params.text(ctx, "q"));
    answer(ctx, rows, RegisterTables.ENTITIES, "entities");
  }

  void inspections(Context ctx) throws IOException {
    List<Inspection> rows = audience.archive(ctx).inspections(request(ctx));
    answer(ctx, rows, RegisterTables.INSPECTIONS, "inspections");
  }

  private static KnowledgeRequest request(Context ctx) {
    return Params.checked(
        () ->
            new KnowledgeRequest(
                Params.filters(ctx),
                Params.values(ctx, "status").stream().map(CommitmentStatus::fromLabel).toList(),
                Params.values(ctx, "outcome").stream().map(DecisionOutcome::fromLabel).toList()));
  }

  /** The rows as the JSON answer or, with {@code format}, as a CSV or JSON download. */
  private static <T> void answer(Context ctx, List<T> rows, CsvTable<T> csv, String name) {
    switch (ExportRoutes.format(ctx)) {
      case "" -> ctx.json(rows);
      case "csv" -> ExportRoutes.csv(ctx, name, csv.write(rows));
      default -> ExportRoutes.json(ctx, name, rows);
    }
  }
}
