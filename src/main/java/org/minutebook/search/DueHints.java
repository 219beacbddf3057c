package org.minutebook.search;

import java.util.regex.Pattern;

/** Reads the due hints that only the archive can resolve. */
final class DueHints {
  private static final Pattern NEXT_MEETING =
      Pattern.compile(
          "(?i)\\bnext\\b.*\\b(meeting|committee|cycle)\\b|\\bnext\\s+(meeting|committee)");

  private DueHints() {}

  /** Whether {@code hint} means the next meeting of the same committee. */
  static boolean meansNextMeeting(String hint) {
    return NEXT_MEETING.matcher(hint).find();
  }
}
