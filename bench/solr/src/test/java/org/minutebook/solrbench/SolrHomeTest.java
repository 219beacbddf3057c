package org.minutebook.solrbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolrHomeTest {
  @TempDir Path dir;

  @Test
  void refusesAFolderItDidNotMake() throws IOException {
    Path theirs = dir.resolve("theirs");
    Files.createDirectories(theirs);
    Files.writeString(theirs.resolve("notes.txt"), "keep me", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> SolrHome.prepare(theirs));
    assertTrue(Files.exists(theirs.resolve("notes.txt")));
  }

  @Test
  void recreatesItsOwnFolder() throws IOException {
    Path home = dir.resolve("home");
    SolrHome.prepare(home);
    SolrHome.create(home.resolve("ingest"), true);
    SolrHome.prepare(home);
    assertFalse(Files.exists(home.resolve("ingest")));
    assertTrue(Files.exists(home.resolve(SolrHome.MARKER)));
  }

  @Test
  void cachesAreSwitchedInTheConfig() throws IOException {
    SolrHome.create(dir, true);
    Path config = dir.resolve(SolrHome.CORE).resolve("conf").resolve("solrconfig.xml");
    assertTrue(Files.readString(config, StandardCharsets.UTF_8).contains("<queryResultCache"));
    SolrHome.setCaches(dir, false);
    String off = Files.readString(config, StandardCharsets.UTF_8);
    assertFalse(off.contains("<queryResultCache") || off.contains("<filterCache"));
  }
}
