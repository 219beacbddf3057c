package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.index.Schema;
import org.minutebook.model.Original;
import org.minutebook.themes.ThemeCatalog;

/** Only files inside the corpus are found, however the recorded path or the links are written. */
class OriginalFilesTest {
  @TempDir Path temp;
  Path corpus;
  Path outside;

  @BeforeEach
  void files() throws IOException {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    outside = Files.createDirectories(temp.resolve("outside"));
    Files.createDirectories(corpus.resolve("borough"));
    Files.writeString(corpus.resolve("borough/minutes.txt"), "minutes", StandardCharsets.UTF_8);
    Files.writeString(outside.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
  }

  @Test
  void aFileInsideIsFoundByItsRealPath() throws IOException {
    Original.Found found =
        assertInstanceOf(Original.Found.class, OriginalFiles.locate(corpus, "borough/minutes.txt"));
    assertEquals(corpus.resolve("borough/minutes.txt").toRealPath(), found.file());
    assertEquals("minutes.txt", found.name());
    // Dots that stay inside are only a longer way to the same file.
    assertInstanceOf(
        Original.Found.class, OriginalFiles.locate(corpus, "borough/../borough/./minutes.txt"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside/secret.txt",
        "borough/../../outside/secret.txt",
        "..",
        ".",
        "/etc/passwd",
        "\u0000minutes.txt"
      })
  void pathsThatLeaveTheCorpusAreRefused(String source) {
    Original missing = OriginalFiles.locate(corpus, source);
    assertEquals(new Original.Missing(OriginalFiles.OUTSIDE), missing, source);
  }

  @Test
  void absolutePathsToTheCorpusItselfAreRefusedToo() {
    String absolute = corpus.resolve("borough/minutes.txt").toAbsolutePath().toString();
    assertEquals(
        new Original.Missing(OriginalFiles.OUTSIDE), OriginalFiles.locate(corpus, absolute));
  }

  @Test
  void symbolicLinksThatLeaveTheCorpusAreRefused() throws IOException {
    Files.createSymbolicLink(corpus.resolve("link.txt"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(corpus.resolve("elsewhere"), outside);
    assertEquals(
        new Original.Missing(OriginalFiles.OUTSIDE), OriginalFiles.locate(corpus, "link.txt"));
    assertEquals(
        new Original.Missing(OriginalFiles.OUTSIDE),
        OriginalFiles.locate(corpus, "elsewhere/secret.txt"));
    // A link that stays inside is served as the file it points to.
    Files.createSymbolicLink(corpus.resolve("same.txt"), corpus.resolve("borough/minutes.txt"));
    assertInstanceOf(Original.Found.class, OriginalFiles.locate(corpus, "same.txt"));
  }

  @Test
  void aFileNoLongerThereIsGone() {
    assertEquals(
        new Original.Missing(OriginalFiles.GONE), OriginalFiles.locate(corpus, "borough/gone.txt"));
    assertEquals(new Original.Missing(OriginalFiles.GONE), OriginalFiles.locate(corpus, "borough"));
    assertEquals(new Original.Missing(OriginalFiles.GONE), OriginalFiles.locate(corpus, ""));
  }

  @Test
  void anIndexThatDoesNotNameItsCorpusServesNoOriginals() throws IOException {
    Path index = temp.resolve("index");
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Schema.analyzer()))) {
      Document doc = new Document();
      doc.add(new KeywordField(Schema.ID, "x-1", Field.Store.YES));
      doc.add(new KeywordField(Schema.SOURCE, "borough/minutes.txt", Field.Store.YES));
      writer.addDocument(doc);
      writer.commit();
    }
    try (Archive archive = Archive.open(index, ThemeCatalog.builtIn())) {
      assertEquals(new Original.Missing(OriginalFiles.NO_CORPUS), archive.original("x-1"));
      assertEquals(new Original.Missing("no item with id x-2"), archive.original("x-2"));
    }
  }
}
