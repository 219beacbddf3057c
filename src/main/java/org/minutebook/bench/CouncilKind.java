package org.minutebook.bench;

/** The tiers of English local government the generator invents councils of. */
enum CouncilKind {
  /** A county council: children's services, highways, education; no planning of houses. */
  COUNTY(true),
  /** A unitary or metropolitan borough, or a city: every service, children's included. */
  UNITARY(true),
  /** A district or borough under a county: planning, housing, leisure; no children's services. */
  DISTRICT(false),
  /** A town council: a parish council with a mayor. */
  TOWN(false),
  /** A parish council: planning comments, the precept, footpaths, the play area. */
  PARISH(false);

  private final boolean childrensServices;

  CouncilKind(boolean childrensServices) {
    this.childrensServices = childrensServices;
  }

  /** Whether the council runs children's social care, so that its minutes discuss it. */
  boolean childrensServices() {
    return childrensServices;
  }

  /** Whether it is a parish or town council, whose minutes are the clerk's. */
  boolean local() {
    return this == TOWN || this == PARISH;
  }
}
