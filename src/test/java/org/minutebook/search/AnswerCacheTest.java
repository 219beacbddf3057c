package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;

/** Whole answers are kept per index version, and only for it. */
class AnswerCacheTest {
  @TempDir Path temp;

  @Test
  void aRepeatedSearchOrTimelineIsAnsweredFromTheCacheUntilTheIndexChanges() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    try (Archive archive = Archive.forCorpus(corpus, index)) {
      SearchRequest allotments = SearchRequest.of("allotments");
      SearchResult first = archive.search(allotments);
      assertSame(first, archive.search(allotments), "the same request, the same index");
      assertNotSame(first, archive.search(SearchRequest.of("budget")));
      TimelineRequest timeline = timeline(archive);
      assertSame(archive.timeline(timeline), archive.timeline(timeline));

      Files.writeString(
          corpus.resolve("allotments-extra.txt"),
          "Minutes. Item 1. The committee discussed the allotments waiting list.",
          StandardCharsets.UTF_8);
      IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
      archive.refresh();
      SearchResult after = archive.search(allotments);
      assertNotSame(first, after, "a new commit is a new version: nothing kept is served");
      assertEquals(first.total() + 1, after.total());
    }
  }

  @Test
  void withNoCacheEveryAnswerIsWorkedOutAfresh() throws Exception {
    Path corpus = TestCorpus.write(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    try (Archive archive = Archive.forCorpus(corpus, index, 0)) {
      SearchRequest allotments = SearchRequest.of("allotments");
      SearchResult first = archive.search(allotments);
      SearchResult second = archive.search(allotments);
      assertNotSame(first, second);
      assertEquals(first.total(), second.total());
    }
    assertThrows(IllegalArgumentException.class, () -> Archive.forCorpus(corpus, index, -1));
  }

  private static TimelineRequest timeline(Archive archive) {
    return new TimelineRequest(
        Optional.of(archive.themes().getFirst()),
        "",
        Filters.NONE,
        TimelineRequest.Interval.YEAR,
        TimelineRequest.DEFAULT_ENTRIES);
  }
}
