package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a council website puts around the minutes: ModernGov's menus, breadcrumbs, skip links,
 * "view the full minutes text" links and file sizes in link text, copyright and cookie lines, and
 * long runs of menu links before or after the text. Only whole lines that match a known shape go:
 * anything that might be minutes stays.
 */
final class WebFurniture {
  /** The labels of ModernGov's menus and breadcrumbs; a run of three or more is a menu. */
  private static final Set<String> MENU =
      Set.of(
          "calendar",
          "committees",
          "constitution",
          "councillors",
          "decisions",
          "election results",
          "epetitions",
          "library",
          "meetings",
          "outside bodies",
          "search documents",
          "subscribe to updates",
          "what's new",
          "what’s new",
          "home",
          "committee details",
          "agenda, decisions and minutes",
          "browse meetings",
          "meeting",
          "committee structure",
          "your councillors",
          "forward plans",
          "forward plan",
          "officer decisions",
          "search for expired committees",
          "issue details",
          "decision details",
          "news",
          "documents",
          "consultations",
          "elections",
          "parish councils",
          "mps",
          "meps");

  private static final int MENU_RUN = 3;

  /** Lines that are links or labels of the page, never minutes. */
  private static final Pattern CHROME =
      Pattern.compile(
          "^(?:skip to (?:main )?(?:content|navigation)|section menu|share this page|share|print"
              + "|print this page|back to top|top of page|watch council meetings here"
              + "|view recorded vote for this item|view the full (?:minutes|decision) text for item"
              + " [\\w.]+\\.?|webcast: view the webcast|earlier meetings\\.|later meetings\\."
              + "|you can view the individual reports for this meeting .*|all rights reserved\\.?"
              + "|ref:\\s*\\S.{0,60}|(?:pdf|docx?|xlsx?|pptx?|rtf|html?|zip)\\s+\\d+(?:\\.\\d+)?\\s*[kmg]b)$",
          Pattern.CASE_INSENSITIVE);

  /** A file's type and size after a link's text: "Improvement Plan PDF 284 KB". */
  private static final Pattern FILE_SIZE =
      Pattern.compile(
          "\\s+(?:PDF|DOCX?|XLSX?|PPTX?|RTF|HTML?|ZIP)\\s+\\d+(?:\\.\\d+)?\\s*[KMG]B$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern VIEW_DIRECTIONS =
      Pattern.compile("\\s+View directions$", Pattern.CASE_INSENSITIVE);

  /**
   * A copyright notice, which may run on for a line or two: "© 2024 …", "Copyright remains with …".
   * A "©" or "(c)" before anything else is a list marker (OCR reads some bullets as "©").
   */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}|remains|by|of|all rights)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COOKIES =
      Pattern.compile(
          "\\bcookies?\\b.*\\b(?:we use|this (?:site|website) uses|accept|consent|settings)\\b"
              + "|\\b(?:we use|this (?:site|website) uses|accept(?: all)?)\\b.*\\bcookies?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final int COOKIE_LINE_MAX = 300;

  private WebFurniture() {}

  /** The lines without web-page furniture. */
  static List<Line> strip(List<Line> lines) {
    List<Line> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int menu = menuRun(lines, i);
      if (menu >= MENU_RUN) {
        i += menu - 1;
        continue;
      }
      String text = lines.get(i).text();
      if (COPYRIGHT.matcher(text).find()) {
        i = endOfSentence(lines, i);
        continue;
      }
      if (isChrome(text)) {
        continue;
      }
      kept.add(lines.get(i).withText(trimLink(text)));
    }
    return kept;
  }

  /** The line without a trailing file size or "View directions". */
  static String trimLink(String text) {
    String trimmed = FILE_SIZE.matcher(text).replaceFirst("");
    return VIEW_DIRECTIONS.matcher(trimmed).replaceFirst("");
  }

  private static boolean isChrome(String text) {
    return CHROME.matcher(text).matches()
        || (text.length() <= COOKIE_LINE_MAX && COOKIES.matcher(text).find());
  }

  private static int menuRun(List<Line> lines, int start) {
    int end = start;
    while (end < lines.size()
        && MENU.contains(lines.get(end).text().toLowerCase(Locale.ROOT).strip())) {
      end++;
    }
    return end - start;
  }

  /** The index of the line that ends the sentence begun on line {@code start}, at most one on. */
  private static int endOfSentence(List<Line> lines, int start) {
    int end = start;
    while (end < start + 1
        && end + 1 < lines.size()
        && !lines.get(end).text().endsWith(".")
        && Character.isLowerCase(lines.get(end + 1).text().codePointAt(0))) {
      end++;
    }
    return end;
  }
}
