package org.minutebook.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.ingest.Ingester;

/** The shape of item ids, as the indexer makes them, and what a message repeats of a bad one. */
class ItemIdsTest {
  @Test
  void theIdsTheIndexerMakesAreWellFormed() {
    assertTrue(ItemIds.wellFormed(Ingester.itemId("borough/planning.txt", 0)));
    assertTrue(ItemIds.wellFormed(Ingester.itemId("ünïcode/äpfel minutes.pdf", 1234)));
    assertTrue(ItemIds.wellFormed("77fbfda111814af2-1"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "no-such-item",
        "77fbfda111814af2",
        "77fbfda111814af2-",
        "77FBFDA111814AF2-1",
        "77fbfda111814af2-1/../../secret.txt",
        "../77fbfda111814af2-1",
        "77fbfda111814af2-1\u0000",
        "77fbfda111814af2-1\n",
        "77fbfda111814af2-1;x",
        "77fbfda111814af2-12345678901",
        "７７fbfda111814af2-1"
      })
  void anythingElseIsNot(String id) {
    assertFalse(ItemIds.wellFormed(id), id);
  }

  @Test
  void messagesRepeatABoundedPrintableId() {
    assertEquals("no item with id no-such-item", ItemIds.unknown("no-such-item"));
    assertEquals("a\uFFFDb", ItemIds.shown("a\u0000b"));
    String shown = ItemIds.shown("x".repeat(99) + "\uD83D\uDE00" + "y".repeat(50));
    assertEquals("x".repeat(99) + "…", shown, "no half of a surrogate pair");
    assertEquals(101, ItemIds.shown("z".repeat(5000)).length());
  }

  @Test
  void pathSegmentsAreDecodedAsTheRouterDecodesThem() {
    assertEquals("../secret.txt", RequestGuards.decoded("..%2fsecret.txt"));
    assertEquals("a+b", RequestGuards.decoded("a+b"));
    assertEquals("%zz", RequestGuards.decoded("%zz"));
  }
}
