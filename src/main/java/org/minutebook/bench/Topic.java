package org.minutebook.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a substantive agenda item can be about, as a small grammar: titles, what the report did,
 * facts with figures, members' concerns and questions, officers' answers, decisions and
 * undertakings. Every array holds clauses in reported speech with {@link Phrases} slots, written so
 * that the item carries the terms of its built-in theme.
 *
 * @param id a short name, unique among topics
 * @param role who presents the report
 * @param shape how often the topic comes up at a council on a date (1 is ordinary)
 * @param affinity how often each kind of committee discusses it
 */
record Topic(
    String id,
    Role role,
    Shape shape,
    Map<CommitteeKind, Double> affinity,
    String[] titles,
    String[] reports,
    String[] facts,
    String[] concerns,
    String[] questions,
    String[] answers,
    String[] decisions,
    String[] actions) {

  /** How a topic's frequency varies over time and between councils. */
  @FunctionalInterface
  interface Shape {
    double at(Council council, LocalDate date);
  }

  /** How likely this topic is for an item of {@code kind} at {@code council} on {@code date}. */
  double weight(CommitteeKind kind, Council council, LocalDate date) {
    return affinity.getOrDefault(kind, 0.0) * shape.at(council, date) * council.profile().bias(id);
  }

  /** Committee kinds and weights, in pairs: {@code CABINET, 1.0, CHILDREN, 3.0}. */
  static Map<CommitteeKind, Double> at(Object... pairs) {
    Map<CommitteeKind, Double> map = new EnumMap<>(CommitteeKind.class);
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((CommitteeKind) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return map;
  }
}
