package org.minutebook.bench;

import java.util.ArrayList;
import java.util.List;
import org.minutebook.bench.Minutes.Block;
import org.minutebook.bench.Minutes.Item;
import org.minutebook.bench.Minutes.Style;

/**
 * A substantive item on a topic: the report's introduction, then facts, members' questions and
 * concerns with officers' answers, perhaps an officer's undertaking, and the resolution. An item
 * has 2 to 8 paragraphs. Within an item each of the topic's clauses is dealt once before any comes
 * again, so that an item does not state one fact twice with different figures.
 */
final class TopicItems {
  private static final int MAX_PARAGRAPHS = 8;

  private final Phrases p;
  private final Topic topic;
  private final Deck facts;
  private final Deck questions;
  private final Deck answers;
  private final Deck concerns;
  private final Deck decisions;
  private final Deck actions;

  private TopicItems(Phrases p, Topic topic) {
    this.p = p;
    this.topic = topic;
    this.facts = new Deck(p, topic.facts());
    this.questions = new Deck(p, topic.questions());
    this.answers = new Deck(p, topic.answers());
    this.concerns = new Deck(p, topic.concerns());
    this.decisions = new Deck(p, topic.decisions());
    this.actions = new Deck(p, topic.actions());
  }

  static Item item(Phrases p, Topic topic, int number, String title) {
    p.lead(topic.role());
    return new TopicItems(p, topic).item(number, title);
  }

  private Item item(int number, String title) {
    boolean modernGov = p.meeting().council().style().modernGov();
    List<Block> resolution = resolution();
    boolean undertaking = p.chance(0.45);
    int fixed = (modernGov ? 1 : 0) + 1 + (undertaking ? 1 : 0) + resolution.size();
    int wanted = p.between(0, Math.min(modernGov ? 4 : 2, topic.facts().length));
    int discussion = Math.min(wanted, MAX_PARAGRAPHS - fixed);
    List<Block> blocks = new ArrayList<>();
    if (modernGov) {
      blocks.add(new Block("Minutes:", Style.LABEL));
    }
    blocks.add(Block.plain(introduction()));
    for (int i = 0; i < discussion; i++) {
      String paragraph = discussion();
      if (paragraph == null) {
        break; // everything the topic has to say has been said
      }
      blocks.add(Block.plain(paragraph));
    }
    if (undertaking) {
      blocks.add(Block.plain(undertaking()));
    }
    blocks.addAll(resolution);
    return new Item(number, title, blocks);
  }

  /** Who presented the report and what it covered, then one or two of its facts. */
  private String introduction() {
    String report = p.clause(topic.reports());
    String opener =
        switch (p.rng().nextInt(4)) {
          case 0 ->
              "The " + p.role() + ", " + p.officer() + ", presented the report, which " + report;
          case 1 ->
              "The "
                  + p.meeting().committee().facetName()
                  + " considered a report of the "
                  + p.role()
                  + " which "
                  + report;
          case 2 -> p.officer() + ", " + p.role() + ", introduced the report, which " + report;
          default -> "The " + p.role() + " presented the report, which " + report;
        };
    StringBuilder text = new StringBuilder(opener).append('.');
    for (int i = p.between(1, 2); i > 0 && facts.left() > 1; i--) {
      text.append(' ').append(Phrases.sentence(facts.next()));
    }
    return text.toString();
  }

  /** A paragraph of the debate, often with a sentence more; null when nothing is left to say. */
  private String discussion() {
    String core = exchange();
    if (core == null) {
      return null;
    }
    return p.chance(0.6) ? core + " " + followUp() : core;
  }

  /** One of the exchanges the topic still has clauses for, or null. */
  private String exchange() {
    List<Integer> forms = new ArrayList<>();
    for (int form = 0; form < 6; form++) {
      if (possible(form)) {
        forms.add(form);
      }
    }
    if (forms.isEmpty()) {
      return null;
    }
    return switch (forms.get(p.rng().nextInt(forms.size()))) {
      case 0 -> "The report noted that " + facts.next() + " and that " + facts.next() + ".";
      case 1 ->
          p.councillor()
              + " asked whether "
              + questions.next()
              + ". The "
              + p.role()
              + " explained that "
              + answers.next()
              + ".";
      case 2 ->
          "In response to a question from "
              + p.councillor()
              + " about "
              + concerns.next()
              + ", "
              + p.officer()
              + " reported that "
              + answers.next()
              + ".";
      case 3 ->
          p.councillor()
              + " raised concerns about "
              + concerns.next()
              + ", noting that "
              + facts.next()
              + ".";
      case 4 ->
          "Members asked whether "
              + questions.next()
              + ". Officers confirmed that "
              + answers.next()
              + ", and that "
              + facts.next()
              + ".";
      default ->
          "Members were informed that "
              + facts.next()
              + ". Members thanked officers for a clear and comprehensive report.";
    };
  }

  /** Whether the clauses an exchange needs are left. */
  private boolean possible(int form) {
    return switch (form) {
      case 0 -> facts.left() >= 2;
      case 1 -> questions.left() > 0 && answers.left() > 0;
      case 2 -> concerns.left() > 0 && answers.left() > 0;
      case 3 -> concerns.left() > 0 && facts.left() > 0;
      case 4 -> questions.left() > 0 && answers.left() > 0 && facts.left() > 0;
      default -> facts.left() > 0;
    };
  }

  private String followUp() {
    int form = p.rng().nextInt(6);
    if (form == 0 && facts.left() > 0) {
      return Phrases.sentence(facts.next());
    }
    if (form == 1 && answers.left() > 0) {
      return "The " + p.role() + " added that " + answers.next() + ".";
    }
    return switch (form % 4) {
      case 0 -> p.councillor() + " welcomed the progress made but stressed the need to sustain it.";
      case 1 ->
          "It was noted that the figures would be reported to the "
              + p.meeting().committee().facetName()
              + " every quarter.";
      case 2 ->
          "Officers acknowledged that more needed to be done and said that the position would be"
              + " kept under review.";
      default -> p.councillor() + " asked that the committee's thanks to staff be recorded.";
    };
  }

  private String undertaking() {
    String action = actions.next("a progress report");
    String later = p.fill("{later}");
    if (p.meeting().council().kind().local()) {
      return "The Clerk agreed to report back to the council in " + later + " on " + action + ".";
    }
    return switch (p.rng().nextInt(5)) {
      case 0 -> "Officers agreed to bring a report back to committee in " + later + ".";
      case 1 ->
          "Officers agreed to bring a report back to committee in " + later + " on " + action + ".";
      case 2 ->
          "The "
              + p.role()
              + " undertook to circulate "
              + action
              + " to members before the next meeting.";
      case 3 -> "It was agreed that " + action + " would be provided to members by " + later + ".";
      default ->
          p.officer()
              + " agreed to report back to the "
              + p.meeting().committee().facetName()
              + " in "
              + later
              + " with "
              + action
              + ".";
    };
  }

  private List<Block> resolution() {
    if (!p.meeting().council().style().modernGov() || p.chance(0.45)) {
      String decision = p.chance(0.4) ? "the report be noted" : decisions.next();
      return List.of(Resolutions.single(p, decision));
    }
    List<String> parts = new ArrayList<>();
    parts.add("the report be noted");
    int more = p.between(1, Math.min(3, topic.decisions().length));
    for (int i = 0; i < more; i++) {
      parts.add(
          i == more - 1 && p.chance(0.5)
              ? actions.next("progress")
                  + " be reported to the "
                  + p.meeting().committee().facetName()
                  + p.fill(" in {later}")
              : decisions.next());
    }
    List<String> distinct = parts.stream().distinct().toList();
    return distinct.size() == 1
        ? List.of(Resolutions.single(p, distinct.getFirst()))
        : Resolutions.several(p, distinct);
  }

  /** Deals a topic's clauses, filled, in a random order, each at most once. */
  private static final class Deck {
    private final Phrases p;
    private final String[] options;
    private final int[] order;
    private int dealt;

    Deck(Phrases p, String[] options) {
      this.p = p;
      this.options = options;
      this.order = new int[options.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
    }

    int left() {
      return order.length - dealt;
    }

    /** The next clause; the caller checks {@link #left()} first. */
    String next() {
      int j = dealt + p.rng().nextInt(order.length - dealt);
      int chosen = order[j];
      order[j] = order[dealt];
      order[dealt++] = chosen;
      return p.fill(options[chosen]);
    }

    /** The next clause, or {@code fallback} when all have been dealt. */
    String next(String fallback) {
      return left() > 0 ? next() : fallback;
    }
  }
}
