package org.minutebook.web.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The pages that are checked with axe-core, for browser errors and for horizontal scrolling on a
 * phone, and photographed for the documentation: one line each. A page's path may depend on the
 * sample data (an item's id, a theme's id), so it is computed from the {@link SampleSite}.
 */
public final class Pages {
  /**
   * One page: its name (the screenshots' file names), its path, an element that shows it has been
   * drawn (CSS, must become visible), and the requests it is expected to fail.
   */
  public record Page(
      String name, Function<SampleSite, String> path, String ready, List<String> failing) {
    /** The same page, expected to fail requests whose URL contains {@code urlPart}. */
    Page failing(String urlPart) {
      return new Page(name, path, ready, List.of(urlPart));
    }

    /**
     * Opens the page, waits for it to be drawn, and checks that the requests it was expected to
     * fail did fail (so that the error check is known to see them).
     */
    void openIn(Browser browser) {
      failing.forEach(browser::expectFailedRequest);
      browser.open(path.apply(browser.site()));
      browser.visible(ready);
      for (String part : failing) {
        assertTrue(browser.sawFailedRequest(part), name + " was expected to fail " + part);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Every page, in the order a reader meets them. */
  public static final List<Page> ALL =
      List.of(
          page("home", "/", "#home-themes li"),
          page("search", "/?q=front+door", "#results mark"),
          page("search-filtered", "/?q=front+door&committee=Cabinet", "#results mark"),
          page("document", site -> documentOf(site.firstHit("front door")), "#doc-body mark"),
          page("document-paragraph", Pages::paragraphOf, "#doc-body p.is-target"),
          page("timeline", Pages::timelineOf, "#timeline-entries li"),
          page("timeline-period", Pages::periodOf, "#timeline-entries li"),
          page("commitments", "/?view=commitments", "#commitments-list li"),
          page("inspections", "/?view=inspections", "#inspections-body tr"),
          page("committees", "/?view=committees", "#committees-body tr"),
          page("committee", Pages::committeeOf, "#meetings-body tr a"),
          page("coverage", "/?view=coverage", "#coverage-table tr"),
          page("unknown-view", "/?view=nonsense", "#not-found-view h1"),
          page("server-404", "/no/such/page", "main h1").failing("/no/such/page"),
          page("not-found", "/?view=document&id=nope", "#error-box")
              .failing("/api/documents/nope"));

  private Pages() {}

  /** The page of the committee that discussed the front door (its council when one is known). */
  static String committeeOf(SampleSite site) {
    JsonNode hit = site.firstHit("front door");
    String council =
        hit.get("council").isNull()
            ? ""
            : "&council=" + URLEncoder.encode(hit.get("council").asText(), StandardCharsets.UTF_8);
    return "/?view=committee"
        + council
        + "&committee="
        + URLEncoder.encode(hit.get("committee").asText(), StandardCharsets.UTF_8);
  }

  /** The timeline of the front door theme (MASH), found by its label as a reader would. */
  static String timelineOf(SampleSite site) {
    return "/?view=timeline&theme=" + site.themeId("front door", "MASH");
  }

  /** The same timeline listing the entries of its first period. */
  static String periodOf(SampleSite site) {
    String theme = site.themeId("front door", "MASH");
    JsonNode buckets = site.api("/api/timeline?theme=" + theme).get("buckets");
    return timelineOf(site) + "&period=" + buckets.get(0).get("period").asText();
  }

  /** An item found by searching for "front door", with the words marked. */
  static String documentOf(JsonNode hit) {
    return "/?view=document&id=" + hit.get("id").asText() + "&return=search&q=front+door";
  }

  /** An item opened at the paragraph a search passage points to, as a shared link would. */
  static String paragraphOf(SampleSite site) {
    JsonNode hit = site.firstHit("front door");
    return "/?view=document&id="
        + hit.get("id").asText()
        + "&anchor="
        + hit.get("passages").get(0).get("anchor").asText();
  }

  private static Page page(String name, String path, String ready) {
    return page(name, site -> path, ready);
  }

  private static Page page(String name, Function<SampleSite, String> path, String ready) {
    return new Page(name, path, ready, List.of());
  }
}
