package org.minutebook.export;

import java.util.List;
import org.minutebook.model.CommitmentEntry;
import org.minutebook.model.DecisionEntry;
import org.minutebook.model.EntitySummary;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Inspection;
import org.minutebook.model.InspectionReference;

/**
 * The columns of the registers' CSV exports: the JSON fields, lists joined with "; " and follow-ups
 * and references as links. The web and the command line export with the same tables.
 */
public final class RegisterTables {
  private RegisterTables() {}

  public static final CsvTable<CommitmentEntry> COMMITMENTS =
      new CsvTable<>(
          List.of(
              new CsvTable.Column<>("id", CommitmentEntry::id),
              new CsvTable.Column<>("text", CommitmentEntry::text),
              new CsvTable.Column<>("owner", CommitmentEntry::owner),
              new CsvTable.Column<>("ownerStated", CommitmentEntry::ownerStated),
              new CsvTable.Column<>("promise", CommitmentEntry::promise),
              new CsvTable.Column<>("dueHint", CommitmentEntry::dueHint),
              new CsvTable.Column<>("due", CommitmentEntry::due),
              new CsvTable.Column<>("dueBasis", CommitmentEntry::dueBasis),
              new CsvTable.Column<>("status", e -> e.status().label()),
              new CsvTable.Column<>("council", CommitmentEntry::council),
              new CsvTable.Column<>("committee", CommitmentEntry::committee),
              new CsvTable.Column<>("date", CommitmentEntry::date),
              new CsvTable.Column<>("estimatedDate", CommitmentEntry::estimatedDate),
              new CsvTable.Column<>("title", CommitmentEntry::title),
              new CsvTable.Column<>("source", CommitmentEntry::source),
              new CsvTable.Column<>("item", CommitmentEntry::item),
              new CsvTable.Column<>("anchor", CommitmentEntry::anchor),
              new CsvTable.Column<>("link", CommitmentEntry::link),
              new CsvTable.Column<>("themes", CommitmentEntry::themes),
              new CsvTable.Column<>(
                  "followUps", e -> e.followUps().stream().map(FollowUp::link).toList())));

  public static final CsvTable<DecisionEntry> DECISIONS =
      new CsvTable<>(
          List.of(
              new CsvTable.Column<>("id", DecisionEntry::id),
              new CsvTable.Column<>("number", DecisionEntry::number),
              new CsvTable.Column<>("text", DecisionEntry::text),
              new CsvTable.Column<>("outcome", e -> e.outcome().label()),
              new CsvTable.Column<>("section", e -> e.section().label()),
              new CsvTable.Column<>("council", DecisionEntry::council),
              new CsvTable.Column<>("committee", DecisionEntry::committee),
              new CsvTable.Column<>("date", DecisionEntry::date),
              new CsvTable.Column<>("estimatedDate", DecisionEntry::estimatedDate),
              new CsvTable.Column<>("title", DecisionEntry::title),
              new CsvTable.Column<>("source", DecisionEntry::source),
              new CsvTable.Column<>("item", DecisionEntry::item),
              new CsvTable.Column<>("anchor", DecisionEntry::anchor),
              new CsvTable.Column<>("link", DecisionEntry::link),
              new CsvTable.Column<>("themes", DecisionEntry::themes)));

  public static final CsvTable<EntitySummary> ENTITIES =
      new CsvTable<>(
          List.of(
              new CsvTable.Column<>("kind", e -> e.kind().label()),
              new CsvTable.Column<>("name", EntitySummary::name),
              new CsvTable.Column<>("items", EntitySummary::items),
              new CsvTable.Column<>("firstDate", EntitySummary::firstDate),
              new CsvTable.Column<>("lastDate", EntitySummary::lastDate),
              new CsvTable.Column<>(
                  "roles",
                  e ->
                      e.roles().stream()
                          .map(r -> r.role() + (r.date() == null ? "" : " (" + r.date() + ")"))
                          .toList()),
              new CsvTable.Column<>(
                  "mentions",
                  e -> e.mentions().stream().map(EntitySummary.Mention::link).toList())));

  public static final CsvTable<Inspection> INSPECTIONS =
      new CsvTable<>(
          List.of(
              new CsvTable.Column<>("id", Inspection::id),
              new CsvTable.Column<>("council", Inspection::council),
              new CsvTable.Column<>("inspectorate", Inspection::inspectorate),
              new CsvTable.Column<>("kind", i -> i.kind().label()),
              new CsvTable.Column<>("date", Inspection::date),
              new CsvTable.Column<>("endDate", Inspection::endDate),
              new CsvTable.Column<>("precision", Inspection::precision),
              new CsvTable.Column<>("ordinal", Inspection::ordinal),
              new CsvTable.Column<>("focus", Inspection::focus),
              new CsvTable.Column<>("upcoming", Inspection::upcoming),
              new CsvTable.Column<>("laterItems", Inspection::laterItems),
              new CsvTable.Column<>(
                  "references",
                  i -> i.references().stream().map(InspectionReference::link).toList())));
}
