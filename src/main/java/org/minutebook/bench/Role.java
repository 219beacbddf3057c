package org.minutebook.bench;

/** The officers who present reports; each council has one of each at a time. */
enum Role {
  CHIEF_EXECUTIVE("Chief Executive"),
  DIRECTOR_CHILDREN("Director of Children's Services"),
  ASSISTANT_DIRECTOR_SAFEGUARDING("Assistant Director for Safeguarding"),
  HEAD_SOCIAL_CARE("Head of Children's Social Care"),
  PRINCIPAL_SOCIAL_WORKER("Principal Social Worker"),
  HEAD_CHILDREN_IN_CARE("Head of Service for Children in Care"),
  HEAD_INCLUSION("Head of Inclusion and SEND"),
  HEAD_WORKFORCE("Head of Workforce Development"),
  DIRECTOR_EDUCATION("Director of Education and Skills"),
  DIRECTOR_PUBLIC_HEALTH("Director of Public Health"),
  HEAD_PLANNING("Head of Planning"),
  PLANNING_OFFICER("Principal Planning Officer"),
  HIGHWAYS_MANAGER("Highways Manager"),
  CHIEF_FINANCE_OFFICER("Chief Finance Officer"),
  HEAD_HOUSING("Head of Housing"),
  COMMUNITY_SAFETY_MANAGER("Community Safety Manager"),
  HEAD_LEISURE("Head of Leisure and Culture"),
  HEAD_AUDIT("Head of Internal Audit"),
  SCRUTINY_OFFICER("Scrutiny Officer"),
  HEAD_ENVIRONMENT("Head of Environmental Services"),
  CLERK("Clerk");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  /** The job title as minutes write it: "Director of Children's Services". */
  String title() {
    return title;
  }
}
