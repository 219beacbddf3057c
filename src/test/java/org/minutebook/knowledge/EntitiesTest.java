package org.minutebook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Entity;
import org.minutebook.model.EntityKind;

class EntitiesTest {
  private static Entity named(List<Entity> es, EntityKind kind, String name) {
    return es.stream()
        .filter(e -> e.kind() == kind && e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + name + " not in " + es));
  }

  @Test
  void organisationsRolesAndPeople() {
    List<Entity> es =
        Entities.extract(
            QuestionItems.item(
                null,
                "Dr Jane Marlow, the Director for Adult Services, welcomed support from the LGA"
                    + " and the Harbourside Housing Trust.",
                "Dr Marlow added that the DfE had been told. Mrs Finch was the Chair of the"
                    + " Improvement Board."));
    assertEquals(
        "Local Government Association",
        named(es, EntityKind.ORGANISATION, "Local Government Association").name());
    named(es, EntityKind.ORGANISATION, "Harbourside Housing Trust");
    named(es, EntityKind.ORGANISATION, "Department for Education");
    named(es, EntityKind.ROLE, "Director for Adult Services");
    Entity marlow = named(es, EntityKind.PERSON, "Jane Marlow");
    assertEquals("Director for Adult Services", marlow.role());
    assertEquals("p1", marlow.anchor());
    assertEquals(
        1,
        es.stream()
            .filter(e -> e.kind() == EntityKind.PERSON && e.name().contains("Marlow"))
            .count());
    assertEquals("Chair of the Improvement Board", named(es, EntityKind.PERSON, "Finch").role());
  }

  @Test
  void genericBodiesAndMeetingNamesAreNotOrganisations() {
    List<Entity> es =
        Entities.extract(
            QuestionItems.item(
                null,
                "Can the Parish Council write to Brookfield District Council about the AGM of the"
                    + " Parish Council? Dates for Next Parish Council meetings and the Annual Parish"
                    + " Council were agreed with the Borough Council."));
    List<String> organisations =
        es.stream().filter(e -> e.kind() == EntityKind.ORGANISATION).map(Entity::name).toList();
    assertEquals(List.of("Brookfield District Council"), organisations);
  }

  @Test
  void amountsPercentagesAndProportions() {
    List<Entity> es =
        Entities.extract(
            QuestionItems.item(
                null,
                "A grant of £2.5 million and £40k, plus $3,000 and €12,500, met 30% of costs;"
                    + " 12 out of 40 schemes and 80 per cent of homes benefited."));
    named(es, EntityKind.MONEY, "2500000 GBP");
    named(es, EntityKind.MONEY, "40000 GBP");
    named(es, EntityKind.MONEY, "3000 USD");
    named(es, EntityKind.MONEY, "12500 EUR");
    named(es, EntityKind.PERCENTAGE, "30%");
    named(es, EntityKind.PERCENTAGE, "80%");
    assertEquals("12 out of 40 schemes", named(es, EntityKind.PROPORTION, "12/40").text());
  }

  @Test
  void lowerCaseWordsAreNotAcronyms() {
    List<Entity> es =
        Entities.extract(QuestionItems.item(null, "A resident reported a slip on the path."));
    assertTrue(es.stream().noneMatch(e -> e.kind() == EntityKind.ORGANISATION), es.toString());
  }
}
