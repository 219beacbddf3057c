package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.index.IndexBuilder;
import org.minutebook.ingest.IngestListener;
import org.minutebook.ingest.IngestOptions;
import org.minutebook.model.Filters;
import org.minutebook.model.ItemView;
import org.minutebook.model.Paragraph;
import org.minutebook.model.ThemeMatch;
import org.minutebook.model.Timeline;

/**
 * A corpus's own {@code themes.yaml} decides what a theme's timeline counts: editing it and
 * indexing again changes the timeline, with no rebuild; and a paragraph says which terms gave it
 * its theme.
 */
class ThemeEditTest {
  @TempDir Path temp;

  @Test
  void editingAThemeAndIndexingAgainChangesItsTimeline() throws Exception {
    Path corpus = temp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("parish-2019.txt"),
        "Minutes of the meeting of Anyshire Parish Council held on 3 March 2019\n\n"
            + "The council discussed the allotments waiting list.\n\n"
            + "Members asked about the village hall roof.\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        corpus.resolve("parish-2020.txt"),
        "Minutes of the meeting of Anyshire Parish Council held on 2 March 2020\n\n"
            + "The clerk reported on the community garden and the allotment rents.\n",
        StandardCharsets.UTF_8);
    writeThemes(corpus, "allotments");
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    assertEquals(List.of("2019:1", "2020:1"), paragraphsPerYear(corpus, index));

    // With the village hall in the theme, 2019 has two paragraphs on it.
    writeThemes(corpus, "allotments", "village hall");
    IndexBuilder.build(corpus, index, IngestOptions.defaults(), IngestListener.NONE);
    assertEquals(List.of("2019:2", "2020:1"), paragraphsPerYear(corpus, index));

    try (Archive archive = Archive.forCorpus(corpus, index)) {
      String id =
          archive.timeline(request(archive)).entries().stream()
              .filter(e -> e.source().equals("parish-2019.txt"))
              .findFirst()
              .orElseThrow()
              .id();
      ItemView item = archive.document(id).orElseThrow();
      Paragraph hall =
          item.paragraphs().stream()
              .filter(p -> p.text().contains("village hall"))
              .findFirst()
              .orElseThrow();
      assertEquals(List.of(new ThemeMatch("parish-life", List.of("village hall"))), hall.themes());
      assertTrue(item.themes().contains("parish-life"));
    }
  }

  private static List<String> paragraphsPerYear(Path corpus, Path index) throws Exception {
    try (Archive archive = Archive.forCorpus(corpus, index)) {
      Timeline timeline = archive.timeline(request(archive));
      return timeline.buckets().stream().map(b -> b.period() + ":" + b.paragraphs()).toList();
    }
  }

  private static TimelineRequest request(Archive archive) {
    return new TimelineRequest(
        archive.theme("parish-life"), "", Filters.NONE, TimelineRequest.Interval.YEAR, 10);
  }

  private static void writeThemes(Path corpus, String... terms) throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "themes:\n  - id: parish-life\n    label: Parish life\n    description: x\n"
                + "    terms:\n");
    for (String term : terms) {
      yaml.append("      - ").append(term).append('\n');
    }
    Files.writeString(corpus.resolve("themes.yaml"), yaml.toString(), StandardCharsets.UTF_8);
  }
}
