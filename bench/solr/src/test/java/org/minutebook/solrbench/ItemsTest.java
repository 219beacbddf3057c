package org.minutebook.solrbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsTest {
  @TempDir Path dir;

  @Test
  void readsItemsGroupedBySourceWithMissingValuesAllowed() throws IOException {
    Path jsonl = dir.resolve("items.jsonl");
    Files.writeString(
        jsonl,
        """
        {"id":"a.txt#1","source":"a.txt","format":"txt","title":"Budget","body":"one","council":"X","committee":"Cabinet","type":"minutes","themes":["finance"],"date":"2021-09-30","commitments":["report back"],"commitmentStatuses":["open"]}

        {"id":"b.pdf#1","source":"b.pdf","body":"two","date":null}
        {"id":"a.txt#2","source":"a.txt","body":"three","extra":"ignored"}
        """,
        StandardCharsets.UTF_8);
    Map<String, List<Item>> bySource = Items.readBySource(jsonl);
    assertEquals(List.of("a.txt", "b.pdf"), List.copyOf(bySource.keySet()));
    assertEquals(2, bySource.get("a.txt").size());
    Item bare = bySource.get("b.pdf").getFirst();
    assertNull(bare.date());
    assertEquals(List.of(), bare.themes());
  }

  @Test
  void aLineThatIsNoItemSaysWhere() throws IOException {
    Path jsonl = dir.resolve("items.jsonl");
    Files.writeString(jsonl, "{\"id\":\"x\",\"source\":\"x\"}\n", StandardCharsets.UTF_8);
    IOException error = assertThrows(IOException.class, () -> Items.readBySource(jsonl));
    assertEquals(true, error.getMessage().contains("items.jsonl:1"), error.getMessage());
  }

  @Test
  void documentHasEveryFieldOfTheSchema() {
    Item item =
        new Item(
            "a.txt#1",
            "a.txt",
            "txt",
            "Budget",
            "The budget.",
            "Kelbridge County Council",
            "Cabinet",
            "minutes",
            List.of("finance", "recruitment"),
            "2021-09-30",
            List.of("officers would report back"),
            List.of("open"));
    SolrInputDocument doc = Items.document(item);
    assertEquals(Date.from(Instant.parse("2021-09-30T00:00:00Z")), doc.getFieldValue("date"));
    assertEquals(2021, doc.getFieldValue("year"));
    assertEquals(List.of("finance", "recruitment"), List.copyOf(doc.getFieldValues("theme")));
    assertEquals(true, doc.getFieldValue("has_commitment"));
    assertEquals("open", doc.getFieldValue("commitment_status"));
    assertEquals("Cabinet", doc.getFieldValue("committee"));
  }

  @Test
  void documentLeavesOutWhatIsMissing() {
    Item item =
        new Item("b#1", "b.pdf", null, null, "text", null, null, null, null, null, null, null);
    SolrInputDocument doc = Items.document(item);
    assertFalse(doc.containsKey("date"));
    assertFalse(doc.containsKey("council"));
    assertEquals(false, doc.getFieldValue("has_commitment"));
  }
}
