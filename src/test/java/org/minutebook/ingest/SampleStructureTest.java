package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;

/** The five sample minutes in {@code corpus/sample}: each is one item with the right sections. */
class SampleStructureTest {
  private static final Path SAMPLE = Path.of("corpus/sample");

  private static ItemDraft only(String file) throws IOException {
    String raw = Files.readString(SAMPLE.resolve(file), StandardCharsets.UTF_8);
    DocumentStructure structure = StructureSplitter.split(TextCleaner.clean(raw, "text/plain"));
    assertEquals(1, structure.items().size(), file);
    return structure.items().getFirst();
  }

  private static SectionKind sectionOf(ItemDraft item, String start) {
    return item.paragraphs().stream()
        .filter(p -> p.text().startsWith(start))
        .findFirst()
        .map(Paragraph::section)
        .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
  }

  @Test
  void seed000() throws IOException {
    ItemDraft item = only("000_ad3b62f41aa6f4c1.txt");
    assertNull(item.number());
    assertEquals("Improvement Plan Progress Update", item.title());
    assertEquals(SectionKind.PURPOSE, sectionOf(item, "To provide an update"));
    assertEquals(SectionKind.DISCUSSION, sectionOf(item, "The Committee received"));
    assertEquals(SectionKind.RESOLVED, sectionOf(item, "RESOLVED:"));
    assertEquals(SectionKind.RESOLVED, sectionOf(item, "1. Note the progress"));
    assertEquals(SectionKind.RESOLVED, sectionOf(item, "2. Note the findings"));
    assertEquals(SectionKind.SUPPORTING_DOCUMENTS, sectionOf(item, "Supporting documents:"));
    assertEquals("p1", item.paragraphs().getFirst().anchor());
  }

  @Test
  void seed001() throws IOException {
    ItemDraft item = only("001_81d4f9b4ca80501e.txt");
    assertEquals("26", item.number());
    assertEquals("Improvement Plan Progress Report", item.title());
    assertEquals(SectionKind.PURPOSE, sectionOf(item, "To provide an update"));
    assertEquals(SectionKind.DISCUSSION, sectionOf(item, "- managing caseloads"));
    assertEquals(SectionKind.RESOLVED, sectionOf(item, "3. Note the findings"));
  }

  @Test
  void seed002() throws IOException {
    ItemDraft item = only("002_29f4cab8272e9d59.txt");
    assertEquals("Improvement Journey - Update", item.title());
    assertEquals(SectionKind.PURPOSE, sectionOf(item, "Presentation."));
    assertEquals(SectionKind.DISCUSSION, sectionOf(item, "• Proactive communication"));
    assertEquals(SectionKind.RESOLVED, sectionOf(item, "Resolved – That the presentation"));
  }

  @Test
  void seed003() throws IOException {
    ItemDraft item = only("003_e896f12c8ca69ae3.txt");
    assertEquals("54", item.number());
    assertEquals(
        "Update on the improvement programme within the Children and Families directorate"
            + " following publication of Ofsted focused visit July 2021",
        item.title());
    assertEquals(SectionKind.PURPOSE, sectionOf(item, "To update Cabinet"));
    assertEquals(SectionKind.DISCUSSION, sectionOf(item, "Group leaders gave"));
    assertEquals(SectionKind.RESOLVED, sectionOf(item, "b) Cabinet note the progress"));
  }

  @Test
  void seed004() throws IOException {
    ItemDraft item = only("004_6862fa7166954e52.txt");
    assertEquals("Children Improvement Plan - Progress Update", item.title());
    assertEquals(SectionKind.DISCUSSION, sectionOf(item, "· The Strategic Plan"));
    assertEquals(SectionKind.RECOMMENDATIONS, sectionOf(item, "RECOMMENDATIONS:"));
    assertEquals(SectionKind.RECOMMENDATIONS, sectionOf(item, "b) Work on mental health"));
    assertEquals(SectionKind.ACTIONS, sectionOf(item, "ACTIONS AGREED:"));
    assertEquals(SectionKind.ACTIONS, sectionOf(item, "1. That the rag rating"));
    List<String> anchors = item.paragraphs().stream().map(Paragraph::anchor).toList();
    assertEquals("p" + anchors.size(), anchors.getLast());
  }
}
