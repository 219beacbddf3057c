package org.minutebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.minutebook.ingest.EmbeddedMetadata;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.ingest.Manifest;
import org.minutebook.ingest.MetadataResolver;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.IngestReport;
import org.minutebook.model.Sourced;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minutebook check-metadata}: reads a corpus through the real ingest pipeline (no index is
 * written) and compares the council and meeting date of every file with its provenance manifest.
 */
@Command(
    name = "check-metadata",
    mixinStandardHelpOptions = true,
    description = {
      "Read a corpus without indexing it and compare the council and meeting date Minutebook"
          + " finds for each file with a provenance manifest (MANIFEST.tsv)."
    })
final class CheckMetadataCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "The corpus.")
  Path corpus;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "Tab-separated provenance manifest (default: DIR/MANIFEST.tsv).")
  Path manifest;

  @Option(names = "--verbose", description = "Print a line per file and field.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path root = corpus.toAbsolutePath().normalize();
    Path tsv = manifest != null ? manifest : root.resolve("MANIFEST.tsv");
    if (!Files.isDirectory(root)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--corpus " + corpus + " is not a folder");
    }
    if (!Files.isRegularFile(tsv)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no manifest at " + tsv + " (use --manifest FILE)");
    }
    Checked checked = check(root, tsv);
    PrintWriter out = spec.commandLine().getOut();
    if (verbose) {
      AgreementReport.printRows(checked.rows(), out);
    }
    AgreementReport.printSummary(
        checked.rows(), checked.report(), tsv.getFileName().toString(), out);
    out.flush();
    return 0;
  }

  /** Every manifest row compared, and the ingest report of the run. */
  record Checked(List<MetadataAgreement.Row> rows, IngestReport report) {}

  /** Reads the corpus at {@code root} and compares it with the manifest at {@code tsv}. */
  static Checked check(Path root, Path tsv) throws IOException {
    List<MetadataAgreement.ManifestRow> rows;
    try (Reader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      rows = MetadataAgreement.read(reader);
    }
    Map<String, MetadataAgreement.Ours> ours = new ConcurrentHashMap<>();
    IngestReport report = read(root, ours);
    List<MetadataAgreement.Row> compared = new ArrayList<>();
    for (MetadataAgreement.ManifestRow row : rows) {
      MetadataAgreement.Ours resolved =
          ours.getOrDefault(row.file(), MetadataAgreement.Ours.UNREAD);
      compared.add(MetadataAgreement.compare(row, resolved));
    }
    return new Checked(List.copyOf(compared), report);
  }

  /** Runs the ingest pipeline into a sink that keeps each file's first item. */
  private static IngestReport read(Path root, Map<String, MetadataAgreement.Ours> ours)
      throws IOException {
    Map<String, AgendaItem> firstItems = new ConcurrentHashMap<>();
    IngestReport report =
        new Ingester(IngestOptions.defaults())
            .run(
                root,
                item ->
                    firstItems.merge(
                        item.source(),
                        item,
                        (a, b) -> Comparator.comparing(AgendaItem::id).compare(a, b) <= 0 ? a : b),
                IngestListener.NONE);
    Manifest sidecars = Manifest.load(root);
    for (AgendaItem item : firstItems.values()) {
      ours.put(item.source(), ours(item, sidecars));
    }
    return report;
  }

  /**
   * What the pipeline resolved. Items do not carry the date estimate yet, so it is computed here
   * from the item's text with the same resolver.
   */
  private static MetadataAgreement.Ours ours(AgendaItem item, Manifest sidecars) {
    Optional<Sourced<LocalDate>> estimate =
        MetadataResolver.resolve(
                item.source(), item.body(), sidecars.describe(item.source()), EmbeddedMetadata.NONE)
            .estimatedDate();
    return new MetadataAgreement.Ours(
        true, item.council(), item.date(), estimate, Optional.of(item.type()));
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }
}
