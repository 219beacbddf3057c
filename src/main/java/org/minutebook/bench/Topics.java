package org.minutebook.bench;

import static org.minutebook.bench.CommitteeKind.AUDIT;
import static org.minutebook.bench.CommitteeKind.CABINET;
import static org.minutebook.bench.CommitteeKind.CHILDREN;
import static org.minutebook.bench.CommitteeKind.COMMUNITY_SAFETY;
import static org.minutebook.bench.CommitteeKind.CORPORATE_PARENTING;
import static org.minutebook.bench.CommitteeKind.FULL_COUNCIL;
import static org.minutebook.bench.CommitteeKind.HEALTH_AND_WELLBEING;
import static org.minutebook.bench.CommitteeKind.HIGHWAYS;
import static org.minutebook.bench.CommitteeKind.HOUSING;
import static org.minutebook.bench.CommitteeKind.LEISURE;
import static org.minutebook.bench.CommitteeKind.PLANNING;
import static org.minutebook.bench.CommitteeKind.SCRUTINY;
import static org.minutebook.bench.Topic.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The topics of principal councils' substantive items (parish business is in {@link ParishTopics}),
 * with the shapes that make timelines rise and fall: the front door after a council's inspection,
 * recruitment and SEND over the 2010s, floods in flood years, the budget in February.
 */
final class Topics {
  private Topics() {}

  /** Every principal council topic, in a fixed order. */
  static final List<Topic> ALL =
      List.of(
          recruitment(),
          caseloads(),
          frontDoor(),
          contactAndReferral(),
          inspection(),
          improvement(),
          childProtection(),
          childrenInCare(),
          careLeavers(),
          courtWork(),
          send(),
          mentalHealth(),
          schools(),
          scrutinyProgramme(),
          budgetMonitoring(),
          budgetSetting(),
          localPlan(),
          highways(),
          roadSafety(),
          housing(),
          homelessness(),
          flooding(),
          climate(),
          communitySafety(),
          leisure(),
          libraries(),
          audit(),
          grants(),
          publicHealth());

  /** Topics only councils with children's services and schools discuss. */
  private static final Set<String> CHILDRENS =
      Set.of(
          "recruitment",
          "caseloads",
          "front-door",
          "contact-and-referral",
          "inspection",
          "improvement",
          "child-protection",
          "children-in-care",
          "care-leavers",
          "court",
          "send",
          "mental-health",
          "schools");

  static boolean childrens(Topic topic) {
    return CHILDRENS.contains(topic.id());
  }

  // ------------------------------------------------------------------ shapes

  /** 0 before {@code from}, rising evenly to 1 at {@code to}. */
  static double rising(LocalDate date, int from, int to) {
    double t = (date.getYear() + (date.getMonthValue() - 1) / 12.0 - from) / (to - from);
    return Math.max(0, Math.min(1, t));
  }

  /** 1 in the year of the council's inspection, fading by 30% a year after it; 0 before it. */
  static double afterInspection(Council council, LocalDate date) {
    int years = council.profile().sinceInspection(date);
    return years < 0 ? 0 : StrictMath.pow(0.7, years);
  }

  private static boolean winter(LocalDate date) {
    int month = date.getMonthValue();
    return month >= 12 || month <= 4;
  }

  private static double flat(Council council, LocalDate date) {
    return 1;
  }

  // ------------------------------------------------------------------ children's services

  private static Topic recruitment() {
    return new Topic(
        "recruitment",
        Role.HEAD_WORKFORCE,
        (c, d) -> 0.3 + 2.0 * rising(d, 2014, 2022) + 0.8 * afterInspection(c, d),
        at(CHILDREN, 3, CABINET, 0.8, SCRUTINY, 1.2, CORPORATE_PARENTING, 0.4, FULL_COUNCIL, 0.3),
        new String[] {
          "Social Work Recruitment and Retention",
          "Children's Workforce Strategy",
          "Recruitment and Retention of Social Workers",
          "Agency Staff and Workforce Update",
          "Workforce Development Plan {fy}"
        },
        new String[] {
          "set out progress against the recruitment and retention strategy",
          "summarised the position on social worker vacancies and the use of agency staff",
          "described the council's approach to international recruitment",
          "updated members on the workforce strategy agreed in {lastYear}",
          "outlined the market supplement and retention payment offered to experienced social"
              + " workers"
        },
        new String[] {
          "the vacancy rate for qualified social workers stood at {pct}, against a regional average"
              + " of {pct2}",
          "{n} agency social workers were currently engaged, at an annual cost of {money}",
          "agency spend had fallen by {pct} since {lastYear}",
          "staff turnover in the assessment teams had risen to {pct} over the year",
          "{n} newly qualified social workers had started the ASYE programme in September",
          "exit interviews showed that workload and travel were the main reasons staff left",
          "the retention payment had been taken up by {share} of eligible staff",
          "{n} social workers recruited from overseas had joined the service since {lastYear}"
        },
        new String[] {
          "the reliance on agency staff in the locality teams",
          "the cost of agency social workers",
          "the number of vacant posts in the disability team",
          "competition from neighbouring authorities paying higher salaries",
          "the loss of experienced team managers"
        },
        new String[] {
          "the market supplement had made a difference to staff retention",
          "exit interviews were carried out with every leaver",
          "agency workers could be offered permanent posts",
          "the regional agreement on agency pay rates was being observed",
          "the service was an employer of choice for newly qualified staff"
        },
        new String[] {
          "the permanent workforce had grown by {n} posts over the year",
          "stay interviews were now offered to all staff after twelve months",
          "the council had signed the regional memorandum on agency pay",
          "a career progression framework would be launched in {later}",
          "the aim was to reduce agency staff to below {pct} of the workforce by {nextYear}"
        },
        new String[] {
          "the recruitment and retention strategy be endorsed",
          "the continuation of the market supplement for a further year be approved",
          "the progress made in reducing agency spend be noted",
          "the Committee's thanks be passed to staff for their commitment"
        },
        new String[] {
          "an update on agency staff numbers",
          "the findings of the exit interviews",
          "a breakdown of staff vacancies by team",
          "the cost of the international recruitment campaign"
        });
  }

  private static Topic caseloads() {
    return new Topic(
        "caseloads",
        Role.HEAD_SOCIAL_CARE,
        (c, d) -> 0.3 + 0.7 * rising(d, 2012, 2020) + 0.8 * afterInspection(c, d),
        at(CHILDREN, 2, SCRUTINY, 1, CABINET, 0.3),
        new String[] {
          "Social Worker Caseloads", "Caseloads and Workload Management", "Workload Pressures"
        },
        new String[] {
          "set out average caseloads across the children's social care teams",
          "explained the workload management tool introduced in {earlier}",
          "compared caseloads with those of statistical neighbours"
        },
        new String[] {
          "the average caseload in the assessment teams was {caseload} children",
          "{pct} of social workers held more than twenty cases",
          "average caseloads had fallen to {caseload} since the last report",
          "caseloads in the children in need teams remained above the service's target",
          "high workloads were the reason most often given by staff who left"
        },
        new String[] {
          "caseloads in the east locality team",
          "the effect of high workloads on the quality of practice",
          "the time newly qualified staff had for supervision"
        },
        new String[] {
          "caseloads were protected for newly qualified social workers",
          "the service's caseload target was realistic",
          "caseloads were higher than in neighbouring councils"
        },
        new String[] {
          "newly qualified social workers carried no more than eighteen cases in their first year",
          "caseloads were reviewed weekly by team managers",
          "an additional team had been created to keep workloads manageable"
        },
        new String[] {
          "the report on caseloads be noted",
          "the target of an average caseload of {caseload} be endorsed"
        },
        new String[] {"caseload data for each team", "the outcome of the workload review"});
  }

  private static Topic frontDoor() {
    return new Topic(
        "front-door",
        Role.ASSISTANT_DIRECTOR_SAFEGUARDING,
        (c, d) ->
            d.getYear() < 2011
                ? 0
                : 0.3 + 0.3 * rising(d, 2011, 2015) + 6.0 * afterInspection(c, d),
        at(CHILDREN, 3, SCRUTINY, 1.5, CABINET, 0.8, CORPORATE_PARENTING, 0.2, FULL_COUNCIL, 0.2),
        new String[] {
          "Multi-Agency Safeguarding Hub (MASH) Update",
          "Children's Front Door Performance",
          "Review of the Front Door",
          "MASH Performance Report",
          "Improving the Front Door"
        },
        new String[] {
          "set out the performance of the multi-agency safeguarding hub over the last quarter",
          "described the changes made to the front door since the Ofsted inspection in"
              + " {inspYear}",
          "explained how threshold decisions were made and checked in the MASH",
          "summarised the contacts and referrals received at the front door",
          "gave an account of the review of the front door commissioned in {earlier}"
        },
        new String[] {
          "the MASH had received {many} contacts in the quarter, an increase of {pct} on the same"
              + " period last year",
          "{share} of contacts were now screened within 24 hours",
          "the re-referral rate had fallen to {pct}",
          "police notifications accounted for {pct} of all contacts to the front door",
          "{n} additional social workers had been placed in the front door",
          "the proportion of contacts leading to a referral had risen to {pct}",
          "the threshold document had been revised with partners in {lastYear}",
          "an audit had found {share} of threshold decisions in the MASH to be appropriate"
        },
        new String[] {
          "delays in screening contacts at the front door",
          "the volume of police notifications coming into the MASH",
          "the re-referral rate",
          "the consistency of threshold decisions",
          "the number of contacts from schools that did not meet the threshold of need"
        },
        new String[] {
          "schools understood the revised threshold of need",
          "health partners were fully represented in the MASH",
          "the front door had enough experienced staff",
          "the number of contacts would continue to rise"
        },
        new String[] {
          "a daily meeting in the MASH now reviewed every police notification",
          "the threshold document would be shared with all schools by {later}",
          "health and education staff had been co-located in the MASH since {lastYear}",
          "the front door was now staffed by permanent social workers"
        },
        new String[] {
          "the performance of the multi-agency safeguarding hub be noted",
          "the revised threshold document be endorsed",
          "the changes to the front door be supported"
        },
        new String[] {
          "a report on the findings of the MASH audit",
          "the quarterly front door performance data",
          "the outcome of the review of the front door"
        });
  }

  /** The front door before MASHs: the contact and referral service. */
  private static Topic contactAndReferral() {
    return new Topic(
        "contact-and-referral",
        Role.HEAD_SOCIAL_CARE,
        (c, d) -> d.getYear() < 2013 ? 0.8 : 0.1,
        at(CHILDREN, 2, SCRUTINY, 1, CABINET, 0.3),
        new String[] {
          "Contact and Referral Service",
          "Referral and Assessment Performance",
          "Thresholds of Need"
        },
        new String[] {
          "set out the work of the contact and referral service",
          "appended the revised threshold document agreed by the safeguarding board",
          "summarised contacts and referrals received in the year"
        },
        new String[] {
          "{many} contacts had been received in the year, of which {pct} became referrals",
          "initial assessments completed within seven working days had risen to {share}",
          "the re-referral rate stood at {pct}",
          "the continuum of need had been agreed with partner agencies in {lastYear}"
        },
        new String[] {
          "the number of inappropriate referrals from partner agencies",
          "delays in completing initial assessments"
        },
        new String[] {
          "partners applied the thresholds of need consistently",
          "the duty team had enough social workers"
        },
        new String[] {
          "training on the threshold document had been offered to every school",
          "a senior manager now reviewed all repeat referrals"
        },
        new String[] {"the report be noted", "the threshold document be endorsed"},
        new String[] {"contact and referral figures for the next quarter"});
  }

  private static Topic inspection() {
    return new Topic(
        "inspection",
        Role.DIRECTOR_CHILDREN,
        (c, d) -> {
          int years = c.profile().sinceInspection(d);
          double visits = c.profile().inadequate() && years >= 1 && years <= 3 ? 1.5 : 0;
          return 0.1 + (years == 0 || years == 1 ? 5.0 : 0) + visits;
        },
        at(CHILDREN, 2.5, CABINET, 1.5, SCRUTINY, 1.5, FULL_COUNCIL, 0.6, CORPORATE_PARENTING, 0.5),
        new String[] {
          "Ofsted Inspection Outcome and Action Plan",
          "Ofsted Monitoring Visit",
          "Ofsted Focused Visit",
          "Inspection Action Plan Progress",
          "Preparing for Inspection"
        },
        new String[] {
          "set out the findings of the Ofsted inspection of children's services in {inspYear}",
          "appended the action plan prepared in response to the Ofsted inspection",
          "summarised the letter from Ofsted following its most recent monitoring visit",
          "set out progress against the recommendations of the inspection"
        },
        new String[] {
          "inspectors had judged the council's services for children to be {grade}",
          "inspectors had met {n} social workers and reviewed {n2} case files",
          "the action plan contained {n} recommendations, of which {n2} had been completed",
          "Ofsted had noted improvements in the quality of assessments",
          "inspectors had found delays in decisions for some children in need of help and"
              + " protection",
          "the monitoring visit in {earlier} had focused on the front door and on children in need"
        },
        new String[] {
          "the pace of improvement since the inspection",
          "the findings on management oversight of casework",
          "what the next monitoring visit would look at"
        },
        new String[] {
          "the council was ready for its next Ofsted visit",
          "every recommendation of the inspection had an owner and a deadline",
          "the improvements reported to the committee had been sustained"
        },
        new String[] {
          "the action plan was reviewed monthly by the senior leadership team",
          "the letter from Ofsted would be published on the council's website",
          "a mock inspection had been carried out with a partner council in {earlier}"
        },
        new String[] {
          "the findings of the Ofsted inspection be noted",
          "the inspection action plan be approved",
          "the Committee's thanks be passed to staff for their work during the inspection"
        },
        new String[] {
          "progress against the inspection action plan",
          "the letter from the next Ofsted monitoring visit"
        });
  }

  private static Topic improvement() {
    return new Topic(
        "improvement",
        Role.CHIEF_EXECUTIVE,
        (c, d) -> {
          int years = c.profile().sinceInspection(d);
          return c.profile().inadequate() && years >= 0 && years <= 4 ? 2.5 : 0.05;
        },
        at(CABINET, 2, CHILDREN, 2, SCRUTINY, 1.5, FULL_COUNCIL, 1),
        new String[] {
          "Children's Services Improvement Board",
          "Improvement Plan Progress Report",
          "Report of the Improvement Board Chair"
        },
        new String[] {
          "summarised the work of the improvement board since the last meeting",
          "set out progress against the improvement plan agreed with the Department for"
              + " Education",
          "explained the governance arrangements for the improvement journey"
        },
        new String[] {
          "the improvement board had met {n} times since it was established in {inspYear}",
          "{n2} of the {n} actions in the improvement plan were on track",
          "the improvement adviser appointed by the Department for Education had reported good"
              + " progress",
          "the statutory direction would be reviewed in {later}"
        },
        new String[] {
          "the lines of accountability between the improvement board and the Cabinet",
          "the cost of the improvement partner"
        },
        new String[] {
          "the improvement board included the voice of frontline staff",
          "the improvement notice could be lifted within the year"
        },
        new String[] {
          "the improvement partner had been commissioned for a further twelve months",
          "the improvement board's minutes would be shared with all members"
        },
        new String[] {
          "the progress of the improvement plan be noted",
          "the revised governance structure for children's services be approved"
        },
        new String[] {"the improvement board's next quarterly report"});
  }

  private static Topic childProtection() {
    return new Topic(
        "child-protection",
        Role.ASSISTANT_DIRECTOR_SAFEGUARDING,
        (c, d) -> 0.7 + 0.4 * afterInspection(c, d),
        at(CHILDREN, 2.5, SCRUTINY, 1, CABINET, 0.3, HEALTH_AND_WELLBEING, 0.4),
        new String[] {
          "Child Protection and Children in Need Performance",
          "Safeguarding Children Partnership Annual Report",
          "Child Exploitation Update"
        },
        new String[] {
          "set out the numbers of children subject to child protection plans",
          "appended the annual report of the safeguarding children partnership",
          "described the council's response to child criminal exploitation"
        },
        new String[] {
          "{many} children were subject to a child protection plan at the end of {month}",
          "section 47 enquiries had increased by {pct} on the previous year",
          "{share} of child protection conferences had been held within timescale",
          "neglect remained the most common reason for a child protection plan",
          "{n} children had been identified as at risk of criminal exploitation"
        },
        new String[] {
          "the rise in children in need cases",
          "the number of children missing from home",
          "the findings of the latest child safeguarding practice review"
        },
        new String[] {
          "the partnership had learned from the serious case review published in {lastYear}",
          "contextual safeguarding was understood by schools"
        },
        new String[] {
          "a specialist exploitation team had been established in {earlier}",
          "return home interviews were now offered to every child missing from home"
        },
        new String[] {
          "the child protection performance report be noted",
          "the annual report of the safeguarding children partnership be received"
        },
        new String[] {"the child safeguarding practice review action plan"});
  }

  private static Topic childrenInCare() {
    return new Topic(
        "children-in-care",
        Role.HEAD_CHILDREN_IN_CARE,
        (c, d) -> 0.8 + 0.3 * rising(d, 2015, 2023),
        at(CORPORATE_PARENTING, 3, CHILDREN, 2, CABINET, 0.6, SCRUTINY, 0.5),
        new String[] {
          "Children in Care Annual Report",
          "Fostering Service Annual Report",
          "Placement Sufficiency Strategy",
          "Looked After Children Performance"
        },
        new String[] {
          "set out the numbers and needs of children in care",
          "appended the annual report of the fostering service",
          "summarised the placement sufficiency strategy for {fy} to {nextFy}"
        },
        new String[] {
          "{many} children were looked after by the council, a rise of {pct} in the year",
          "{n} new foster carers had been approved, against a target of {n2}",
          "the cost of residential placements had risen to {money}",
          "{pct} of children in care had had three or more placements in the year",
          "{n} unaccompanied asylum seeking children were in the council's care",
          "the virtual school reported that {share} of children in care had a current personal"
              + " education plan"
        },
        new String[] {
          "the number of children placed outside the county",
          "the cost of residential placements",
          "the shortage of foster carers for teenagers"
        },
        new String[] {
          "the council could open children's homes of its own",
          "foster carers received enough support"
        },
        new String[] {
          "two new children's homes would open by {later}",
          "a campaign to recruit foster carers had been launched in {earlier}",
          "the independent reviewing officers had seen every child before their review"
        },
        new String[] {
          "the children in care annual report be noted",
          "the placement sufficiency strategy be approved",
          "members continue to take part in the corporate parenting visits"
        },
        new String[] {
          "an update on the recruitment of foster carers", "figures on children placed out of area"
        });
  }

  private static Topic careLeavers() {
    return new Topic(
        "care-leavers",
        Role.HEAD_CHILDREN_IN_CARE,
        (c, d) -> 0.2 + 0.8 * rising(d, 2015, 2018),
        at(CORPORATE_PARENTING, 3, CHILDREN, 1, CABINET, 0.3),
        new String[] {"Care Leavers Local Offer", "Care Leavers Annual Report", "Staying Put"},
        new String[] {
          "set out the local offer to care leavers",
          "gave an account of the support given to care leavers up to the age of 25"
        },
        new String[] {
          "{share} of care leavers were in touch with their personal adviser",
          "{pct} of care leavers were not in education, employment or training",
          "{n} young people were in staying put arrangements with their former foster carers",
          "care leavers had been exempted from council tax since {lastYear}"
        },
        new String[] {
          "the number of care leavers in unsuitable accommodation",
          "the availability of apprenticeships for care leavers"
        },
        new String[] {"every care leaver had an up to date pathway plan"},
        new String[] {"a care leavers' forum met every month with the Corporate Director"},
        new String[] {"the care leavers local offer be approved"},
        new String[] {"figures on care leavers in education and training"});
  }

  private static Topic courtWork() {
    return new Topic(
        "court",
        Role.HEAD_SOCIAL_CARE,
        (c, d) -> 0.3 + 0.5 * rising(d, 2020, 2024),
        at(CHILDREN, 1.5, CORPORATE_PARENTING, 0.5, SCRUTINY, 0.4),
        new String[] {"Public Law Outline and Care Proceedings", "Court Work Performance"},
        new String[] {
          "set out the council's use of the public law outline",
          "summarised the timeliness of care proceedings"
        },
        new String[] {
          "care proceedings were taking an average of {n} weeks against the 26 week target",
          "{n} families were in the pre-proceedings stage of the PLO",
          "Cafcass had reported an increase of {pct} in applications"
        },
        new String[] {"delays in the family court", "the cost of legal services"},
        new String[] {"pre-proceedings work was diverting families from court"},
        new String[] {"a court team had been established to improve the quality of applications"},
        new String[] {"the report be noted"},
        new String[] {"care proceedings timeliness data"});
  }

  private static Topic send() {
    return new Topic(
        "send",
        Role.HEAD_INCLUSION,
        (c, d) -> 0.15 + 2.5 * rising(d, 2014, 2024),
        at(CHILDREN, 2.5, SCRUTINY, 1, CABINET, 1, FULL_COUNCIL, 0.3),
        new String[] {
          "SEND Strategy and EHCP Timeliness",
          "Special Educational Needs and Disabilities Update",
          "High Needs Block Funding",
          "Specialist Provision for Children with SEND"
        },
        new String[] {
          "set out progress against the SEND strategy",
          "gave an account of the timeliness of education, health and care plans",
          "explained the pressure on the high needs block of the dedicated schools grant"
        },
        new String[] {
          "{share} of new EHCPs had been issued within 20 weeks",
          "requests for an EHC needs assessment had risen by {pct} in the year",
          "the high needs block was forecast to overspend by {money}",
          "{n} new places in special schools would open in September",
          "{many} children and young people now had an education, health and care plan",
          "the cost of SEND transport had risen to {money}"
        },
        new String[] {
          "delays in issuing education, health and care plans",
          "the deficit in the high needs block",
          "the number of children with autism waiting for a school place"
        },
        new String[] {
          "parents were involved in reviewing the SEND strategy",
          "the council would meet the statutory timescales for EHCPs"
        },
        new String[] {
          "additional educational psychologists had been recruited",
          "a written statement of action had been agreed following the area SEND inspection"
        },
        new String[] {"the SEND strategy be endorsed", "the report be noted"},
        new String[] {"an update on EHCP timeliness", "the high needs recovery plan"});
  }

  private static Topic mentalHealth() {
    return new Topic(
        "mental-health",
        Role.DIRECTOR_PUBLIC_HEALTH,
        (c, d) -> 0.3 + 1.0 * rising(d, 2016, 2022),
        at(CHILDREN, 1.5, HEALTH_AND_WELLBEING, 2.5, SCRUTINY, 1),
        new String[] {
          "Children and Young People's Mental Health",
          "CAMHS Waiting Times",
          "Emotional Wellbeing in Schools"
        },
        new String[] {
          "set out waiting times for child and adolescent mental health services",
          "described the mental health support teams working in schools"
        },
        new String[] {
          "the average wait for a first CAMHS appointment was {n} weeks",
          "referrals for eating disorders had risen by {pct}",
          "mental health support teams now worked in {n} schools",
          "{health} had invested {money} in emotional wellbeing services"
        },
        new String[] {"waiting times for CAMHS", "the rise in self-harm among young people"},
        new String[] {"children waiting for CAMHS were offered support in the meantime"},
        new String[] {"a single point of access for emotional wellbeing would open in {later}"},
        new String[] {"the report be noted"},
        new String[] {"CAMHS waiting time figures"});
  }

  private static Topic schools() {
    return new Topic(
        "schools",
        Role.DIRECTOR_EDUCATION,
        (c, d) -> 0.5 + 0.6 * rising(d, 2021, 2024),
        at(CHILDREN, 1.5, SCRUTINY, 0.6, CABINET, 0.5),
        new String[] {
          "School Attendance and Exclusions",
          "Educational Outcomes {year}",
          "Attendance and Inclusion"
        },
        new String[] {
          "set out attendance, suspensions and exclusions in the council's schools",
          "summarised educational attainment at each key stage"
        },
        new String[] {
          "persistent absence had risen to {pct}",
          "{n} pupils had been permanently excluded in the academic year",
          "the attainment gap for disadvantaged pupils had narrowed by {pct2}",
          "{n} additional school places would be needed by {nextYear}"
        },
        new String[] {"persistent absence", "the use of alternative provision"},
        new String[] {"academy trusts shared their exclusion figures with the council"},
        new String[] {"an attendance support team had been created in {earlier}"},
        new String[] {"the report be noted"},
        new String[] {"school attendance figures for the autumn term"});
  }

  // ------------------------------------------------------------------ council business

  private static Topic scrutinyProgramme() {
    return new Topic(
        "scrutiny",
        Role.SCRUTINY_OFFICER,
        Topics::flat,
        at(SCRUTINY, 2.5, CHILDREN, 0.4),
        new String[] {"Scrutiny Work Programme", "Task and Finish Group Report", "Call-In"},
        new String[] {
          "appended the committee work programme for {fy}",
          "appended the final report of the task and finish group"
        },
        new String[] {
          "the task and finish group had met {n} times and heard from {n2} witnesses",
          "{n} items had been added to the scrutiny work programme since the last meeting"
        },
        new String[] {"the capacity of members to scrutinise every item"},
        new String[] {"frontline visits by scrutiny members could be arranged"},
        new String[] {"member training on scrutiny of budgets would be offered in {later}"},
        new String[] {
          "the scrutiny work programme be agreed",
          "the recommendations of the task and finish" + " group be referred to Cabinet"
        },
        new String[] {"an updated work programme"});
  }

  private static Topic budgetMonitoring() {
    return new Topic(
        "budget-monitoring",
        Role.CHIEF_FINANCE_OFFICER,
        (c, d) ->
            0.6
                + 0.6 * (d.getYear() >= 2010 && d.getYear() <= 2013 ? 1 : 0)
                + rising(d, 2022, 2024),
        at(CABINET, 2, AUDIT, 0.5, SCRUTINY, 1, CHILDREN, 0.6, FULL_COUNCIL, 0.4),
        new String[] {
          "Revenue Budget Monitoring {fy}", "Capital Programme Monitoring", "Savings Plan"
        },
        new String[] {
          "set out the forecast outturn for {fy}",
          "summarised the budget pressures facing each directorate"
        },
        new String[] {
          "a net overspend of {money} was forecast for the year",
          "children's services forecast an overspend of {money2}, mainly on placements",
          "{pct} of the savings target for the year had been achieved",
          "the capital programme had been reprofiled by {money}",
          "general reserves stood at {money}"
        },
        new String[] {"the overspend on children's placements", "the use of reserves"},
        new String[] {"the savings target was achievable", "the overspend could be contained"},
        new String[] {"spending controls had been introduced in {earlier}"},
        new String[] {
          "the forecast outturn be noted", "the virements set out in the report be approved"
        },
        new String[] {"the next budget monitoring report"});
  }

  private static Topic budgetSetting() {
    return new Topic(
        "budget-setting",
        Role.CHIEF_FINANCE_OFFICER,
        (c, d) -> d.getMonthValue() <= 2 ? 4 : d.getMonthValue() == 12 ? 1.5 : 0.2,
        at(FULL_COUNCIL, 3, CABINET, 2, SCRUTINY, 1),
        new String[] {
          "Budget and Council Tax {nextFy}",
          "Medium Term Financial Strategy",
          "Revenue Budget {nextFy}"
        },
        new String[] {
          "set out the proposed budget and council tax for {nextFy}",
          "appended the medium term financial strategy"
        },
        new String[] {
          "the proposed increase in council tax was {rise}",
          "a Band D council tax of {bandD} was proposed",
          "savings of {money} would be needed over the next three years",
          "business rates income was expected to be {money}"
        },
        new String[] {
          "the level of the council tax increase", "the savings proposed for libraries"
        },
        new String[] {"the budget relied on one-off use of reserves"},
        new String[] {"the budget was robust and the level of reserves adequate"},
        new String[] {
          "the revenue budget for {nextFy} be approved",
          "the council tax requirement set out in the report be approved",
          "the medium term financial strategy be adopted"
        },
        new String[] {"the budget consultation responses"});
  }

  private static Topic localPlan() {
    return new Topic(
        "local-plan",
        Role.HEAD_PLANNING,
        Topics::flat,
        at(CABINET, 1, PLANNING, 0.6, FULL_COUNCIL, 0.6),
        new String[] {
          "Local Plan Review", "Neighbourhood Plan Referendum", "Five Year Housing Land Supply"
        },
        new String[] {
          "set out the timetable for the local plan review",
          "summarised the examiner's conclusions on the neighbourhood plan"
        },
        new String[] {
          "the council could demonstrate a housing land supply of {landSupply} years",
          "{many} responses had been received to the consultation on the local plan",
          "the planning inspector's hearings would begin in {later}"
        },
        new String[] {"the allocation of greenfield sites", "pressure on infrastructure"},
        new String[] {"the community infrastructure levy would fund new school places"},
        new String[] {"the local plan would be submitted for examination by {later}"},
        new String[] {"the draft local plan be approved for consultation"},
        new String[] {"the consultation responses on the local plan"});
  }

  private static Topic highways() {
    return new Topic(
        "highways",
        Role.HIGHWAYS_MANAGER,
        (c, d) ->
            0.7
                + (winter(d) ? 1.0 : 0)
                + (d.getYear() == 2010 || d.getYear() == 2018 || d.getYear() == 2023 ? 1.5 : 0),
        at(HIGHWAYS, 3, CABINET, 0.8, SCRUTINY, 0.5, FULL_COUNCIL, 0.4),
        new String[] {
          "Highways Maintenance and Potholes",
          "Winter Maintenance",
          "Highways Capital Programme {fy}",
          "Road Resurfacing Programme"
        },
        new String[] {
          "set out the highways maintenance programme for {fy}",
          "gave an account of the repair of potholes after the winter",
          "summarised the condition of the road network"
        },
        new String[] {
          "{many} potholes had been repaired since {earlier}",
          "{share} of potholes reported had been repaired within 28 days",
          "the resurfacing programme would cover {n} miles of road",
          "the backlog of road maintenance was estimated at {money}",
          "gritting routes covered {pct} of the network"
        },
        new String[] {
          "the number of potholes on {road}",
          "the state of the pavement on {road2}",
          "delays in road repairs in {ward} ward"
        },
        new String[] {
          "repairs to potholes would last",
          "the council had bid for government funding for road maintenance"
        },
        new String[] {
          "{road} would be resurfaced in {later}",
          "a new system for reporting potholes online had been introduced"
        },
        new String[] {"the highways maintenance programme be approved", "the report be noted"},
        new String[] {"the list of roads in the resurfacing programme"});
  }

  private static Topic roadSafety() {
    return new Topic(
        "road-safety",
        Role.HIGHWAYS_MANAGER,
        Topics::flat,
        at(HIGHWAYS, 2, CABINET, 0.4, COMMUNITY_SAFETY, 0.5),
        new String[] {
          "Traffic Calming on {road}",
          "Speed Limits of 20mph",
          "Road Safety Schemes {fy}",
          "Parking Restrictions in {ward}"
        },
        new String[] {
          "set out proposals for traffic calming on {road}",
          "gave the results of the traffic survey in {ward}"
        },
        new String[] {
          "a traffic survey had recorded average speeds of {mph} mph",
          "{n} collisions had been recorded on {road} in three years",
          "the traffic regulation order had received {n} objections",
          "the scheme would cost {money2}"
        },
        new String[] {"speeding vehicles on {road}", "parking on the pavement near {school}"},
        new String[] {"a pedestrian crossing could be provided near {school}"},
        new String[] {"speed cameras would be considered in the road safety programme"},
        new String[] {
          "the traffic regulation order be made as advertised", "the road safety scheme be approved"
        },
        new String[] {"the results of the speed surveys"});
  }

  private static Topic housing() {
    return new Topic(
        "housing",
        Role.HEAD_HOUSING,
        (c, d) -> 0.4 + 1.0 * rising(d, 2015, 2024),
        at(HOUSING, 3, CABINET, 1, FULL_COUNCIL, 0.4, SCRUTINY, 0.4),
        new String[] {
          "Affordable Housing Delivery", "Housing Strategy {year}", "Council Housing Stock"
        },
        new String[] {
          "set out the delivery of affordable housing in the year",
          "appended the draft housing strategy"
        },
        new String[] {
          "{n2} affordable homes had been completed, against a target of {many}",
          "{many} households were on the housing waiting list",
          "the housing association had agreed to build {dwellings} new homes",
          "{share} of council homes met the decent homes standard"
        },
        new String[] {
          "the length of the housing waiting list", "damp and mould in council housing"
        },
        new String[] {"section 106 agreements were securing enough affordable housing"},
        new String[] {"a housing company had been set up to buy homes for rent"},
        new String[] {"the housing strategy be adopted", "the report be noted"},
        new String[] {"figures on affordable housing completions"});
  }

  private static Topic homelessness() {
    return new Topic(
        "homelessness",
        Role.HEAD_HOUSING,
        (c, d) -> 0.3 + 1.2 * rising(d, 2017, 2024),
        at(HOUSING, 3, CABINET, 0.8, SCRUTINY, 0.6, COMMUNITY_SAFETY, 0.4),
        new String[] {"Homelessness and Temporary Accommodation", "Rough Sleeping Strategy"},
        new String[] {
          "set out the demand for temporary accommodation",
          "appended the homelessness and rough sleeping strategy"
        },
        new String[] {
          "{n} households were in temporary accommodation, {n2} of them in bed and breakfast",
          "the cost of temporary accommodation had risen to {money}",
          "a count in {month} had found {n} people sleeping rough"
        },
        new String[] {
          "families in bed and breakfast accommodation", "the cost of emergency accommodation"
        },
        new String[] {"homelessness prevention work was reaching people early enough"},
        new String[] {"{n} homes had been bought for use as temporary accommodation"},
        new String[] {"the homelessness strategy be approved"},
        new String[] {"temporary accommodation figures"});
  }

  private static Topic flooding() {
    return new Topic(
        "flooding",
        Role.HEAD_ENVIRONMENT,
        (c, d) -> 0.3 + (c.profile().floodYears().contains(d.getYear()) ? 3.5 : 0),
        at(HIGHWAYS, 2, CABINET, 1, SCRUTINY, 0.8, FULL_COUNCIL, 0.6, PLANNING, 0.3),
        new String[] {
          "Flooding in {month} {year}", "Flood Risk Management Strategy", "Drainage Review"
        },
        new String[] {
          "gave an account of the flooding of {month} {year}",
          "set out the local flood risk management strategy"
        },
        new String[] {
          "{n2} homes and {n} businesses had been flooded",
          "the Environment Agency had issued {n} flood warnings for the area",
          "drainage works on {road} would cost {money2}",
          "sandbags had been delivered to {n2} properties"
        },
        new String[] {"blocked drainage on {road}", "the response of the Environment Agency"},
        new String[] {"residents affected by flooding would receive grants"},
        new String[] {"a flood investigation report would be published by {later}"},
        new String[] {"the flood risk management strategy be approved"},
        new String[] {"the flood investigation report"});
  }

  private static Topic climate() {
    return new Topic(
        "climate",
        Role.HEAD_ENVIRONMENT,
        (c, d) -> d.getYear() < 2019 ? 0.1 : 1.2,
        at(CABINET, 1.2, FULL_COUNCIL, 0.8, SCRUTINY, 0.8),
        new String[] {"Climate Emergency Action Plan", "Net Zero Progress Report"},
        new String[] {"set out progress against the climate emergency action plan"},
        new String[] {
          "the council's carbon emissions had fallen by {pct} since 2019",
          "{many} trees had been planted under the tree planting scheme",
          "recycling rates had reached {pct}"
        },
        new String[] {"the target of net zero by 2030"},
        new String[] {"the council's fleet would be electric by 2030"},
        new String[] {"a climate change officer had been appointed"},
        new String[] {"the climate emergency action plan be adopted"},
        new String[] {"the annual carbon emissions report"});
  }

  private static Topic communitySafety() {
    return new Topic(
        "community-safety",
        Role.COMMUNITY_SAFETY_MANAGER,
        Topics::flat,
        at(COMMUNITY_SAFETY, 3, SCRUTINY, 0.8, CABINET, 0.4),
        new String[] {
          "Community Safety Partnership Annual Report",
          "Anti-Social Behaviour in {ward}",
          "Domestic Abuse Strategy"
        },
        new String[] {
          "appended the annual report of the community safety partnership",
          "set out the response to anti-social behaviour in {ward}"
        },
        new String[] {
          "recorded crime had fallen by {pct} in the year",
          "reports of anti-social behaviour had risen by {pct2}",
          "{n} new CCTV cameras had been installed in the town centre",
          "domestic abuse accounted for {pct} of violent crime"
        },
        new String[] {
          "anti-social behaviour in {ward}", "the visibility of the police in rural areas"
        },
        new String[] {"PCSO numbers would be maintained"},
        new String[] {"a dispersal order had been used in {ward} in {earlier}"},
        new String[] {"the community safety plan be endorsed"},
        new String[] {"crime figures for each ward"});
  }

  private static Topic leisure() {
    return new Topic(
        "leisure",
        Role.HEAD_LEISURE,
        (c, d) -> d.getYear() == 2020 ? 0.3 : 0.8,
        at(LEISURE, 3, CABINET, 0.8, SCRUTINY, 0.3),
        new String[] {
          "Leisure Centre Contract", "Parks and Open Spaces Strategy", "Sports Pitch Strategy"
        },
        new String[] {
          "set out the performance of the leisure centre contract",
          "appended the parks and open spaces strategy"
        },
        new String[] {
          "visits to the leisure centres had reached {many} a month",
          "the swimming pool at {town} needed repairs costing {money2}",
          "the management fee paid to the operator would fall by {small}"
        },
        new String[] {"the condition of the swimming pool", "the price of sports pitches"},
        new String[] {"the leisure centre would stay open during the works"},
        new String[] {"a new play area would open in {ward} in {later}"},
        new String[] {"the leisure contract be extended for two years"},
        new String[] {"leisure centre usage figures"});
  }

  private static Topic libraries() {
    return new Topic(
        "libraries",
        Role.HEAD_LEISURE,
        (c, d) -> 0.5 + (d.getYear() >= 2011 && d.getYear() <= 2014 ? 1.0 : 0),
        at(CABINET, 0.8, LEISURE, 1.5, SCRUTINY, 0.5),
        new String[] {"Library Service Review", "Museum and Heritage Service"},
        new String[] {"set out proposals for the future of the library service"},
        new String[] {
          "library visits had fallen by {pct} over five years",
          "{few} libraries would become community-run",
          "the museum had received {many} visitors"
        },
        new String[] {"the closure of branch libraries"},
        new String[] {"volunteers could run the libraries"},
        new String[] {"the mobile library would continue to visit rural villages"},
        new String[] {"the library service review be approved for consultation"},
        new String[] {"the consultation on the library service"});
  }

  private static Topic audit() {
    return new Topic(
        "audit",
        Role.HEAD_AUDIT,
        Topics::flat,
        at(AUDIT, 4),
        new String[] {
          "Internal Audit Progress Report",
          "Strategic Risk Register",
          "Annual Governance Statement {fy}",
          "External Audit Plan",
          "Statement of Accounts {fy}"
        },
        new String[] {
          "set out progress against the internal audit plan",
          "appended the annual governance statement",
          "summarised the external auditor's plan for {fy}"
        },
        new String[] {
          "{n} audits had been completed, of which {n2} had limited assurance",
          "{pct} of audit recommendations had been implemented",
          "the external auditor's fee had risen to {money2}",
          "the risk register contained {few} red risks"
        },
        new String[] {"the overdue audit recommendations", "cyber security risks"},
        new String[] {"managers were implementing recommendations on time"},
        new String[] {"officers with overdue recommendations would attend the next meeting"},
        new String[] {
          "the internal audit progress report be noted",
          "the annual governance statement be approved",
          "the statement of accounts be approved"
        },
        new String[] {"an update on overdue audit recommendations"});
  }

  private static Topic grants() {
    return new Topic(
        "grants",
        Role.CHIEF_FINANCE_OFFICER,
        Topics::flat,
        at(CABINET, 0.8, LEISURE, 1, COMMUNITY_SAFETY, 0.5, HEALTH_AND_WELLBEING, 0.3),
        new String[] {
          "Community Grants Scheme", "Grant Funding Applications", "Voluntary Sector Grants"
        },
        new String[] {"set out the applications to the community grants scheme"},
        new String[] {
          "{n} grant applications had been received, totalling {money2}",
          "grant funding of {money} had been secured from the government",
          "the grant scheme would reopen in {later}"
        },
        new String[] {"how grant money was monitored"},
        new String[] {"small groups could apply for grant aid"},
        new String[] {"the grant allocation would be published on the website"},
        new String[] {"the grants set out in the appendix be awarded"},
        new String[] {"the outcomes of last year's grants"});
  }

  private static Topic publicHealth() {
    return new Topic(
        "public-health",
        Role.DIRECTOR_PUBLIC_HEALTH,
        (c, d) -> d.getYear() == 2020 || d.getYear() == 2021 ? 2.5 : 1,
        at(HEALTH_AND_WELLBEING, 3, SCRUTINY, 0.4, CABINET, 0.3),
        new String[] {
          "Joint Health and Wellbeing Strategy", "Director of Public Health Annual Report"
        },
        new String[] {"appended the annual report of the Director of Public Health"},
        new String[] {
          "life expectancy in {ward} was {few} years lower than in the rest of the area",
          "{pct} of adults were physically inactive",
          "{health} had committed {money} to prevention"
        },
        new String[] {"health inequalities between wards"},
        new String[] {"the strategy would reach the most deprived communities"},
        new String[] {"a health inequalities plan would be brought forward by {later}"},
        new String[] {"the joint health and wellbeing strategy be approved"},
        new String[] {"the health inequalities plan"});
  }
}
