package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.Filters;
import org.minutebook.model.Theme;
import org.minutebook.model.Timeline;

/**
 * Every built-in theme's timeline on the sample corpus against a list written by reading the five
 * minutes ({@code sample-theme-readings.yaml}): each meeting read as discussing a theme is on its
 * timeline, and each that is not is off it, except two passing mentions the list names.
 */
class SampleThemesTest {
  /** Where the words occur only in passing, yet a theme's term is there: "item theme". */
  private static final Set<String> PASSING_BUT_TAGGED =
      Set.of(
          "sample/003_e896f12c8ca69ae3.txt front-door",
          "sample/004_6862fa7166954e52.txt inspection");

  /** A reading of one item for one theme. */
  record Reading(boolean discusses, String why) {}

  @TempDir static Path index;
  static Archive archive;

  @BeforeAll
  static void build() throws IOException {
    archive = TestCorpus.sample(index);
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void everyThemeTimelineListsTheMeetingsThatDiscussIt() throws Exception {
    Map<String, Map<String, Reading>> readings = readings();
    Map<String, String> wrong = new TreeMap<>();
    for (Theme theme : archive.themes()) {
      Set<String> read = new TreeSet<>();
      readings.forEach(
          (source, byTheme) -> {
            Reading r = byTheme.get(theme.id());
            assertTrue(r != null, source + " has no reading for " + theme.id());
            if (r.discusses()) {
              read.add(source);
            }
          });
      Timeline timeline =
          archive.timeline(
              new TimelineRequest(
                  Optional.of(theme), "", Filters.NONE, TimelineRequest.Interval.YEAR, 100));
      Set<String> listed =
          timeline.entries().stream().map(Timeline.Entry::source).collect(Collectors.toSet());
      for (String source : readings.keySet()) {
        boolean expected =
            read.contains(source) || PASSING_BUT_TAGGED.contains(source + " " + theme.id());
        if (expected != listed.contains(source)) {
          wrong.put(source + " " + theme.id(), expected ? "missing" : "listed but not discussed");
        }
      }
      // Nothing read as discussed is ever missing, whatever else is listed.
      assertTrue(listed.containsAll(read), theme.id() + ": " + read + " ⊄ " + listed);
    }
    assertEquals(Map.of(), wrong);
  }

  @Test
  void recruitmentAndTheFrontDoorAreWhereTheReadingsSay() throws Exception {
    Map<String, Map<String, Reading>> readings = readings();
    for (String theme : new String[] {"recruitment", "front-door"}) {
      Set<String> read =
          readings.entrySet().stream()
              .filter(e -> e.getValue().get(theme).discusses())
              .map(Map.Entry::getKey)
              .collect(Collectors.toCollection(TreeSet::new));
      Timeline timeline =
          archive.timeline(
              new TimelineRequest(
                  archive.theme(theme), "", Filters.NONE, TimelineRequest.Interval.YEAR, 100));
      Set<String> listed =
          timeline.entries().stream()
              .map(Timeline.Entry::source)
              .collect(Collectors.toCollection(TreeSet::new));
      assertTrue(listed.containsAll(read), theme + ": read " + read + ", listed " + listed);
      // Every listed meeting is counted: dated ones in buckets, the rest as undated.
      long counted =
          timeline.buckets().stream().mapToLong(Timeline.Bucket::count).sum() + timeline.undated();
      assertEquals(listed.size(), counted, theme);
    }
  }

  private static Map<String, Map<String, Reading>> readings() throws IOException {
    try (InputStream in =
        SampleThemesTest.class.getResourceAsStream(
            "/org/minutebook/themes/sample-theme-readings.yaml")) {
      return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
    }
  }
}
