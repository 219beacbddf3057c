package org.minutebook.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.minutebook.config.Paths;
import org.minutebook.model.AgendaItem;

/**
 * The public index and, beside it, the private index of restricted items ({@link
 * Paths#privateIndexOf}), made only once an archive has something restricted. Every item lives in
 * exactly one of them: public items in the public index, restricted ones in the private index, so
 * that no term, count or suggestion of the public index can reveal a restricted item; staff read
 * both together. A run commits the public index first, then the private one, both with the same run
 * id, and the public commit says whether there is a private one; a run stopped between the two
 * commits leaves them disagreeing, and the next run rebuilds both.
 */
final class IndexPair implements Closeable {
  /** In the public commit: "yes" when the same run committed a private index too. */
  static final String PRIVATE_KEY = "minutebook.private";

  private final Directory publicDir;
  private final Path privatePath;
  private Directory privateDir;

  private IndexPair(Directory publicDir, Path privatePath, Directory privateDir) {
    this.publicDir = publicDir;
    this.privatePath = privatePath;
    this.privateDir = privateDir;
  }

  /** Opens the index at {@code indexDir} and, when there is one, its private index. */
  static IndexPair open(Path indexDir) throws IOException {
    Path privatePath = Paths.privateIndexOf(indexDir);
    Directory open = FSDirectory.open(indexDir);
    try {
      Directory closed = Files.isDirectory(privatePath) ? FSDirectory.open(privatePath) : null;
      return new IndexPair(open, privatePath, closed);
    } catch (IOException | RuntimeException e) {
      open.close();
      throw e;
    }
  }

  Directory publicDir() {
    return publicDir;
  }

  /** The private index, or null when there is none. */
  Directory privateDir() throws IOException {
    return privateDir != null && DirectoryReader.indexExists(privateDir) ? privateDir : null;
  }

  /** Whether the two indexes are the work of the same completed run. */
  boolean consistent() throws IOException {
    return consistent(publicDir, privateDir());
  }

  /**
   * Whether the public index in {@code open} has a commit, and the private index {@code closed}
   * (null: none) is the one that commit says the same run made.
   */
  static boolean consistent(Directory open, Directory closed) throws IOException {
    if (!DirectoryReader.indexExists(open)) {
      return false;
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(open).getUserData();
    String run = data.get(IndexState.RUN_KEY);
    boolean expected = "yes".equals(data.get(PRIVATE_KEY));
    if (run == null || expected != (closed != null)) {
      return false;
    }
    return closed == null
        || run.equals(SegmentInfos.readLatestCommit(closed).getUserData().get(IndexState.RUN_KEY));
  }

  /** Writers for one run: from scratch when {@code fresh}, else updating both indexes. */
  Writers writers(boolean fresh) throws IOException {
    IndexWriter open = new IndexWriter(publicDir, config(fresh));
    Writers writers = new Writers(open, fresh);
    try {
      // An existing private index is opened now: this run deletes from it, or empties it.
      if (privateDir() != null) {
        writers.closed();
      }
      return writers;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writers);
      throw e;
    }
  }

  /**
   * The shared settings, except that closing does not commit: a run that fails keeps the last
   * commit of both indexes, rather than committing half a run to one of them.
   */
  private static IndexWriterConfig config(boolean fresh) {
    return IndexBuilder.writerConfig(
            fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
        .setCommitOnClose(false);
  }

  /** The private folder, created readable by its owner only where the file system can say so. */
  private Directory privateDirectory() throws IOException {
    if (privateDir == null) {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            privatePath,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(privatePath);
      }
      privateDir = FSDirectory.open(privatePath);
    }
    return privateDir;
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(publicDir, privateDir);
  }

  /**
   * The writers of one run; items go to one or the other by their access. The private writer is
   * opened with the first restricted item (or at once, when there is a private index already), so
   * that an archive with nothing restricted has no private index. Thread-safe.
   */
  final class Writers implements Closeable {
    private final IndexWriter open;
    private final boolean fresh;
    private volatile IndexWriter closed;
    private final Map<String, Integer> publicItems = new ConcurrentHashMap<>();

    private Writers(IndexWriter open, boolean fresh) {
      this.open = open;
      this.fresh = fresh;
    }

    /** The private index's writer, opened (and the index made) on first use. */
    private synchronized IndexWriter closed() throws IOException {
      if (closed == null) {
        Directory dir = privateDirectory();
        // A new private index may start in a run that updates the public one.
        boolean create = fresh || !DirectoryReader.indexExists(dir);
        closed = new IndexWriter(dir, config(create));
      }
      return closed;
    }

    /** Removes every document of {@code source} from both indexes. */
    void delete(String source) throws IOException {
      Term term = new Term(Schema.SOURCE, source);
      open.deleteDocuments(term);
      IndexWriter restricted = closed;
      if (restricted != null) {
        restricted.deleteDocuments(term);
      }
    }

    /** Writes {@code item}'s documents to the index its access says. */
    void add(AgendaItem item, List<Document> docs) throws IOException {
      IndexWriter writer = item.restricted() ? closed() : open;
      if (fresh) {
        // A new index holds no document to replace: adding skips the delete-by-term of an update.
        writer.addDocuments(docs);
      } else {
        writer.updateDocuments(new Term(Schema.OWNER, item.id()), docs);
      }
      if (!item.restricted()) {
        publicItems.merge(item.source(), 1, Integer::sum);
      }
    }

    /** How many public items this run wrote for {@code source} (files it read only). */
    int publicItems(String source) {
      return publicItems.getOrDefault(source, 0);
    }

    /**
     * Commits the public index, then the private one. Public first: once the public commit is made,
     * whatever this run found restricted has left the public index, even if the run is stopped
     * before the private commit (the next run then rebuilds both).
     *
     * @param privateNeeded whether the private commit records something the public one does not (a
     *     restricted file that could not be read), so that there must be one
     */
    void commit(
        Map<String, String> publicData, Map<String, String> privateData, boolean privateNeeded)
        throws IOException {
      if (privateNeeded) {
        closed();
      }
      IndexWriter restricted = closed;
      Map<String, String> data = new HashMap<>(publicData);
      data.put(PRIVATE_KEY, restricted != null ? "yes" : "no");
      open.setLiveCommitData(data.entrySet());
      open.commit();
      if (restricted != null) {
        restricted.setLiveCommitData(privateData.entrySet());
        restricted.commit();
      }
    }

    @Override
    public void close() throws IOException {
      IOUtils.close(open, closed);
    }
  }
}
