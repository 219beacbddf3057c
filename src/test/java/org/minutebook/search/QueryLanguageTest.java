package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.TestCorpus;
import org.minutebook.model.Expansion;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.model.Suggestion;

/**
 * The query language end to end on a small real index: spelling variants, possessives and accents,
 * exact phrases, acronyms that are also words, fields, prefixes, the thesaurus switch, "did you
 * mean", suggestions and recency.
 */
class QueryLanguageTest {
  static final String FORUM = "a/schools-forum.txt";
  static final String CABINET = "a/cabinet.txt";
  static final String PANEL = "b/panel.txt";

  @TempDir static Path temp;
  static Archive archive;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = temp.resolve("corpus");
    write(
        corpus.resolve(FORUM),
        "Minutes of the meeting of the Schools Forum held on 3 March 2021",
        "The organisation of the programme was discussed. Ofsted's focussed visit found the café"
            + " closed.",
        "Members asked about SEND provision and EHCPs for pupils.",
        "RESOLVED: That the committee note the progress on recruitment.");
    write(
        corpus.resolve(CABINET),
        "Minutes of the meeting of the Cabinet held on 5 May 2022",
        "The organization of the program was focused on potholes and road repairs.",
        "Officers would send a letter to residents about the potholes.",
        "RESOLVED: That the report be noted.");
    write(
        corpus.resolve(PANEL),
        "Minutes of the meeting of the Corporate Parenting Panel held on 1 June 2020",
        "Special educational needs and disabilities: the panel looked at education, health and"
            + " care plans.",
        "Members were pleased to note the progress made by looked after children in their exams.",
        "RESOLVED: That the panel thank officers.");
    archive = TestCorpus.indexAndOpen(corpus, temp.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    archive.close();
  }

  @Test
  void spellingVariantsPossessivesAndAccentsMatch() throws Exception {
    assertEquals(Set.of(FORUM, CABINET), sources("organization"));
    assertEquals(Set.of(FORUM, CABINET), sources("programme"));
    assertEquals(Set.of(FORUM), sources("focused visit"));
    assertEquals(Set.of(FORUM), sources("\"focused visit\""));
    assertEquals(Set.of(FORUM), sources("ofsted"));
    assertEquals(Set.of(FORUM), sources("cafe"));
  }

  @Test
  void quotedPhrasesAreExactAndUnstemmed() throws Exception {
    assertEquals(Set.of(PANEL), sources("\"looked after children\""));
    assertEquals(Set.of(), sources("\"look after children\""));
    // Unquoted, the words are stemmed and need not be together.
    assertEquals(Set.of(PANEL), sources("look after child"));
  }

  @Test
  void anAcronymThatIsAlsoAWordExpandsOnlyInCapitals() throws Exception {
    SearchResult send = search("SEND");
    assertEquals(Set.of(FORUM, PANEL), sources(send));
    assertEquals("SEND", send.expansions().get(0).term());
    assertTrue(send.expansions().get(0).also().contains("special educational needs"));
    // In lower case it is the verb: the Cabinet's letter, and the Forum's "SEND" as a word.
    SearchResult verb = search("send");
    assertEquals(List.of(), verb.expansions());
    assertEquals(Set.of(FORUM, CABINET), sources(verb));
  }

  @Test
  void otherAcronymsExpandInAnyCase() throws Exception {
    assertEquals(Set.of(FORUM, PANEL), sources("ehcp"));
    assertEquals(Set.of(FORUM, PANEL), sources("EHCP"));
  }

  @Test
  void theThesaurusCanBeSwitchedOff() throws Exception {
    SearchResult off =
        archive.search(
            new SearchRequest("SEND", Filters.NONE, SortOrder.RELEVANCE, 1, 10, false, false));
    assertEquals(List.of(), off.expansions());
    assertEquals(Set.of(FORUM, CABINET), sources(off));
  }

  @Test
  void fieldsSearchTheirOwnText() throws Exception {
    assertEquals(Set.of(FORUM), sources("resolved:\"note the progress\""));
    assertEquals(Set.of(FORUM, PANEL), sources("\"note the progress\""));
    assertEquals(Set.of(CABINET), sources("committee:cabinet"));
    assertEquals(Set.of(PANEL), sources("committee:\"corporate parenting\" exams"));
    assertEquals(Set.of(CABINET), sources("type:minutes potholes"));
    assertEquals(Set.of(FORUM, CABINET, PANEL), sources("section:resolved"));
    SearchResult unknown = search("agenda:potholes");
    assertEquals(Set.of(CABINET), sources(unknown));
    assertTrue(unknown.notices().get(0).contains("no field 'agenda:'"), unknown.notices().get(0));
  }

  @Test
  void trailingWildcardsHaveLimits() throws Exception {
    assertEquals(Set.of(CABINET), sources("pothol*"));
    assertEquals(Set.of(FORUM, CABINET), sources("organi*"));
    assertThrows(QuerySyntaxException.class, () -> search("p*"));
    assertThrows(QuerySyntaxException.class, () -> search("po*les"));
  }

  @Test
  void exclusionOrAndParenthesesWork() throws Exception {
    assertEquals(Set.of(FORUM), sources("organisation -potholes"));
    assertEquals(Set.of(CABINET, PANEL), sources("potholes OR exams"));
    assertEquals(Set.of(PANEL), sources("(potholes OR exams) panel"));
  }

  @Test
  void misspellingsGetADidYouMean() throws Exception {
    SearchResult typo = search("pothles");
    assertEquals(0, typo.total());
    assertEquals("potholes", typo.didYouMean());
    assertNull(search("potholes").didYouMean());
  }

  @Test
  void anyWordFallbackIsFlagged() throws Exception {
    SearchResult either = search("potholes exams");
    assertTrue(either.fallback());
    assertEquals(Set.of(CABINET, PANEL), sources(either));
    assertFalse(search("potholes road").fallback());
  }

  @Test
  void suggestionsCompleteNamesAndWords() throws Exception {
    List<Suggestion> pot = archive.suggest("pot");
    assertTrue(pot.contains(new Suggestion("potholes", "term", 1)), pot.toString());
    List<Suggestion> cab = archive.suggest("cab");
    assertTrue(cab.contains(new Suggestion("Cabinet", "committee", 1)), cab.toString());
    List<Suggestion> parenting = archive.suggest("paren");
    assertTrue(
        parenting.contains(new Suggestion("Corporate Parenting Panel", "committee", 1)),
        parenting.toString());
    assertTrue(archive.suggest("road rep").contains(new Suggestion("road repairs", "term", 1)));
    assertEquals(List.of(), archive.suggest(""));
  }

  @Test
  void recencyFavoursNewerMeetings() throws Exception {
    SearchRequest plain =
        new SearchRequest("organisation", Filters.NONE, SortOrder.RELEVANCE, 1, 10, true, false);
    SearchRequest recent =
        new SearchRequest("organisation", Filters.NONE, SortOrder.RELEVANCE, 1, 10, true, true);
    SearchResult withRecency = archive.search(recent);
    assertEquals(CABINET, withRecency.hits().get(0).source());
    assertTrue(
        withRecency.hits().get(0).score()
            > archive.search(plain).hits().stream()
                .filter(h -> h.source().equals(CABINET))
                .findFirst()
                .orElseThrow()
                .score());
  }

  @Test
  void expansionsAreListedOnce() throws Exception {
    List<Expansion> expansions = search("MASH MASH").expansions();
    assertEquals(1, expansions.size(), expansions.toString());
  }

  private static SearchResult search(String query) throws Exception {
    return archive.search(SearchRequest.of(query));
  }

  private static Set<String> sources(String query) throws Exception {
    return sources(search(query));
  }

  private static Set<String> sources(SearchResult result) {
    Set<String> sources = new TreeSet<>();
    for (SearchHit hit : result.hits()) {
      sources.add(hit.source());
    }
    return sources;
  }

  private static void write(Path file, String... paragraphs) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
  }
}
