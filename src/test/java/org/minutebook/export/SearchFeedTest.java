package org.minutebook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Passage;
import org.minutebook.model.SearchHit;

class SearchFeedTest {
  private static final SearchFeed.Spec SPEC =
      new SearchFeed.Spec(
          "Minutebook: \"budget\"",
          "https://minutes.example.org/api/feed?q=budget",
          "https://minutes.example.org/?q=budget&sort=newest",
          "https://minutes.example.org",
          "budget");

  @Test
  void titlesSayTheQueryAndTheFilters() {
    assertEquals(
        "Minutebook: \"front door\" — Cabinet, Example Council",
        SearchFeed.title("front door", List.of("Cabinet", "Example Council")));
    assertEquals("Minutebook: \"front door\"", SearchFeed.title(" \"front door\" ", List.of()));
    assertEquals("Minutebook: all items — 2021", SearchFeed.title("", List.of("2021")));
  }

  @Test
  void entriesAreDatedItemsWithPlainTextAndLinksToTheirDocuments() throws Exception {
    List<SearchHit> hits =
        List.of(
            hit("a-1", "2021-09-30", null, "Budget <b>&amp;</b> precept\u0000"),
            hit("b-2", null, "2024-03-01", "Estimated"),
            hit("c-3", null, null, "Never dated"));
    Feed feed = parse(SearchFeed.atom(SPEC, hits));
    assertEquals("Minutebook: \"budget\"", feed.getTitle());
    assertEquals(SPEC.selfUrl(), feed.getId());
    assertEquals(SPEC.selfUrl(), link(feed.getOtherLinks(), "self").getHref());
    assertEquals(SPEC.alternateUrl(), link(feed.getAlternateLinks(), "alternate").getHref());
    // The newest entry's day, whatever the order of the entries.
    assertEquals(Instant.parse("2024-03-01T00:00:00Z"), feed.getUpdated().toInstant());

    List<Entry> entries = feed.getEntries();
    assertEquals(2, entries.size(), "the item with no date at all is left out");
    Entry first = entries.get(0);
    assertEquals("urn:minutebook:item:a-1", first.getId());
    assertEquals("Budget <b>&amp;</b> precept", first.getTitle());
    assertEquals(
        "https://minutes.example.org/?view=document&id=a-1&q=budget&anchor=p2",
        first.getAlternateLinks().get(0).getHref());
    assertEquals(Instant.parse("2021-09-30T00:00:00Z"), first.getUpdated().toInstant());
    assertEquals(Instant.parse("2021-09-30T00:00:00Z"), first.getPublished().toInstant());
    assertEquals("Cabinet, Example Council", first.getAuthors().get(0).getName());
    assertEquals("text", first.getSummary().getType());
    assertEquals("The <budget> & the precept", first.getSummary().getValue());
    assertEquals(Instant.parse("2024-03-01T00:00:00Z"), entries.get(1).getUpdated().toInstant());
  }

  @Test
  void anEmptyFeedIsStillValidAndStable() throws Exception {
    String once = SearchFeed.atom(SPEC, List.of());
    assertEquals(once, SearchFeed.atom(SPEC, List.of()));
    Feed feed = parse(once);
    assertTrue(feed.getEntries().isEmpty());
    assertEquals(Instant.EPOCH, feed.getUpdated().toInstant());
    assertFalse(feed.getAuthors().isEmpty(), "a feed without entries still names its author");
  }

  private static SearchHit hit(String id, String date, String estimate, String title) {
    String snippet = "The &lt;<mark>budget</mark>&gt; &amp; the precept";
    return new SearchHit(
        id,
        "x.txt",
        title,
        "Example Council",
        "Cabinet",
        date,
        List.of(snippet),
        1f,
        null,
        "minutes",
        List.of("finance"),
        List.of(new Passage("p2", null, "discussion", snippet)),
        estimate);
  }

  static Feed parse(String xml) throws Exception {
    return (Feed) new WireFeedInput().build(new StringReader(xml));
  }

  private static Link link(List<Link> links, String rel) {
    return links.stream().filter(l -> rel.equals(l.getRel())).findFirst().orElseThrow();
  }
}
