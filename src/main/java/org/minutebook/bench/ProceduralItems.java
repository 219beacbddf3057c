package org.minutebook.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;

/**
 * The items every meeting has: apologies, declarations of interest, the minutes of the last
 * meeting, and at some meetings public participation and the date of the next.
 */
final class ProceduralItems {
  /** When meetings were held remotely under the Coronavirus Regulations 2020. */
  private static final LocalDate REMOTE_FROM = LocalDate.of(2020, 4, 4);

  private static final LocalDate REMOTE_TO = LocalDate.of(2021, 5, 6);

  private ProceduralItems() {}

  static Item apologies(Phrases p) {
    List<Block> blocks = new ArrayList<>();
    int count = p.between(0, 3);
    List<String> absent = p.absent(count);
    if (count == 0) {
      blocks.add(Block.plain("There were no apologies for absence."));
    } else {
      blocks.add(Block.plain("Apologies for absence were received from " + names(absent) + "."));
      if (!p.meeting().council().kind().local() && p.chance(0.4)) {
        blocks.add(
            Block.plain(
                p.councillor()
                    + " attended as a substitute for Councillor "
                    + absent.get(0)
                    + "."));
      }
    }
    LocalDate date = p.meeting().date();
    if (!date.isBefore(REMOTE_FROM) && !date.isAfter(REMOTE_TO)) {
      blocks.add(
          Block.plain(
              "The meeting was held remotely under the Local Authorities and Police and Crime Panels"
                  + " (Coronavirus) Regulations 2020 and was broadcast live."));
    }
    return new Item(1, "Apologies for absence", blocks);
  }

  /** "Councillor Okafor", "Councillors Okafor and Marsh", "Councillors A, B and C". */
  static String names(List<String> surnames) {
    if (surnames.size() == 1) {
      return "Councillor " + surnames.getFirst();
    }
    String init = String.join(", ", surnames.subList(0, surnames.size() - 1));
    return "Councillors " + init + " and " + surnames.getLast();
  }

  static Item declarations(Phrases p, int items) {
    String text;
    if (items < 4 || p.chance(0.6)) {
      text = "There were no declarations of interest.";
    } else if (p.chance(0.7)) {
      text =
          p.councillor()
              + " declared a non-pecuniary interest in item "
              + p.between(4, items)
              + " as a governor of "
              + p.fill("{school}")
              + ".";
    } else {
      text =
          p.councillor()
              + " declared a disclosable pecuniary interest in item "
              + p.between(4, items)
              + " and left the meeting while it was considered.";
    }
    return new Item(2, "Declarations of interest", List.of(Block.plain(text)));
  }

  static Item lastMinutes(Phrases p) {
    String held =
        p.meeting()
            .previous()
            .map(date -> "the meeting held on " + LongDates.dayMonthYear(date))
            .orElse("the previous meeting");
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        Resolutions.single(p, "the minutes of " + held + " be approved as a correct record"));
    if (p.chance(0.3)) {
      blocks.add(Block.plain("The Chair signed the minutes. There were no matters arising."));
    }
    return new Item(3, "Minutes of the last meeting", blocks);
  }

  static Item publicParticipation(Phrases p, int number) {
    String text =
        p.chance(0.4)
            ? "There were no members of the public present."
            : p.fill(
                "There were {n} members of the public present. Residents of {road} raised"
                    + " concerns about parked cars and the speed of traffic.");
    return new Item(number, "Public participation", List.of(Block.plain(text)));
  }

  static Item nextMeeting(Phrases p, int number, LocalDate next) {
    String time = p.meeting().council().kind().local() ? "7.30 pm" : "7.00 pm";
    String text =
        "The next meeting will be held on " + LongDates.withWeekday(next) + " at " + time + ".";
    return new Item(number, "Date of next meeting", List.of(Block.plain(text)));
  }
}
