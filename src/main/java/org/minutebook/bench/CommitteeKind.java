package org.minutebook.bench;

import java.util.List;

/**
 * The committees the generator's councils hold: what each may be called, how often it meets, how
 * long its agendas run, and since when it exists.
 */
enum CommitteeKind {
  FULL_COUNCIL(List.of("Council", "Full Council"), months(2, 5, 7, 10, 12), 6, 15, 2006),
  CABINET(List.of("Cabinet"), months(1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12), 5, 13, 2006),
  CHILDREN(
      List.of(
          "Children and Families Committee",
          "Children's Services Committee",
          "Children's Scrutiny Committee",
          "Children and Young People Committee"),
      months(1, 3, 6, 9, 11),
      5,
      10,
      2006),
  CORPORATE_PARENTING(
      List.of("Corporate Parenting Panel", "Corporate Parenting Board"),
      months(1, 4, 7, 10),
      4,
      8,
      2008),
  SCRUTINY(
      List.of("Overview and Scrutiny Committee", "Scrutiny Committee", "Scrutiny Management Board"),
      months(1, 3, 5, 7, 9, 11),
      5,
      9,
      2006),
  PLANNING(
      List.of(
          "Planning Committee",
          "Development Control Committee",
          "Planning and Regulatory Committee",
          "Development Management Committee"),
      months(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
      4,
      11,
      2006),
  HIGHWAYS(
      List.of(
          "Highways Committee",
          "Highways and Transport Committee",
          "Environment and Highways Committee"),
      months(3, 6, 9, 12),
      4,
      8,
      2006),
  AUDIT(
      List.of("Audit Committee", "Audit and Governance Committee", "Audit and Standards Committee"),
      months(3, 6, 9, 12),
      5,
      10,
      2006),
  HOUSING(
      List.of("Housing Committee", "Housing and Communities Committee"),
      months(1, 4, 7, 10),
      4,
      8,
      2006),
  /** Statutory from April 2013. */
  HEALTH_AND_WELLBEING(List.of("Health and Wellbeing Board"), months(3, 6, 9, 12), 4, 8, 2013),
  COMMUNITY_SAFETY(
      List.of("Community Safety Panel", "Safer Communities Committee"),
      months(2, 5, 9, 11),
      4,
      7,
      2006),
  LEISURE(
      List.of(
          "Leisure Committee",
          "Leisure and Culture Committee",
          "Communities and Leisure Committee"),
      months(1, 4, 7, 10),
      4,
      8,
      2006),
  /** The whole parish or town council; its name is filled in from the council's kind. */
  LOCAL_COUNCIL(List.of(), months(1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12), 7, 15, 2006),
  LOCAL_PLANNING(
      List.of("Planning Committee"), months(1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12), 3, 6, 2006),
  LOCAL_FINANCE(
      List.of("Finance Committee", "Finance and General Purposes Committee"),
      months(1, 4, 7, 10),
      4,
      8,
      2006),
  LOCAL_AMENITIES(
      List.of("Recreation Ground Committee", "Amenities Committee", "Open Spaces Committee"),
      months(3, 6, 9, 12),
      3,
      7,
      2006);

  private final List<String> names;
  private final int[] months;
  private final int minItems;
  private final int maxItems;
  private final int since;

  CommitteeKind(List<String> names, int[] months, int minItems, int maxItems, int since) {
    this.names = names;
    this.months = months;
    this.minItems = minItems;
    this.maxItems = maxItems;
    this.since = since;
  }

  private static int[] months(int... months) {
    return months;
  }

  /** The names a council may give this committee, as its minutes' heading writes them. */
  List<String> names(CouncilKind council) {
    if (this == LOCAL_COUNCIL) {
      return List.of(council == CouncilKind.TOWN ? "Town Council" : "Parish Council");
    }
    return names;
  }

  /** The months it meets in. */
  int[] months() {
    return months.clone();
  }

  int minItems() {
    return minItems;
  }

  int maxItems() {
    return maxItems;
  }

  /** The first year it can have met. */
  int since() {
    return since;
  }

  /** The committees of each kind of council, the whole council first. */
  static List<CommitteeKind> of(CouncilKind council) {
    return switch (council) {
      case COUNTY ->
          List.of(
              FULL_COUNCIL,
              CABINET,
              CHILDREN,
              CORPORATE_PARENTING,
              SCRUTINY,
              HIGHWAYS,
              AUDIT,
              HEALTH_AND_WELLBEING,
              PLANNING);
      case UNITARY ->
          List.of(
              FULL_COUNCIL,
              CABINET,
              CHILDREN,
              CORPORATE_PARENTING,
              SCRUTINY,
              PLANNING,
              AUDIT,
              HOUSING,
              HIGHWAYS,
              HEALTH_AND_WELLBEING,
              COMMUNITY_SAFETY);
      case DISTRICT ->
          List.of(
              FULL_COUNCIL, CABINET, PLANNING, SCRUTINY, AUDIT, HOUSING, COMMUNITY_SAFETY, LEISURE);
      case TOWN, PARISH -> List.of(LOCAL_COUNCIL, LOCAL_PLANNING, LOCAL_FINANCE, LOCAL_AMENITIES);
    };
  }
}
