package org.minutebook.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.ingest.Ingester;
import org.minutebook.model.AgendaItem;
import org.minutebook.themes.ThemeCatalog;

/** Raw Lucene indexing, the indexing baseline: the ingest's documents, nothing else. */
class RawIndexingTest {
  private static final Path SAMPLE = Path.of("corpus/sample");

  @Test
  void indexesTheSampleItemsAsTheIngestWould(@TempDir Path temp) throws IOException {
    List<AgendaItem> items = taggedSampleItems();
    List<RawIndexing.Prepared> prepared = RawIndexing.prepare(SAMPLE, items);
    long paragraphs = items.stream().mapToLong(i -> i.paragraphs().size()).sum();

    RawIndexing.Result result = RawIndexing.index(prepared, temp.resolve("raw"), 2);

    assertEquals(items.size(), result.items());
    assertEquals(items.size() + paragraphs, result.documents());
    assertTrue(result.indexBytes() > 0);
    try (FSDirectory dir = FSDirectory.open(temp.resolve("raw"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(result.documents(), reader.numDocs());
      IndexSearcher searcher = new IndexSearcher(reader);
      assertEquals(
          items.size(), searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ITEM))));
      // Tagged items carry their themes into the index, as the ingest's do.
      String theme = items.get(0).themes().get(0);
      assertTrue(searcher.count(new TermQuery(new Term(Schema.THEME, theme))) > 0);
    }
  }

  @Test
  void aSecondRunReplacesTheIndex(@TempDir Path temp) throws IOException {
    List<RawIndexing.Prepared> prepared = RawIndexing.prepare(SAMPLE, taggedSampleItems());
    RawIndexing.index(prepared, temp.resolve("raw"), 1);
    RawIndexing.Result again = RawIndexing.index(prepared, temp.resolve("raw"), 1);
    try (FSDirectory dir = FSDirectory.open(temp.resolve("raw"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(again.documents(), reader.numDocs());
    }
  }

  private static List<AgendaItem> taggedSampleItems() throws IOException {
    ThemeTagger tagger = new ThemeTagger(ThemeCatalog.forCorpus(SAMPLE));
    Queue<AgendaItem> items = new ConcurrentLinkedQueue<>();
    new Ingester(IngestOptions.defaults().inProcess())
        .run(SAMPLE, item -> items.add(tagger.tag(item)), IngestListener.NONE);
    List<AgendaItem> sorted = new ArrayList<>(items);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    assertEquals(5, sorted.size());
    return sorted;
  }
}
