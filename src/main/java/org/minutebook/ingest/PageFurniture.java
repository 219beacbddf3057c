package org.minutebook.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what is printed on every page rather than written in the minutes: page numbers, running
 * headers and footers, signature blanks, ruled lines, and the link addresses Tika appends to a PDF
 * page. A line is only furniture where furniture stands: near the top or bottom of a page.
 */
final class PageFurniture {
  /** "Page 3 of 12", "page 3", "- 3 -", "3", "3 of 12 11/20/22, 8:38 PM", "3/12". */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?"
              + "|[-–—]\\s*\\d{1,4}\\s*[-–—]|\\d{1,4}|\\d{1,4}\\s*/\\s*\\d{1,4}"
              + "|\\d{1,4}\\s+of\\s+\\d{1,4}(?:\\s+[\\d/:,.\\s]+(?:[AaPp]\\.?[Mm]\\.?)?)?)$",
          Pattern.CASE_INSENSITIVE);

  /** A link annotation: Tika writes each link's address after the text of its page. */
  private static final Pattern ADDRESS = Pattern.compile("^(?:https?://|mailto:|www\\.)\\S+$");

  /**
   * Drawn lines, signature blanks ("______", "Signed ______ Dated 12th November 2019") and the
   * "Page 1 of 3" that word processors print, wherever they stand.
   */
  private static final Pattern BLANK_FORM =
      Pattern.compile(
          "^(?:(?:(?:signed|signature|dated?|chair(?:man|person)?)?\\s*+[:.]?\\s*+[_.…=*-]{3,}+"
              + "\\s*+)++|signed\\s*+[:.]?\\s*+[_.…]{3,}+.*|page \\d{1,4} of \\d{1,4})$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");

  /** How far a printed page number may be from the page's place: covers and front matter. */
  private static final int PAGE_NUMBER_SLACK = 2;

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern FILL = Pattern.compile("[_.…]{3,}");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static final String TOP = "top:";
  private static final Pattern PAGE_WORD = Pattern.compile("\\bpage #");

  private static final int NUMBER_ZONE = 3;
  private static final int HEADER_ZONE = 6;
  private static final int FOOTER_ZONE = 4;

  private PageFurniture() {}

  /**
   * The lines without furniture; {@code paged} says whether the pages are real. Lines on page 0
   * followed the last '\f': if they mostly repeat the pages they are the PDF's outline, and only
   * what is new in them is kept; otherwise they are the last page, when the extractor marks only
   * the breaks between pages.
   */
  static List<Line> strip(List<Line> lines, boolean paged) {
    int lastPage = Math.max(1, lines.stream().mapToInt(Line::page).max().orElse(1));
    List<Line> onPages = new ArrayList<>(lines.stream().filter(line -> line.page() > 0).toList());
    List<Line> trailer = lines.stream().filter(line -> line.page() == 0).toList();
    Set<String> seen = new HashSet<>();
    onPages.forEach(line -> seen.add(squeezed(line.text())));
    long repeats = trailer.stream().filter(line -> seen.contains(squeezed(line.text()))).count();
    if (repeats * 2 < trailer.size()) {
      trailer.forEach(line -> onPages.add(new Line(line.text(), lastPage + 1, line.gap())));
      trailer = List.of();
    }
    List<List<Line>> pages = byPage(onPages);
    if (paged || pages.size() > 1) {
      for (List<Line> page : pages) {
        if (paged) {
          dropTrailingAddresses(page);
        }
        dropPageNumbers(page);
      }
      dropRepeated(pages);
    }
    List<Line> kept = new ArrayList<>();
    for (List<Line> page : pages) {
      page.stream().filter(line -> !BLANK_FORM.matcher(line.text()).matches()).forEach(kept::add);
    }
    for (Line line : trailer) {
      if (seen.add(squeezed(line.text()))) {
        kept.add(new Line(line.text(), lastPage, line.gap()));
      }
    }
    return kept;
  }

  private static String squeezed(String text) {
    return SPACE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static List<List<Line>> byPage(List<Line> lines) {
    Map<Integer, List<Line>> pages = new LinkedHashMap<>();
    for (Line line : lines) {
      pages.computeIfAbsent(line.page(), page -> new ArrayList<>()).add(line);
    }
    return new ArrayList<>(pages.values());
  }

  private static void dropTrailingAddresses(List<Line> page) {
    int end = page.size();
    while (end > 0 && ADDRESS.matcher(page.get(end - 1).text()).matches()) {
      end--;
    }
    // A page of nothing but addresses is content (a list of links), not annotations.
    if (end > 0) {
      page.subList(end, page.size()).clear();
    }
  }

  /** Drops the first page number among the top lines and the last among the bottom ones. */
  private static void dropPageNumbers(List<Line> page) {
    int size = page.size();
    int bottom = -1;
    for (int i = size - 1; i >= Math.max(0, size - NUMBER_ZONE); i--) {
      if (isPageNumber(page.get(i))) {
        bottom = i;
        break;
      }
    }
    int top = -1;
    for (int i = 0; i < Math.min(size, NUMBER_ZONE) && i != bottom; i++) {
      if (isPageNumber(page.get(i))) {
        top = i;
        break;
      }
    }
    if (bottom >= 0) {
      page.remove(bottom);
    }
    if (top >= 0) {
      page.remove(top);
    }
  }

  /**
   * Whether the line is a page number; a bare number must also be near the page's own number, or it
   * is more likely the last cell of a table.
   */
  private static boolean isPageNumber(Line line) {
    String text = line.text();
    if (!PAGE_NUMBER.matcher(text).matches()) {
      return false;
    }
    if (BARE_NUMBER.matcher(text).matches()) {
      return Math.abs(Integer.parseInt(text) - line.page()) <= PAGE_NUMBER_SLACK;
    }
    return true;
  }

  /**
   * Drops lines that recur at the top or bottom of many pages, compared with digits masked so that
   * "Minutes 12 March 2019 Page 3" matches across pages. The first time a running header appears it
   * stays: it is usually the title of the document, or of the part of it that starts there.
   */
  private static void dropRepeated(List<List<Line>> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<Line> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < page.size(); i++) {
        String zoned = zonedKey(page, i);
        if (zoned != null && seen.add(zoned)) {
          counts.merge(zoned, 1, Integer::sum);
        }
      }
    }
    int pageCount = (int) pages.stream().filter(page -> !page.isEmpty()).count();
    Set<String> titles = new HashSet<>();
    for (List<Line> page : pages) {
      List<Line> kept = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        String zoned = zonedKey(page, i);
        boolean furniture = zoned != null && repeated(counts.getOrDefault(zoned, 0), pageCount);
        boolean title =
            furniture
                && zoned.startsWith(TOP)
                && !PAGE_WORD.matcher(zoned).find()
                && titles.add(zoned);
        if (!furniture || title) {
          kept.add(page.get(i));
        }
      }
      page.clear();
      page.addAll(kept);
    }
  }

  private static boolean repeated(int count, int pages) {
    return count >= 2 && (count >= 3 || count * 2 >= pages);
  }

  /** The line's key prefixed by its zone, or null for a line in neither zone. */
  private static String zonedKey(List<Line> page, int index) {
    String key = key(page.get(index).text());
    // One word ("REPLY:", "(b)") recurs at the top of pages by chance; furniture says more.
    if (key.length() < 3 || !key.contains(" ")) {
      return null;
    }
    if (index < HEADER_ZONE) {
      return TOP + key;
    }
    if (index >= page.size() - FOOTER_ZONE) {
      return "bottom:" + key;
    }
    return null;
  }

  private static String key(String line) {
    String key = DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#");
    key = FILL.matcher(key).replaceAll("_");
    return SPACE.matcher(key).replaceAll(" ").strip();
  }
}
