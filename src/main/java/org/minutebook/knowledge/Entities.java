package org.minutebook.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Entity;
import org.minutebook.model.EntityKind;
import org.minutebook.model.Paragraph;

/**
 * The organisations, roles, people, amounts and proportions an item mentions: one entity per kind
 * and canonical name, anchored at its first mention. A person named again by surname alone ("Mr
 * Boyce" after "Mr Paul Boyce") is the same person.
 */
final class Entities {
  private Entities() {}

  static List<Entity> extract(AgendaItem item) {
    Map<String, Entity> found = new LinkedHashMap<>();
    List<Entity> people = new ArrayList<>();
    for (Paragraph p : item.paragraphs()) {
      String a = p.anchor();
      organisations(p.text(), a, found);
      for (EntityRoles.Found r : EntityRoles.find(p.text())) {
        add(found, new Entity(EntityKind.ROLE, r.text(), r.name(), null, a));
      }
      for (String sentence : Sentences.texts(p.text())) {
        for (EntityPeople.Found f : EntityPeople.find(sentence)) {
          person(people, f, a);
        }
      }
      for (MoneyAmounts.Figure f : MoneyAmounts.find(p.text())) {
        add(found, new Entity(f.kind(), f.text(), f.value(), null, a));
      }
    }
    List<Entity> out = new ArrayList<>(found.values());
    out.addAll(people);
    return out.stream().sorted(java.util.Comparator.comparingInt(Entities::order)).toList();
  }

  private static int order(Entity e) {
    return e.kind().ordinal();
  }

  private static void organisations(String text, String anchor, Map<String, Entity> found) {
    List<Gazetteer.Found> named = Gazetteer.find(text);
    for (Gazetteer.Found g : named) {
      add(found, new Entity(EntityKind.ORGANISATION, g.text(), g.canonical(), null, anchor));
    }
    for (OrganisationNames.Found o : OrganisationNames.find(text)) {
      String name = o.text();
      for (Gazetteer.Found g : named) {
        if (g.start() < o.end() && o.start() < g.end()) {
          // "LGA and the Harbourside Trust": what follows the known name may be another.
          name = g.end() < o.end() ? rest(text.substring(g.end(), o.end())) : "";
        }
      }
      if (name.contains(" ")) {
        add(found, new Entity(EntityKind.ORGANISATION, name, name, null, anchor));
      }
    }
  }

  private static String rest(String after) {
    return after.replaceFirst("^[\\s,]*(?:(?:and|&|the|of|for)\\s+)*", "").strip();
  }

  private static void add(Map<String, Entity> found, Entity e) {
    found.putIfAbsent(e.kind() + "\t" + e.name().toLowerCase(Locale.ROOT), e);
  }

  /** Adds a person, or merges a later mention into the earlier one with the same surname. */
  private static void person(List<Entity> people, EntityPeople.Found f, String anchor) {
    String surname = surname(f.name());
    for (int i = 0; i < people.size(); i++) {
      Entity known = people.get(i);
      if (surname(known.name()).equalsIgnoreCase(surname)) {
        String name = f.name().length() > known.name().length() ? f.name() : known.name();
        String role = known.role() != null ? known.role() : f.role();
        people.set(i, new Entity(EntityKind.PERSON, known.text(), name, role, known.anchor()));
        return;
      }
    }
    people.add(new Entity(EntityKind.PERSON, f.text(), f.name(), f.role(), anchor));
  }

  private static String surname(String name) {
    String[] words = name.split("\\s+");
    return words[words.length - 1];
  }
}
