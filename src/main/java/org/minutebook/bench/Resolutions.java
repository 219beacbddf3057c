package org.minutebook.bench;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Style;

/**
 * Decisions as each council writes them: ModernGov's "RESOLVED: That …", with numbered parts when
 * there are several, or a parish clerk's "Resolved: that …" with its proposer and seconder.
 */
final class Resolutions {
  private Resolutions() {}

  /** The resolution of one decision. */
  static Block single(Phrases p, String decision) {
    Council.Style style = p.meeting().council().style();
    if (style.modernGov() || style.resolutions() == 0) {
      return Block.plain("RESOLVED: That " + decision + ".");
    }
    if (style.resolutions() == 1) {
      return Block.plain("Resolved: that " + decision + ".");
    }
    List<String> movers = p.pair();
    return Block.plain(
        "It was resolved that "
            + decision
            + ". Proposed by Councillor "
            + movers.get(0)
            + ", seconded by Councillor "
            + movers.get(1)
            + "; "
            + p.pick(new String[] {"carried unanimously.", "carried.", "all in favour."}));
  }

  /** A resolution of several parts: "RESOLVED: That" and its numbered parts. */
  static List<Block> several(Phrases p, List<String> decisions) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block("RESOLVED: That", Style.LABEL));
    char style = p.meeting().council().style().listMarkers();
    for (int i = 0; i < decisions.size(); i++) {
      String end = i == decisions.size() - 1 ? "." : i == decisions.size() - 2 ? "; and" : ";";
      blocks.add(new Block(marker(style, i) + " " + decisions.get(i) + end, Style.LIST));
    }
    return blocks;
  }

  /** "(1)", "(a)" or "(i)": resolutions' parts are never numbered like agenda items. */
  static String marker(char style, int index) {
    return switch (style) {
      case 'a' -> "(" + (char) ('a' + index) + ")";
      case 'i' -> "(" + roman(index + 1) + ")";
      default -> "(" + (index + 1) + ")";
    };
  }

  private static String roman(int n) {
    return switch (n) {
      case 1 -> "i";
      case 2 -> "ii";
      case 3 -> "iii";
      case 4 -> "iv";
      case 5 -> "v";
      default -> "vi";
    };
  }
}
