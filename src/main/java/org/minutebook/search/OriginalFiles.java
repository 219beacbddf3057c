package org.minutebook.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.IndexState;
import org.minutebook.index.Schema;
import org.minutebook.model.Original;

/**
 * Finds the original file of an item. The path comes only from the index's record of the item,
 * never from the request; it is resolved against the corpus root and must stay inside it, both as
 * written and once symbolic links are followed, so that no id can reach another file.
 */
final class OriginalFiles {
  static final String GONE = "the original file is no longer in the corpus";
  static final String OUTSIDE =
      "the item's file lies outside the corpus folder, so it is not served";

  /**
   * Said to the public of an item whose file also holds restricted items: the file would show them.
   * Worded so that it names no restricted item.
   */
  static final String WITHHELD =
      "the original file is not published; the item's own text is all there is to read";

  static final String NO_CORPUS =
      "the archive was opened without its corpus folder, so original files cannot be served";

  private OriginalFiles() {}

  /**
   * The file of item {@code id}, in {@code corpus} or, when that is empty, in the corpus the
   * snapshot's commit says the index was built from. Unless {@code staff}, a file that also holds
   * restricted items is withheld.
   */
  static Original find(IndexSnapshot snapshot, Optional<Path> corpus, String id, boolean staff)
      throws IOException {
    IndexSearcher searcher = snapshot.searcher();
    TopDocs top = searcher.search(KeywordField.newExactQuery(Schema.ID, id), 1);
    if (top.scoreDocs.length == 0) {
      return new Original.Missing("no item with id " + id);
    }
    Document doc =
        searcher
            .storedFields()
            .document(top.scoreDocs[0].doc, Set.of(Schema.SOURCE, Schema.ORIGINAL_WITHHELD));
    if (!staff && doc.get(Schema.ORIGINAL_WITHHELD) != null) {
      return new Original.Missing(WITHHELD);
    }
    String source = doc.get(Schema.SOURCE);
    Optional<Path> root = corpus.or(() -> builtFrom(snapshot));
    return root.isEmpty() ? new Original.Missing(NO_CORPUS) : locate(root.get(), source);
  }

  private static Optional<Path> builtFrom(IndexSnapshot snapshot) {
    try {
      return IndexState.corpusPath(snapshot.commitData());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code source} (relative, as the index records it) inside {@code root}, if it is there. */
  static Original locate(Path root, String source) {
    if (source == null || source.isBlank()) {
      return new Original.Missing(GONE);
    }
    Path base = root.toAbsolutePath().normalize();
    Path file;
    try {
      Path relative = base.getFileSystem().getPath(source);
      if (relative.isAbsolute() || relative.getRoot() != null) {
        return new Original.Missing(OUTSIDE);
      }
      file = base.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      return new Original.Missing(OUTSIDE);
    }
    if (!file.startsWith(base) || file.equals(base)) {
      return new Original.Missing(OUTSIDE);
    }
    if (!Files.isRegularFile(file)) {
      return new Original.Missing(GONE);
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(base.toRealPath())) {
        return new Original.Missing(OUTSIDE);
      }
      return new Original.Found(real, file.getFileName().toString());
    } catch (IOException e) {
      return new Original.Missing(GONE);
    }
  }
}
