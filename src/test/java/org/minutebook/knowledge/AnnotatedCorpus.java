package org.minutebook.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.FileOutcome;
import org.minutebook.model.IngestReport;
import org.minutebook.model.IngestStatus;

/**
 * The agenda items of the annotated files of a corpus, read in place by the real ingester (the
 * files are never copied); files nobody annotated are not read at all.
 *
 * @param items the items of each annotated file that gave any, in reading order, by file
 * @param report what the ingester did with each file
 */
record AnnotatedCorpus(Map<String, List<AgendaItem>> items, IngestReport report) {
  /** Reads {@code files} (paths relative to {@code root}) as Minutebook indexes them. */
  static AnnotatedCorpus read(Path root, Collection<String> files) throws IOException {
    Set<String> wanted = Set.copyOf(files);
    Map<String, List<AgendaItem>> found = new ConcurrentHashMap<>();
    IngestReport report =
        new Ingester(IngestOptions.defaults())
            .run(
                root,
                source -> skipUnless(wanted, source),
                item ->
                    found
                        .computeIfAbsent(
                            item.source(), s -> Collections.synchronizedList(new ArrayList<>()))
                        .add(item),
                IngestListener.NONE);
    Map<String, List<AgendaItem>> ordered = new TreeMap<>();
    found.forEach(
        (source, list) -> {
          // The run is over: every worker has handed over its items.
          List<AgendaItem> copy = new ArrayList<>(list);
          copy.sort(Comparator.comparingInt(AnnotatedCorpus::position));
          ordered.put(source, List.copyOf(copy));
        });
    return new AnnotatedCorpus(ordered, report);
  }

  /** The items of {@code file}, empty when it gave none. */
  List<AgendaItem> of(String file) {
    return items.getOrDefault(file, List.of());
  }

  /** The normalised text of every paragraph of {@code file}, one paragraph per line. */
  String normalisedText(String file) {
    StringBuilder text = new StringBuilder();
    for (AgendaItem item : of(file)) {
      item.paragraphs()
          .forEach(p -> text.append(KnowledgeAnnotations.normalise(p.text())).append('\n'));
    }
    return text.toString();
  }

  /** An earlier "outcome" for the files nobody annotated, so that the ingester skips them. */
  private static Optional<FileOutcome> skipUnless(Set<String> wanted, String source) {
    return wanted.contains(source)
        ? Optional.empty()
        : Optional.of(new FileOutcome(source, IngestStatus.CORPUS_NOTES, "not annotated", 0, ""));
  }

  /** The item's place in its file, from its id ("<hash>-<position>"). */
  private static int position(AgendaItem item) {
    String id = item.id();
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }
}
