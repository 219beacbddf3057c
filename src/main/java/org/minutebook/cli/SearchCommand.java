package org.minutebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.minutebook.config.Paths;
import org.minutebook.model.Expansion;
import org.minutebook.model.Filters;
import org.minutebook.model.SearchHit;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.SortOrder;
import org.minutebook.search.Archive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutebook search}: searches from the terminal, as text or as the API's JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {"Search the archive from the terminal (indexes first if needed)."})
final class SearchCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "Words, \"quoted phrases\", OR, -exclusions.")
  List<String> words;

  @Mixin CorpusOptions corpus;

  @Option(names = "--json", description = "Print the result as the API's JSON.")
  boolean json;

  @Option(names = "--committee", paramLabel = "NAME", description = "Only this committee.")
  List<String> committees = List.of();

  @Option(names = "--council", paramLabel = "NAME", description = "Only this council.")
  List<String> councils = List.of();

  @Option(names = "--theme", paramLabel = "ID", description = "Only items with this theme.")
  List<String> themes = List.of();

  @Option(names = "--year", paramLabel = "YYYY", description = "Only meetings in this year.")
  List<String> years = List.of();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(
      names = "--size",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many hits to show (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(
      names = "--no-thesaurus",
      description = "Search only the words typed, without acronyms and their expansions.")
  boolean noThesaurus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Paths paths = corpus.paths();
    PrintWriter out = spec.commandLine().getOut();
    // In JSON mode the indexing chatter goes to stderr so that stdout stays machine-readable.
    PrintWriter chatter = json ? spec.commandLine().getErr() : out;
    Indexing.ensureFresh(paths, chatter, spec.commandLine().getErr());
    SearchRequest request =
        new SearchRequest(
            String.join(" ", words),
            new Filters(
                committees, councils, themes, List.of(), years, Optional.empty(), Optional.empty()),
            SortOrder.fromLabel(sort),
            1,
            size,
            !noThesaurus,
            false);
    SearchResult result;
    try (Archive archive = Archive.forCorpus(paths.corpus(), paths.index())) {
      result = archive.search(request);
    }
    if (json) {
      StringWriter text = new StringWriter();
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(text, result);
      out.println(text);
    } else {
      printText(result, out);
    }
    out.flush();
    return 0;
  }

  private static void printText(SearchResult result, PrintWriter out) {
    out.printf(
        "%n%d result%s for %s%n", result.total(), result.total() == 1 ? "" : "s", result.query());
    for (Expansion expansion : result.expansions()) {
      out.printf("Also searched: %s → %s%n", expansion.term(), String.join(", ", expansion.also()));
    }
    if (result.fallback()) {
      out.println("No item has all of the words, so items with any of them are listed.");
    }
    for (String notice : result.notices()) {
      out.println(notice);
    }
    if (result.didYouMean() != null) {
      out.printf("Did you mean: %s%n", result.didYouMean());
    }
    int n = 0;
    for (SearchHit hit : result.hits()) {
      n++;
      out.printf("%n%d. %s%n", n, hit.title());
      out.printf(
          "   %s · %s · %s%n",
          Optional.ofNullable(hit.committee()).orElse("committee unknown"),
          hit.date() != null
              ? hit.date()
              : hit.estimatedDate() != null
                  ? "about " + hit.estimatedDate() + " (estimated)"
                  : "date unknown",
          hit.source());
      for (String snippet : hit.snippets()) {
        out.printf("   … %s%n", plain(snippet));
      }
    }
  }

  /** A snippet's HTML as terminal text: matches in [brackets], entities decoded. */
  static String plain(String html) {
    return html.replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
