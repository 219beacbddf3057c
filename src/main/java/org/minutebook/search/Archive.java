package org.minutebook.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.minutebook.model.Coverage;
import org.minutebook.model.ItemView;
import org.minutebook.model.SearchRequest;
import org.minutebook.model.SearchResult;
import org.minutebook.model.Theme;
import org.minutebook.model.Timeline;
import org.minutebook.themes.ThemeCatalog;

/** An opened archive: everything the web and the command line ask of an index. Thread-safe. */
public final class Archive implements Closeable {
  private final IndexReaders readers;
  private final ArchiveSearch search;
  private final Timelines timelines;
  private final CoverageReader coverage;
  private final ThemeCatalog themes;

  private Archive(IndexReaders readers, ThemeCatalog themes) {
    this.readers = readers;
    this.search = new ArchiveSearch(readers);
    this.timelines = new Timelines(readers);
    this.coverage = new CoverageReader(readers);
    this.themes = themes;
  }

  /** Opens the index at {@code indexDir}, with the themes it was built with. */
  public static Archive open(Path indexDir, ThemeCatalog themes) throws IOException {
    return new Archive(new IndexReaders(indexDir), themes);
  }

  public SearchResult search(SearchRequest request) throws IOException, QuerySyntaxException {
    return search.search(request);
  }

  public Optional<ItemView> document(String id) throws IOException {
    return search.document(id);
  }

  public Timeline timeline(TimelineRequest request) throws IOException, QuerySyntaxException {
    return timelines.timeline(request);
  }

  /** What the index covers and which files it could not index, with reasons. */
  public Coverage coverage() throws IOException {
    return coverage.coverage();
  }

  public List<Theme> themes() {
    return themes.themes();
  }

  public Optional<Theme> theme(String id) {
    return themes.find(id);
  }

  /** How many items are searchable. */
  public int size() throws IOException {
    return search.size();
  }

  /** Picks up a newer commit of the index, if there is one. */
  public void refresh() throws IOException {
    readers.refresh();
  }

  @Override
  public void close() throws IOException {
    readers.close();
  }
}
