package org.minutebook.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An invented council: its name, committees, officers and the events (an inspection, floods) that
 * give its minutes their shape over time.
 *
 * @param name the full name, the first line of its minutes ("Ashworth Borough Council")
 * @param place the place it is named after ("Ashworth")
 * @param slug its folder in the archive ("ashworth-borough")
 * @param kind its tier
 * @param style how its clerks write minutes
 * @param committees its committees, the whole council first
 * @param profile its history
 * @param people its officers and councillors
 */
record Council(
    String name,
    String place,
    String slug,
    CouncilKind kind,
    Style style,
    List<Committee> committees,
    Profile profile,
    People people) {

  /**
   * How a council's minutes are written.
   *
   * @param modernGov principal councils' house style: "Minutes:" and "RESOLVED: That" labels
   * @param listMarkers how a resolution numbers its parts: "1", "a" or "i"
   * @param resolutions how other clerks write a decision: 0 "RESOLVED: That", 1 "Resolved: that", 2
   *     "It was resolved that … Proposed by …, seconded by …"
   */
  record Style(boolean modernGov, char listMarkers, int resolutions) {}

  /**
   * The events of a council's history that topics respond to.
   *
   * @param inspectionYear the year of its main inspection of children's services
   * @param grade the inspection's judgement
   * @param floodYears years in which it flooded
   * @param bias how much more or less than usual it discusses each topic, by topic id
   */
  record Profile(
      int inspectionYear, String grade, Set<Integer> floodYears, Map<String, Double> bias) {
    double bias(String topic) {
      return bias.getOrDefault(topic, 1.0);
    }

    /** Whether children's services were judged inadequate, so an improvement board followed. */
    boolean inadequate() {
      return grade.equals("inadequate");
    }

    /** Years since the inspection on {@code date}, negative before it. */
    int sinceInspection(LocalDate date) {
      return date.getYear() - inspectionYear;
    }
  }

  /**
   * A committee and its calendar.
   *
   * @param kind what it does
   * @param name its name as the minutes' heading writes it ("Council", "Cabinet")
   * @param dates every date it met, in order, whether or not the archive holds the minutes
   */
  record Committee(CommitteeKind kind, String name, List<LocalDate> dates) {
    /** The name the ingest layer gives it: the whole council's meeting is "Full Council". */
    String facetName() {
      return name.equals("Council") ? "Full Council" : name;
    }
  }
}
