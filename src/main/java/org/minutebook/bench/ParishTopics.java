package org.minutebook.bench;

import static org.minutebook.bench.CommitteeKind.LOCAL_AMENITIES;
import static org.minutebook.bench.CommitteeKind.LOCAL_COUNCIL;
import static org.minutebook.bench.CommitteeKind.LOCAL_FINANCE;
import static org.minutebook.bench.CommitteeKind.LOCAL_PLANNING;
import static org.minutebook.bench.Topic.at;

import java.time.LocalDate;
import java.util.List;

/**
 * The business of parish and town councils, as their clerks minute it: the precept, payments,
 * potholes reported to the county, the play area, the police report, flooding.
 */
final class ParishTopics {
  private ParishTopics() {}

  /** Every parish topic, in a fixed order. */
  static final List<Topic> ALL =
      List.of(
          precept(),
          payments(),
          highways(),
          speedwatch(),
          playArea(),
          police(),
          flooding(),
          grants(),
          villageHall(),
          neighbourhoodPlan(),
          housingNeed(),
          clerksReport());

  private static boolean winter(LocalDate date) {
    int month = date.getMonthValue();
    return month >= 12 || month <= 4;
  }

  private static Topic precept() {
    return new Topic(
        "parish-precept",
        Role.CLERK,
        (c, d) -> d.getMonthValue() == 1 || d.getMonthValue() == 12 ? 4 : 0.15,
        at(LOCAL_COUNCIL, 2, LOCAL_FINANCE, 3),
        new String[] {"Precept {nextFy}", "Budget and Precept {nextFy}", "Draft Budget {nextFy}"},
        new String[] {
          "appended the draft budget for {nextFy}", "summarised the budget working papers"
        },
        new String[] {
          "the precept requested from the district council would be {small}",
          "this represented an increase of {rise} for a Band D property",
          "general reserves stood at {small} at the end of {month}",
          "the budget included {pence} for the maintenance of the recreation ground"
        },
        new String[] {"the size of the reserves", "the cost of grass cutting"},
        new String[] {"the precept could be held at the current level"},
        new String[] {"the budget allowed for the replacement of the bus shelter"},
        new String[] {
          "the precept for {nextFy} be set at {small}", "the budget for {nextFy} be approved"
        },
        new String[] {"the final budget figures"});
  }

  private static Topic payments() {
    return new Topic(
        "parish-payments",
        Role.CLERK,
        (c, d) -> 1.5,
        at(LOCAL_COUNCIL, 1.5, LOCAL_FINANCE, 3),
        new String[] {"Accounts for Payment", "Finance and Payments", "Bank Reconciliation"},
        new String[] {
          "appended the schedule of payments", "set out the bank reconciliation to {month}"
        },
        new String[] {
          "payments of {pence} to {contractor} and {pence} to the Clerk for salary were listed",
          "the bank reconciliation to {earlier} had been checked by Councillor {cllr}",
          "the current account balance stood at {pence}",
          "VAT of {pence} had been reclaimed from HMRC",
          "the internal auditor's fee was {pence}"
        },
        new String[] {"the increase in the insurance premium", "the cost of the new website"},
        new String[] {"the payments were within the budget"},
        new String[] {"the invoices would be initialled by two councillors"},
        new String[] {"the payments listed be approved", "the bank reconciliation be accepted"},
        new String[] {"quotes for the insurance renewal"});
  }

  private static Topic highways() {
    return new Topic(
        "parish-highways",
        Role.CLERK,
        (c, d) -> winter(d) ? 2.2 : 1,
        at(LOCAL_COUNCIL, 2.5, LOCAL_AMENITIES, 0.3),
        new String[] {"Highways and Footpaths", "Highways Matters", "Potholes and Road Repairs"},
        new String[] {
          "summarised the highways matters raised since the last meeting",
          "set out the reply from the County Council's highways officer"
        },
        new String[] {
          "potholes on {road} had been reported to the County Council",
          "the County Council had agreed to resurface {road} in {later}",
          "the footpath between {road} and the church was overgrown",
          "the road closure on {road2} would last {n} days",
          "the street lighting outside the shop had been repaired",
          "the gritting bin on {road2} needed refilling"
        },
        new String[] {
          "the state of the road surface on {road}",
          "the time taken to repair potholes",
          "vehicles parking on the pavement outside {school}"
        },
        new String[] {"the County Council would repair the potholes before the winter"},
        new String[] {"the highways officer would attend the next meeting"},
        new String[] {
          "the Clerk write again to the County Council about the potholes on {road}",
          "the footpath be reported to the rights of way officer"
        },
        new String[] {"the County Council's reply on road repairs"});
  }

  private static Topic speedwatch() {
    return new Topic(
        "parish-speedwatch",
        Role.CLERK,
        (c, d) -> d.getYear() < 2010 ? 0.3 : 1,
        at(LOCAL_COUNCIL, 1.2),
        new String[] {"Community Speedwatch", "Speeding Through the Village"},
        new String[] {"gave the results of the Speedwatch sessions"},
        new String[] {
          "the Speedwatch group had recorded {n} vehicles exceeding the speed limit on {road}",
          "the speed indicator device had been moved to {road2}",
          "residents had asked for a 20mph limit past {school}"
        },
        new String[] {"speeding vehicles on {road}", "lorries using the village as a shortcut"},
        new String[] {"the police would enforce the speed limit"},
        new String[] {"the Clerk would ask for a traffic survey"},
        new String[] {"a second speed indicator device be purchased"},
        new String[] {"the Speedwatch figures"});
  }

  private static Topic playArea() {
    return new Topic(
        "parish-play-area",
        Role.CLERK,
        (c, d) -> 1,
        at(LOCAL_AMENITIES, 3, LOCAL_COUNCIL, 1),
        new String[] {"Play Area Inspection", "Recreation Ground", "Playing Field Maintenance"},
        new String[] {"appended the annual play area inspection report"},
        new String[] {
          "the annual play area inspection had identified {n} items needing repair",
          "a quote of {pence} had been received to replace the swings",
          "the playing field had been cut {n} times since {earlier}",
          "the goalposts on the playing field had been replaced"
        },
        new String[] {"dog fouling on the playing field", "litter in the play area"},
        new String[] {"the play area was safe to remain open"},
        new String[] {"the repairs would be carried out by {later}"},
        new String[] {"the quote for the play area repairs be accepted"},
        new String[] {"quotes for new play equipment"});
  }

  private static Topic police() {
    return new Topic(
        "parish-police",
        Role.CLERK,
        (c, d) -> 1,
        at(LOCAL_COUNCIL, 1.3),
        new String[] {"Police Report", "Community Safety"},
        new String[] {"set out the monthly report from the police"},
        new String[] {
          "{n} crimes had been reported in the parish since the last meeting, including {n2}"
              + " burglaries",
          "the PCSO had held a drop-in session at the village hall",
          "a shed on {road} had been broken into and tools stolen",
          "residents were reminded to report anti-social behaviour to the police on 101"
        },
        new String[] {
          "the lack of a police presence in the village", "vandalism at the bus shelter"
        },
        new String[] {"the PCSO would attend a future meeting"},
        new String[] {"the neighbourhood watch scheme would be relaunched"},
        new String[] {"the police report be noted"},
        new String[] {"the police crime figures"});
  }

  private static Topic flooding() {
    return new Topic(
        "parish-flooding",
        Role.CLERK,
        (c, d) -> 0.2 + (c.profile().floodYears().contains(d.getYear()) ? 3 : 0),
        at(LOCAL_COUNCIL, 1.2, LOCAL_AMENITIES, 0.3),
        new String[] {"Flooding", "Flooding and Drainage", "Flooding on {road}"},
        new String[] {"gave an account of the flooding in {month}"},
        new String[] {
          "{n} homes on {road} had been flooded in {month}",
          "the ditch alongside {road} had been cleared by the landowner",
          "the Environment Agency had been asked to clear the culvert",
          "sandbags were stored at the village hall"
        },
        new String[] {"blocked drains on {road}", "the response of the Environment Agency"},
        new String[] {"the drainage would cope with another storm"},
        new String[] {"a flood warden scheme would be set up"},
        new String[] {"the Clerk write to the Environment Agency about the culvert"},
        new String[] {"the flood warden scheme"});
  }

  private static Topic grants() {
    return new Topic(
        "parish-grants",
        Role.CLERK,
        (c, d) -> 1,
        at(LOCAL_FINANCE, 1.5, LOCAL_COUNCIL, 0.8),
        new String[] {"Grant Applications", "Donations and Grants"},
        new String[] {"listed the grant applications received"},
        new String[] {
          "a grant application of {pence} had been received from the village hall committee",
          "the youth club had asked for grant aid of {pence}",
          "the district council's grant scheme would fund half the cost of the new noticeboard"
        },
        new String[] {"whether the grant scheme was fair to all groups"},
        new String[] {"the applicants met the criteria of the grant scheme"},
        new String[] {"the grant money would be paid on receipt of invoices"},
        new String[] {"a grant of {pence} be awarded to the village hall committee"},
        new String[] {"the grant scheme criteria"});
  }

  private static Topic villageHall() {
    return new Topic(
        "parish-village-hall",
        Role.CLERK,
        (c, d) -> d.getYear() == 2020 ? 0.3 : 1,
        at(LOCAL_COUNCIL, 0.8, LOCAL_AMENITIES, 1.5),
        new String[] {"Village Hall", "Community Events", "Summer Festival"},
        new String[] {"gave news of the village hall and community events"},
        new String[] {
          "the summer festival had raised {pence} for local groups",
          "bookings of the village hall had risen by {pct}",
          "the library van would visit the village every second Tuesday"
        },
        new String[] {"the condition of the village hall roof"},
        new String[] {"the festival would take place again next year"},
        new String[] {"a working party would tidy the churchyard in {later}"},
        new String[] {"the report be noted"},
        new String[] {"plans for the festival"});
  }

  private static Topic neighbourhoodPlan() {
    return new Topic(
        "parish-neighbourhood-plan",
        Role.CLERK,
        (c, d) -> 0.3 + (d.getYear() >= 2013 && d.getYear() <= 2019 ? 1.5 : 0),
        at(LOCAL_COUNCIL, 1, LOCAL_PLANNING, 0.6),
        new String[] {"Neighbourhood Plan", "Neighbourhood Plan Steering Group"},
        new String[] {"set out the work of the neighbourhood plan steering group"},
        new String[] {
          "the neighbourhood plan had been submitted to the district council",
          "{many} residents had responded to the neighbourhood plan questionnaire",
          "the examiner's report on the neighbourhood plan had been received",
          "a referendum on the neighbourhood plan would be held in {later}"
        },
        new String[] {"the sites proposed for housing in the neighbourhood plan"},
        new String[] {"the neighbourhood plan would protect the green gaps"},
        new String[] {"consultants had been appointed to help with the neighbourhood plan"},
        new String[] {"the neighbourhood plan be submitted to the district council"},
        new String[] {"the neighbourhood plan timetable"});
  }

  private static Topic housingNeed() {
    return new Topic(
        "parish-housing",
        Role.CLERK,
        (c, d) -> 0.5,
        at(LOCAL_COUNCIL, 0.6),
        new String[] {"Affordable Housing", "Housing Need Survey"},
        new String[] {"gave the results of the housing need survey"},
        new String[] {
          "the housing need survey had found {n} households in need of affordable housing",
          "the housing association planned {n} affordable homes on {road}"
        },
        new String[] {"the lack of affordable homes for young families"},
        new String[] {"local people would be offered the affordable homes first"},
        new String[] {"the district council's housing officer would attend a future meeting"},
        new String[] {"the housing need survey be noted"},
        new String[] {"the housing association's proposals"});
  }

  private static Topic clerksReport() {
    return new Topic(
        "parish-clerk",
        Role.CLERK,
        (c, d) -> 1,
        at(LOCAL_COUNCIL, 1.5, LOCAL_FINANCE, 0.5, LOCAL_PLANNING, 0.2, LOCAL_AMENITIES, 0.4),
        new String[] {"Clerk's Report", "Correspondence", "Matters Arising"},
        new String[] {"listed the correspondence received"},
        new String[] {
          "a letter had been received from the district council about the electoral review",
          "the Clerk had attended training on the transparency code",
          "the defibrillator at the phone box had been checked",
          "the annual return had been submitted to the external auditor"
        },
        new String[] {"the volume of correspondence"},
        new String[] {"the website complied with the accessibility rules"},
        new String[] {"the noticeboard would be updated every month"},
        new String[] {"the correspondence be noted"},
        new String[] {"the reply from the district council"});
  }
}
