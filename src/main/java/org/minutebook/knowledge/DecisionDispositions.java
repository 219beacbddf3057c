package org.minutebook.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.Paragraph;

/**
 * Reads a US disposition list, where each agenda item ("41 Appoint … (Report) (Y-5) CONFIRMED",
 * "*47 Authorize … (Ordinance) REFERRED TO COMMISSIONER OF FINANCE") is followed by what the
 * council did with it. The raw text of such lists runs several items into one paragraph and one
 * item across two, so the reader splits paragraphs at item numbers and carries an item whose
 * disposition has not yet come into the next paragraph. One reader per agenda item; not
 * thread-safe.
 */
final class DecisionDispositions {
  /** An item number before a capitalised word: "38 Request", "*42 Accept", "S-56 Accept". */
  private static final Pattern START =
      Pattern.compile("(?<![\\w$.,/:-])\\*?(?:[A-Z]-)?([0-9]{1,3})\\s+(?=[A-Z][a-z])");

  /** What only a disposition list says: a roll call tally or a disposition of its own kind. */
  private static final Pattern LIST_CUE =
      Pattern.compile(
          "\\([YN]-[0-9]{1,2}\\)|PLACED ON FILE|PASSED TO SECOND READING|REFERRED TO [A-Z]"
              + "|ACCEPTED AS AMENDED");

  private static final String DATE_AND_TIME =
      "(?: [A-Z]+ [0-9]{1,2}, [0-9]{4}(?: AT [0-9]{1,2}:[0-9]{2} [AP]M)?)?";

  /** A disposition: a tally with the ordinance number it gave, or a disposition in capitals. */
  private static final Pattern DISPOSITION =
      Pattern.compile(
          "\\([YN]-[0-9]{1,2}\\)(?:\\s+[0-9]{5,7}\\b)?"
              + "|\\b(?:SUBSTITUTE\\s+)?(?:PLACED ON FILE|CONFIRMED|ADOPTED(?: AS AMENDED)?"
              + "|ACCEPTED(?: AS AMENDED)?|APPROVED|DENIED|FAILED|TABLED|WITHDRAWN"
              + "|PASSED(?: TO SECOND READING)?|CONTINUED|RESCHEDULED|REFERRED TO(?: [A-Z&]+)+)"
              + DATE_AND_TIME
              + "\\b");

  /** An item read up to the end of a paragraph without its disposition. */
  private record Pending(Paragraph paragraph, String number, String text) {}

  private Pending pending;
  private boolean open;

  /**
   * Reads the items of the list {@code p} holds or continues into {@code out}, and returns what is
   * left for the sentence reader: the words before the first item, or all of {@code p}'s text when
   * it is no part of a list.
   */
  String read(Paragraph p, List<DecisionDraft> out) {
    String text = p.text();
    Matcher start = START.matcher(text);
    boolean hasStart = start.find();
    if (!(open || pending != null) && !(hasStart && LIST_CUE.matcher(text).find())) {
      return text;
    }
    int first = hasStart ? start.start() : text.length();
    String prefix = text.substring(0, first);
    boolean prefixTaken = finishPending(prefix, out);
    open = hasStart;
    if (hasStart) {
      readItems(p, text, start, out);
    }
    return prefixTaken ? "" : prefix;
  }

  /** Ends the item carried from the previous paragraph; whether {@code prefix} ended it. */
  private boolean finishPending(String prefix, List<DecisionDraft> out) {
    Pending carried = pending;
    pending = null;
    if (carried == null) {
      return false;
    }
    // An item whose disposition does not open the next paragraph was no item after all.
    return emit(carried.paragraph(), carried.number(), carried.text() + " " + prefix.strip(), out);
  }

  private void readItems(Paragraph p, String text, Matcher start, List<DecisionDraft> out) {
    String number = start.group(1);
    int from = start.end();
    StringBuilder carried = new StringBuilder();
    while (true) {
      int at = carried.isEmpty() ? from : start.start();
      boolean more = start.find();
      int to = more ? start.start() : text.length();
      carried.append(carried.isEmpty() ? "" : " ").append(text, at, to);
      // An item without a disposition was split at a number inside its title: keep reading.
      if (emit(p, number, carried.toString().strip(), out)) {
        carried.setLength(0);
        number = null;
      }
      if (!more) {
        break;
      }
      number = number == null ? start.group(1) : number;
      from = start.end();
    }
    if (!carried.isEmpty()) {
      pending = new Pending(p, number, carried.toString().strip());
    }
  }

  /** Adds the item worded {@code text} when it has a disposition; whether it had one. */
  private static boolean emit(Paragraph p, String number, String text, List<DecisionDraft> out) {
    Matcher m = DISPOSITION.matcher(text);
    int end = -1;
    String last = "";
    while (m.find()) {
      end = m.end();
      last = m.group().startsWith("(") ? last : m.group();
    }
    if (end < 0) {
      return false;
    }
    out.add(new DecisionDraft(p, number, text.substring(0, end).strip(), outcome(last)));
    return true;
  }

  /** The outcome a disposition in capitals states; a bare tally passed the item. */
  static DecisionOutcome outcome(String disposition) {
    if (disposition.contains("PLACED ON FILE")) {
      return DecisionOutcome.NOTED;
    }
    if (disposition.contains("REFERRED")) {
      return DecisionOutcome.REFERRED;
    }
    if (disposition.matches(".*\\b(?:SECOND READING|CONTINUED|RESCHEDULED|TABLED)\\b.*")) {
      return DecisionOutcome.DEFERRED;
    }
    if (disposition.matches(".*\\b(?:DENIED|FAILED)\\b.*")) {
      return DecisionOutcome.REJECTED;
    }
    return disposition.contains("WITHDRAWN") ? DecisionOutcome.OTHER : DecisionOutcome.APPROVED;
  }
}
