package org.minutebook.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.minutebook.bench.Council.Committee;

/**
 * The invented councils. The first forty are named by hand (invented, plausible names, not those of
 * real councils as far as we know); beyond them, parishes are named after those places ("Ashworth
 * Green Parish Council"). Each council gets committees, a calendar of their meetings from 2006 to
 * 2025, officers, councillors and a history.
 */
final class Councils {
  /** Name, kind. Interleaved so that the first few already mix every tier. */
  private static final String[][] NAMED = {
    {"Ashworth Borough Council", "UNITARY"},
    {"Kelbridge County Council", "COUNTY"},
    {"Little Marham Parish Council", "PARISH"},
    {"Sallowfield District Council", "DISTRICT"},
    {"Stowbury Town Council", "TOWN"},
    {"Redcastle City Council", "UNITARY"},
    {"Harrowdale County Council", "COUNTY"},
    {"Nether Ashcombe Parish Council", "PARISH"},
    {"Greywater District Council", "DISTRICT"},
    {"Kingsmere Borough Council", "UNITARY"},
    {"Penhallow Town Council", "TOWN"},
    {"Fenby St Mary Parish Council", "PARISH"},
    {"Wyndmoor County Council", "COUNTY"},
    {"Ellingford Borough Council", "UNITARY"},
    {"Holmwater District Council", "DISTRICT"},
    {"Thistlecombe Parish Council", "PARISH"},
    {"Brightwater Borough Council", "UNITARY"},
    {"Whitmere Town Council", "TOWN"},
    {"Eastmere County Council", "COUNTY"},
    {"Hollins Cross Parish Council", "PARISH"},
    {"Fernley Vale District Council", "DISTRICT"},
    {"Dunmere City Council", "UNITARY"},
    {"Chalkwell Green Parish Council", "PARISH"},
    {"Marlowe Heath Borough Council", "DISTRICT"},
    {"Brackenshire County Council", "COUNTY"},
    {"Wenford Parish Council", "PARISH"},
    {"Thornwick City Council", "UNITARY"},
    {"Ashwell Green Town Council", "TOWN"},
    {"Copperdale District Council", "DISTRICT"},
    {"Pennock End Parish Council", "PARISH"},
    {"Stanmoor Borough Council", "UNITARY"},
    {"Coldwell Parish Council", "PARISH"},
    {"Fellshire County Council", "COUNTY"},
    {"Oakhurst Vale District Council", "DISTRICT"},
    {"Hallam Vale Borough Council", "UNITARY"},
    {"Saxby Fen Parish Council", "PARISH"},
    {"Brayfield Town Council", "TOWN"},
    {"Lowther Brook District Council", "DISTRICT"},
    {"Calderwick County Council", "COUNTY"},
    {"Stoke Ferriby Parish Council", "PARISH"}
  };

  /** Places that lend their names to further parishes. */
  private static final String[] PLACES = {
    "Ashworth",
    "Kelbridge",
    "Sallowfield",
    "Stowbury",
    "Redcastle",
    "Harrowdale",
    "Greywater",
    "Kingsmere",
    "Penhallow",
    "Wyndmoor",
    "Ellingford",
    "Holmwater",
    "Thistlecombe",
    "Whitmere",
    "Eastmere",
    "Dunmere",
    "Wenford",
    "Thornwick",
    "Copperdale",
    "Stanmoor",
    "Coldwell",
    "Calderwick",
    "Marham",
    "Ashcombe",
    "Fenby",
    "Pennock",
    "Saxby",
    "Ferriby",
    "Oakhurst",
    "Hallam"
  };

  private static final String[] HAMLETS = {
    "Green", "End", "Fen", "Heath", "Marsh", "Cross", "Common", "Magna", "Parva", "Moor", "Hill",
    "Wood", "Bridge", "Lees", "Thorpe", "Brook", "Dale", "Field", "Ford", "Row", "Vale", "Wick",
    "Bank", "Lane"
  };

  /** The further parishes' names, none the same as a named council's ("Saxby Fen"). */
  private static final List<String> FURTHER = further();

  /** How many councils there can be: the named ones and every further parish. */
  static final int MAX = NAMED.length + FURTHER.size();

  private static final String[] GRADES = {
    "inadequate",
    "requires improvement to be good",
    "requires improvement to be good",
    "good",
    "good",
    "outstanding"
  };

  /** Years of widespread flooding in England, from which each council floods in some. */
  private static final int[] FLOOD_YEARS = {
    2007, 2012, 2013, 2014, 2015, 2016, 2019, 2020, 2023, 2024
  };

  /**
   * Headings of longer preambles become an item of their own in the ingest layer: the council's
   * name and the meeting heading together stay below this many words.
   */
  private static final int MAX_HEADING_WORDS = 19;

  private static final int HEADING_WORDS_WITHOUT_NAMES = 12;

  private Councils() {}

  /** The name and kind of the {@code index}th council. */
  static String[] named(int index) {
    if (index < NAMED.length) {
      return NAMED[index];
    }
    return new String[] {FURTHER.get(index - NAMED.length), "PARISH"};
  }

  private static List<String> further() {
    Set<String> named = new HashSet<>();
    for (String[] council : NAMED) {
      named.add(council[0]);
    }
    List<String> names = new ArrayList<>();
    for (String hamlet : HAMLETS) {
      for (String place : PLACES) {
        String name = place + " " + hamlet + " Parish Council";
        if (!named.contains(name)) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /** Invents the {@code index}th council. */
  static Council invent(int index, RandomGenerator rng) {
    String[] named = named(index);
    String name = named[0];
    CouncilKind kind = CouncilKind.valueOf(named[1]);
    String place = name.replaceFirst(" (Borough|County|City|District|Town|Parish) Council$", "");
    String slug =
        name.replaceFirst(" Council$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    Council.Style style = style(kind, rng);
    List<Committee> committees = committees(name, kind, rng);
    return new Council(
        name, place, slug, kind, style, committees, profile(rng), People.invent(rng));
  }

  private static Council.Style style(CouncilKind kind, RandomGenerator rng) {
    boolean modernGov = kind.local() ? rng.nextDouble() < 0.1 : rng.nextDouble() < 0.8;
    char markers = "1ai".charAt(rng.nextInt(3));
    return new Council.Style(modernGov, markers, rng.nextInt(3));
  }

  /** The whole council and a random selection of its other committees: 3 to 8 in all. */
  private static List<Committee> committees(String council, CouncilKind kind, RandomGenerator rng) {
    List<CommitteeKind> kinds = new ArrayList<>(CommitteeKind.of(kind));
    kinds.removeIf(committee -> names(council, kind, committee).isEmpty());
    List<CommitteeKind> chosen = new ArrayList<>(List.of(kinds.removeFirst()));
    if (kinds.contains(CommitteeKind.CHILDREN)) {
      chosen.add(kinds.remove(kinds.indexOf(CommitteeKind.CHILDREN)));
    }
    int count = Math.min(kinds.size() + chosen.size(), 3 + rng.nextInt(6));
    while (chosen.size() < count) {
      chosen.add(kinds.remove(rng.nextInt(kinds.size())));
    }
    chosen.sort(null);
    List<Committee> committees = new ArrayList<>();
    for (CommitteeKind committee : chosen) {
      String name = committeeName(council, kind, committee, rng);
      committees.add(new Committee(committee, name, calendar(committee, rng)));
    }
    return List.copyOf(committees);
  }

  /** One of the committee's names short enough for the heading of its minutes. */
  private static String committeeName(
      String council, CouncilKind kind, CommitteeKind committee, RandomGenerator rng) {
    List<String> names = names(council, kind, committee);
    return names.get(rng.nextInt(names.size()));
  }

  /**
   * The committee's names that keep the heading short: a longer preamble would become an item of
   * its own in the ingest layer, and the archive's item count would no longer be what was written.
   */
  private static List<String> names(String council, CouncilKind kind, CommitteeKind committee) {
    int room = MAX_HEADING_WORDS - HEADING_WORDS_WITHOUT_NAMES - words(council);
    return committee.names(kind).stream().filter(n -> words(n) <= room).toList();
  }

  static int words(String text) {
    return text.split(" ").length;
  }

  /**
   * The dates a committee met: in its months, on its weekday in its week of the month (the second
   * Tuesday), from the year it was set up, with a meeting now and then cancelled.
   */
  private static List<LocalDate> calendar(CommitteeKind kind, RandomGenerator rng) {
    DayOfWeek day = DayOfWeek.of(1 + rng.nextInt(4));
    int week = 1 + rng.nextInt(4);
    int from = kind.since() + (rng.nextDouble() < 0.2 ? rng.nextInt(8) : 0);
    List<LocalDate> dates = new ArrayList<>();
    for (int year = from; year <= People.LAST_YEAR; year++) {
      for (int month : kind.months()) {
        if (rng.nextDouble() >= 0.06) {
          LocalDate first = LocalDate.of(year, month, 1);
          dates.add(first.with(TemporalAdjusters.dayOfWeekInMonth(weekIn(month, week), day)));
        }
      }
    }
    return List.copyOf(dates);
  }

  /**
   * The committee's week, but never the holidays: early in December, after the first week of
   * January.
   */
  private static int weekIn(int month, int week) {
    return switch (month) {
      case 12 -> Math.min(week, 2);
      case 1 -> Math.max(week, 2);
      default -> week;
    };
  }

  private static Council.Profile profile(RandomGenerator rng) {
    int inspection = 2009 + rng.nextInt(15);
    String grade = GRADES[rng.nextInt(GRADES.length)];
    Set<Integer> floods = new LinkedHashSet<>();
    int count = 2 + rng.nextInt(3);
    while (floods.size() < count) {
      floods.add(FLOOD_YEARS[rng.nextInt(FLOOD_YEARS.length)]);
    }
    Map<String, Double> bias = new HashMap<>();
    for (Topic topic : Topics.ALL) {
      bias.put(topic.id(), 0.6 + 0.8 * rng.nextDouble());
    }
    for (Topic topic : ParishTopics.ALL) {
      bias.put(topic.id(), 0.6 + 0.8 * rng.nextDouble());
    }
    return new Council.Profile(inspection, grade, Set.copyOf(floods), Map.copyOf(bias));
  }
}
