package org.minutebook.search;

import java.util.regex.Pattern;

/** Reads the due hints that only the archive can resolve. */
final class DueHints {
  /**
   * "the next meeting", "the next Parish Council meeting", "the next committee": one meeting ahead,
   * not "the next two meetings".
   */
  private static final Pattern NEXT_MEETING =
      Pattern.compile(
          "(?i)\\bnext\\s+(?:(?:scheduled|ordinary|regular|monthly|full|parish|town|council|committee"
              + "|board|cabinet|improvement|focus|panel)\\s+){0,3}(?:meeting|committee)\\b");

  private DueHints() {}

  /** Whether {@code hint} means the next meeting of the same committee. */
  static boolean meansNextMeeting(String hint) {
    return NEXT_MEETING.matcher(hint).find();
  }
}
