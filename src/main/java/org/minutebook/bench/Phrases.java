package org.minutebook.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Fills the slots of a meeting's templates ("{pct}", "{road}", "{later}") with values drawn for
 * that meeting, and makes sentences of clauses. One instance writes one file, from the file's own
 * seed, so files can be written in any order and still come out the same.
 */
final class Phrases {
  private static final String[] ROADS = {
    "Mill Lane", "Church Street", "Station Road", "High Street", "London Road", "Chapel Lane",
    "School Lane", "Manor Road", "Green Lane", "Victoria Road", "Queen Street", "Park Road",
    "Back Lane", "Westgate", "Bridge Street", "Kings Road", "Meadow Way", "Orchard Close",
    "Water Lane", "Hall Lane", "Moor Road", "Brook Street", "Marsh Lane", "Common Road"
  };
  private static final String[] WARDS = {
    "Eastfield",
    "Hill Top",
    "Abbey",
    "Castle",
    "Priory",
    "Westgate",
    "Northfields",
    "Riverside",
    "Moorside",
    "Old Town",
    "Brookside",
    "Parkhill",
    "Southbank",
    "Greenacres",
    "Millbrook"
  };
  private static final String[] SCHOOLS = {
    "St Anne's Primary School", "Holy Trinity CE Primary School", "the primary school",
    "the academy", "St Joseph's Catholic Primary School", "the infant school"
  };
  private static final String[] CONTRACTORS = {
    "the grass cutting contractor", "the Society of Local Council Clerks", "the village hall",
    "the street lighting contractor", "the insurers", "the internal auditor"
  };

  private final RandomGenerator rng;
  private final Meeting meeting;

  /** The council's councillors in a random order: those present first, then the absent. */
  private final List<String> members;

  private final List<String> present;
  private Role role = Role.CHIEF_EXECUTIVE;

  /** The last "{n}" drawn: "{n2}" never exceeds it ("14 crimes, including 3 burglaries"). */
  private int lastN = 40;

  Phrases(RandomGenerator rng, Meeting meeting) {
    this.rng = rng;
    this.meeting = meeting;
    this.members = shuffled(rng, meeting.council().people().councillors());
    this.present = members.subList(0, 6 + rng.nextInt(8));
  }

  private static List<String> shuffled(RandomGenerator rng, List<String> councillors) {
    List<String> shuffled = new ArrayList<>(councillors);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      shuffled.set(i, shuffled.set(j, shuffled.get(i)));
    }
    return List.copyOf(shuffled);
  }

  RandomGenerator rng() {
    return rng;
  }

  Meeting meeting() {
    return meeting;
  }

  /** The officer whose report the next paragraphs discuss. */
  void lead(Role role) {
    this.role = role;
  }

  /** "Helen Marsh": who holds the lead role at the meeting's date. */
  String officer() {
    return meeting.council().people().officer(role, meeting.date().getYear());
  }

  /** "Director of Children's Services". */
  String role() {
    return role.title();
  }

  /** A councillor at the meeting, as minutes name them: "Councillor Okafor". */
  String councillor() {
    return "Councillor " + member();
  }

  /** A councillor's surname, from those at the meeting. */
  String member() {
    return present.get(rng.nextInt(present.size()));
  }

  /** The surnames of two different councillors at the meeting: a proposer and a seconder. */
  List<String> pair() {
    int first = rng.nextInt(present.size());
    int second = (first + 1 + rng.nextInt(present.size() - 1)) % present.size();
    return List.of(present.get(first), present.get(second));
  }

  /** The surnames of {@code count} councillors who were not at the meeting. */
  List<String> absent(int count) {
    return members.subList(present.size(), present.size() + count);
  }

  String pick(String[] options) {
    return options[rng.nextInt(options.length)];
  }

  int between(int low, int high) {
    return low + rng.nextInt(high - low + 1);
  }

  boolean chance(double p) {
    return rng.nextDouble() < p;
  }

  /** A clause from {@code options}, filled. */
  String clause(String[] options) {
    return fill(pick(options));
  }

  /** A clause as a sentence: capital first, full stop last. */
  static String sentence(String clause) {
    return Character.toUpperCase(clause.charAt(0)) + clause.substring(1) + ".";
  }

  /** The template with every "{slot}" replaced. */
  String fill(String template) {
    int open = template.indexOf('{');
    if (open < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    int from = 0;
    while (open >= 0) {
      int close = template.indexOf('}', open);
      out.append(template, from, open).append(slot(template.substring(open + 1, close)));
      from = close + 1;
      open = template.indexOf('{', from);
    }
    return out.append(template, from, template.length()).toString();
  }

  private String slot(String name) {
    LocalDate date = meeting.date();
    return switch (name) {
      case "pct", "pct2" -> percent(3, 45);
      case "share" -> percent(55, 98);
      case "money", "money2" -> money();
      case "small" -> pounds(between(120, 9_800) * 10L);
      case "pence" -> pounds(between(45, 4_800)) + "." + between(0, 9) + "0";
      case "n" -> Integer.toString(lastN = between(3, 40));
      case "n2" -> Integer.toString(between(1, Math.max(1, lastN - 1)));
      case "many" -> thousands(between(120, 4_800));
      case "dwellings" -> Integer.toString(between(2, 250));
      case "few" -> Integer.toString(between(2, 9));
      case "caseload" -> Integer.toString(between(14, 32));
      case "mph" -> Integer.toString(between(27, 46));
      case "landSupply" -> between(3, 6) + "." + between(1, 9);
      case "bandD" -> pounds(between(1_150, 2_350)) + "." + between(10, 99);
      case "rise" -> between(0, 4) + ".99%";
      case "year" -> Integer.toString(date.getYear());
      case "lastYear" -> Integer.toString(date.getYear() - 1);
      case "nextYear" -> Integer.toString(date.getYear() + 1);
      case "fy" -> LongDates.financialYear(date, 0);
      case "nextFy" -> LongDates.financialYear(date, 1);
      case "later" -> LongDates.monthYear(date.plusMonths(between(2, 7)));
      case "earlier" -> LongDates.monthYear(date.minusMonths(between(1, 8)));
      case "month" -> LongDates.month(date);
      case "cllr" -> member();
      case "road", "road2" -> pick(ROADS);
      case "ward" -> pick(WARDS);
      case "school" -> pick(SCHOOLS);
      case "contractor" -> pick(CONTRACTORS);
      case "town" -> meeting.council().place();
      case "inspYear" -> Integer.toString(meeting.council().profile().inspectionYear());
      case "grade" -> meeting.council().profile().grade();
      case "health" -> health(date.getYear());
      default -> throw new IllegalStateException("unknown slot {" + name + "}");
    };
  }

  /** "23%" or "23 per cent": minutes write both. */
  private String percent(int low, int high) {
    int whole = between(low, high);
    String value = chance(0.3) ? whole + "." + between(1, 9) : Integer.toString(whole);
    return chance(0.7) ? value + "%" : value + " per cent";
  }

  /** "£1.5 million" or "£245,000". */
  private String money() {
    if (chance(0.5)) {
      return "£" + between(1, 24) + "." + between(1, 9) + " million";
    }
    return pounds(between(15, 950) * 1_000L);
  }

  static String pounds(long amount) {
    return "£" + thousands(amount);
  }

  static String thousands(long amount) {
    return String.format(Locale.ROOT, "%,d", amount);
  }

  /** The local NHS body of the time. */
  private static String health(int year) {
    if (year >= 2022) {
      return "the integrated care board";
    }
    return year >= 2013 ? "the clinical commissioning group" : "the primary care trust";
  }
}
