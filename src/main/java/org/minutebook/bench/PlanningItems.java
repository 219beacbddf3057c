package org.minutebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;
import org.minutebook.bench.Minutes.Style;

/**
 * Planning business: a planning committee's applications, one item each, with objectors, the
 * officer's advice and the decision; and a parish council's list of applications it was consulted
 * on.
 */
final class PlanningItems {
  private static final String[] ISSUES = {
    "highway safety",
    "the loss of privacy for neighbouring properties",
    "the impact on the conservation area",
    "flooding and drainage",
    "the lack of affordable housing",
    "pressure on local schools and doctors' surgeries",
    "the design and scale of the building",
    "traffic on {road}",
    "the loss of trees and hedgerows",
    "noise and disturbance"
  };

  private static final String[] SITES = {
    "Land at {road}",
    "Land north of {road}",
    "Land south of {road}",
    "The Old Rectory, {road}",
    "Former Garage Site, {road}",
    "Manor Farm, {road}",
    "Rear of {road}"
  };

  private static final String[] ANSWERS = {
    "the highway authority had raised no objection to the access",
    "the scheme complied with the policies of the local plan",
    "a condition would control the hours of construction",
    "the drainage strategy had been accepted by the lead local flood authority",
    "the affordable housing offered met the council's policy"
  };

  private PlanningItems() {}

  /** A planning committee's item on one application. */
  static Item application(Phrases p, int number) {
    p.lead(Role.PLANNING_OFFICER);
    Application app = Application.draw(p);
    boolean modernGov = p.meeting().council().style().modernGov();
    List<Block> blocks = new ArrayList<>();
    if (modernGov) {
      blocks.add(new Block("Minutes:", Style.LABEL));
    }
    blocks.add(
        Block.plain(
            "The Committee considered an application for "
                + app.development()
                + " at "
                + app.site()
                + ". "
                + "The "
                + p.role()
                + ", "
                + p.officer()
                + ", presented the report and explained that "
                + objections(p)
                + "."));
    if (p.chance(0.6)) {
      blocks.add(Block.plain(speaker(p)));
    }
    if (p.chance(0.5)) {
      blocks.add(
          Block.plain(
              p.fill(
                  "The highways authority had raised no objection, subject to conditions on the"
                      + " visibility splays at the access onto {road}.")));
    }
    if (p.chance(0.6)) {
      blocks.add(
          Block.plain(
              "Members discussed "
                  + p.fill(p.pick(ISSUES))
                  + ". The "
                  + p.role()
                  + " advised that "
                  + p.pick(ANSWERS)
                  + "."));
    }
    blocks.addAll(decision(p, app));
    return new Item(number, "Planning Application " + app.reference() + " - " + app.site(), blocks);
  }

  private static String objections(Phrases p) {
    return p.between(0, 60)
        + " letters of objection and "
        + p.between(0, 12)
        + " of support had been received, raising "
        + p.fill(p.pick(ISSUES))
        + " and "
        + p.fill(p.pick(ISSUES));
  }

  private static String speaker(Phrases p) {
    return switch (p.rng().nextInt(3)) {
      case 0 -> "Mr " + p.member() + " spoke in objection on behalf of neighbouring residents.";
      case 1 -> "The applicant's agent spoke in support of the application.";
      default ->
          p.councillor()
              + ", the ward member, spoke against the application, citing "
              + p.fill(p.pick(ISSUES))
              + ".";
    };
  }

  private static List<Block> decision(Phrases p, Application app) {
    int kind = p.rng().nextInt(10);
    if (kind < 6 && app.dwellings() >= 10 && p.meeting().council().style().modernGov()) {
      return Resolutions.several(
          p,
          List.of(
              "planning permission be granted subject to the conditions set out in the report",
              p.fill(
                  "the completion of a section 106 agreement securing "
                      + Math.max(1, app.dwellings() * 3 / 10)
                      + " affordable homes and a contribution of {money} towards education")));
    }
    String decision =
        kind < 7
            ? "planning permission be granted subject to the conditions set out in the report"
            : kind < 9
                ? "planning permission be refused because of " + p.fill(p.pick(ISSUES))
                : "consideration of the application be deferred to allow a site visit";
    return List.of(Resolutions.single(p, decision));
  }

  /** A parish council's item on the applications it was consulted on. */
  static Item consultations(Phrases p, int number) {
    List<Block> blocks = new ArrayList<>();
    int count = p.between(1, 4);
    for (int i = 0; i < count; i++) {
      Application app = Application.draw(p);
      blocks.add(
          Block.plain(
              "Application "
                  + app.reference()
                  + ", "
                  + app.site()
                  + ": "
                  + app.development()
                  + ". "
                  + verdict(p)));
    }
    if (p.chance(0.5)) {
      blocks.add(
          Block.plain(
              p.fill(
                  "The Clerk reported that the district council had granted planning permission for"
                      + " the extension at {n} {road}.")));
    }
    return new Item(number, p.chance(0.7) ? "Planning Applications" : "Planning", blocks);
  }

  private static String verdict(Phrases p) {
    return switch (p.rng().nextInt(3)) {
      case 0 -> "The Council resolved to raise no objection.";
      case 1 -> "The Council resolved to object on the grounds of " + p.fill(p.pick(ISSUES)) + ".";
      default -> "Members had no comments on the planning application.";
    };
  }

  /** An application: its reference, site, and what it proposes. */
  private record Application(String reference, String site, String development, int dwellings) {
    static Application draw(Phrases p) {
      String type = p.pick(new String[] {"FUL", "FUL", "HOU", "HOU", "HOU", "OUT", "REM", "LBC"});
      int most = p.meeting().council().kind().local() ? 40 : 250;
      int dwellings = type.equals("OUT") || type.equals("REM") ? p.between(5, most) : 0;
      String reference =
          String.format(
              Locale.ROOT,
              "%02d/%05d/%s",
              p.meeting().date().getYear() % 100,
              p.between(20, 2_999),
              type);
      return new Application(
          reference, p.fill(p.pick(SITES)), development(p, type, dwellings), dwellings);
    }

    private static String development(Phrases p, String type, int dwellings) {
      return switch (type) {
        case "HOU" ->
            p.pick(
                new String[] {
                  "a two-storey rear extension",
                  "a single-storey side extension",
                  "a detached garage"
                });
        case "OUT" -> "outline permission for up to " + dwellings + " dwellings";
        case "REM" -> "reserved matters for " + dwellings + " dwellings and public open space";
        case "LBC" -> "replacement windows to a listed building";
        default ->
            p.pick(
                new String[] {
                  "the erection of a detached dwelling",
                  "the change of use of offices to flats",
                  "the erection of a rural workers' dwelling",
                  "a solar farm and battery storage"
                });
      };
    }
  }
}
