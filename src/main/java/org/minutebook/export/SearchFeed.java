package org.minutebook.export;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.minutebook.model.SearchHit;

/**
 * A search as an Atom feed, written with Rome (the only code that touches it): one entry per item
 * with a meeting date or, failing that, an estimated one; items with neither are left out, since an
 * entry must say when it was updated. Every text is plain text, never HTML, and is stripped of what
 * XML cannot hold.
 */
public final class SearchFeed {
  /** Entry ids: stable for an item as long as its id is, whatever the feed's address. */
  public static final String ENTRY_ID_PREFIX = "urn:minutebook:item:";

  /** The feed's own author, for entries that name no committee or council. */
  static final String PUBLISHER = "Minutebook";

  /**
   * What the feed is of and where it lives.
   *
   * @param title the feed's title ({@link #title})
   * @param selfUrl the feed's absolute address: its id and its self link
   * @param alternateUrl the search page that lists the same items
   * @param base scheme, host and port of the page, for entry links
   * @param query the query, carried into entry links
   */
  public record Spec(
      String title, String selfUrl, String alternateUrl, String base, String query) {}

  private SearchFeed() {}

  /** {@code Minutebook: "front door" — Cabinet, Example Council}: the query and the filters. */
  public static String title(String query, List<String> filters) {
    String q = query == null ? "" : query.strip();
    String what =
        q.isEmpty()
            ? "all items"
            : q.length() > 1 && q.startsWith("\"") && q.endsWith("\"") ? q : "\"" + q + "\"";
    return "Minutebook: " + what + (filters.isEmpty() ? "" : " — " + String.join(", ", filters));
  }

  /** The Atom document of {@code hits}, in their order. */
  public static String atom(Spec spec, List<SearchHit> hits) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(PlainText.forXml(spec.selfUrl()));
    feed.setTitle(PlainText.forXml(spec.title()));
    feed.setOtherLinks(List.of(link("self", "application/atom+xml", spec.selfUrl())));
    feed.setAlternateLinks(List.of(link("alternate", "text/html", spec.alternateUrl())));
    feed.setAuthors(List.of(person(PUBLISHER)));
    List<Entry> entries = new ArrayList<>();
    Instant newest = Instant.EPOCH;
    for (SearchHit hit : hits) {
      Instant when = when(hit);
      if (when != null) {
        entries.add(entry(hit, when, spec));
        newest = when.isAfter(newest) ? when : newest;
      }
    }
    // An empty feed has no newest item; the epoch keeps it the same from one request to the next.
    feed.setUpdated(Date.from(newest));
    feed.setEntries(entries);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
  }

  /** The start (UTC) of the item's meeting day, else of its estimated day; null with neither. */
  static Instant when(SearchHit hit) {
    String day = hit.date() != null ? hit.date() : hit.estimatedDate();
    return day == null ? null : LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Entry entry(SearchHit hit, Instant when, Spec spec) {
    Entry entry = new Entry();
    entry.setId(ENTRY_ID_PREFIX + PlainText.forXml(hit.id()));
    entry.setTitle(PlainText.forXml(hit.title()));
    entry.setAlternateLinks(
        List.of(link("alternate", "text/html", SearchTable.link(hit, spec.base(), spec.query()))));
    entry.setUpdated(Date.from(when));
    entry.setPublished(Date.from(when));
    String author =
        Stream.of(hit.committee(), hit.council())
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(", "));
    if (!author.isEmpty()) {
      entry.setAuthors(List.of(person(author)));
    }
    Content summary = new Content();
    summary.setType(Content.TEXT);
    summary.setValue(PlainText.forXml(SearchTable.snippet(hit)));
    entry.setSummary(summary);
    return entry;
  }

  private static Link link(String rel, String type, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setType(type);
    link.setHref(PlainText.forXml(href));
    return link;
  }

  private static SyndPerson person(String name) {
    Person person = new Person();
    person.setName(PlainText.forXml(name));
    return person;
  }
}
