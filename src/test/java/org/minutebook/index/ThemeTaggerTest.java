package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.SharedData;
import org.minutebook.bench.SyntheticArchive;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.model.AgendaItem;
import org.minutebook.themes.ThemeCatalog;

/**
 * The tagger answers exactly as running each theme's query against a one-document MemoryIndex did
 * (kept here as {@link MemoryIndexTagger}), on sample, synthetic and real minutes.
 */
class ThemeTaggerTest {
  @Test
  void phrasesNeedTheirWordsInOrderAndAdjacent() {
    TermPositions text = TermPositions.of("The front door of the MASH; doors at the front.");
    assertTrue(text.contains(Schema.terms("front door")));
    assertTrue(text.contains(Schema.terms("doors")));
    assertFalse(text.contains(Schema.terms("door front")));
    assertFalse(text.contains(Schema.terms("front of")));
    assertFalse(text.contains(List.of()));
    TermPositions joined = TermPositions.of("a report on the front");
    joined.append(TermPositions.of("door policy"));
    assertTrue(joined.contains(Schema.terms("front door")), "text appended follows on");
  }

  @Test
  void agreesWithMemoryIndexOnTheSampleMinutes() throws IOException {
    assertSameTags(Path.of("corpus/sample"));
  }

  @Test
  void agreesWithMemoryIndexOnSyntheticMinutes(@TempDir Path temp) throws IOException {
    SyntheticArchive.write(
        temp.resolve("archive"), 300, 7, EnumSet.of(SyntheticArchive.Format.TXT));
    assertSameTags(temp.resolve("archive"));
  }

  @Test
  void agreesWithMemoryIndexOnTheRealMinutes() throws IOException {
    assertSameTags(SharedData.require("corpus-real"));
  }

  private static void assertSameTags(Path corpus) throws IOException {
    ThemeCatalog catalog = ThemeCatalog.forCorpus(corpus);
    ThemeTagger tagger = new ThemeTagger(catalog);
    MemoryIndexTagger oracle = new MemoryIndexTagger(catalog);
    List<AgendaItem> items = read(corpus);
    int tagged = 0;
    for (AgendaItem item : items) {
      AgendaItem expected = oracle.tag(item);
      assertEquals(expected, tagger.tag(item), item.id());
      tagged += expected.themes().isEmpty() ? 0 : 1;
    }
    assertTrue(tagged > 0, "some items have themes");
  }

  private static List<AgendaItem> read(Path corpus) throws IOException {
    Queue<AgendaItem> items = new ConcurrentLinkedQueue<>();
    new Ingester(IngestOptions.defaults().inProcess()).run(corpus, items::add, IngestListener.NONE);
    return new ArrayList<>(items);
  }
}
