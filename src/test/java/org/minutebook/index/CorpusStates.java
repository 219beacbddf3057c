package org.minutebook.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.minutebook.bench.SyntheticArchive;
import org.minutebook.bench.SyntheticArchive.Format;

/**
 * Three states of one synthetic archive, for runs that update an index: {@link State#BASE}; {@link
 * State#ADDED}, the base plus a quarter more files; and {@link State#CHANGED}, the added state with
 * a tenth of its files deleted and another tenth edited. A corpus folder is made to match a state
 * by writing only what differs.
 */
final class CorpusStates {
  /** The states a corpus can be put in. */
  enum State {
    BASE,
    ADDED,
    CHANGED
  }

  private static final byte[] EDIT =
      "\n\nAddendum: the clerk corrected the record of attendance at this meeting.\n"
          .getBytes(StandardCharsets.UTF_8);

  private final Map<State, Map<String, byte[]>> states;

  private CorpusStates(Map<State, Map<String, byte[]>> states) {
    this.states = states;
  }

  /** Writes a synthetic archive of {@code items} items into {@code dir} and plans the states. */
  static CorpusStates generate(Path dir, int items, long seed) throws IOException {
    SyntheticArchive.write(dir, items, seed, EnumSet.of(Format.TXT, Format.HTML));
    List<String> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          new ArrayList<>(
              walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()).toList());
    }
    files.sort(null);
    Collections.shuffle(files, new Random(seed));
    int quarter = files.size() / 4;
    int tenth = files.size() / 10;
    Map<String, byte[]> added = new HashMap<>();
    for (String file : files) {
      added.put(file, Files.readAllBytes(dir.resolve(file)));
    }
    Map<String, byte[]> base = new HashMap<>(added);
    files.subList(0, quarter).forEach(base::remove);
    Map<String, byte[]> changed = new HashMap<>(added);
    files.subList(quarter, quarter + tenth).forEach(changed::remove);
    for (String file : files.subList(quarter + tenth, quarter + 2 * tenth)) {
      changed.put(file, concat(added.get(file), EDIT));
    }
    return new CorpusStates(Map.of(State.BASE, base, State.ADDED, added, State.CHANGED, changed));
  }

  /** Makes {@code corpus} hold exactly the files of {@code state}. */
  void write(Path corpus, State state) throws IOException {
    Map<String, byte[]> wanted = states.get(state);
    Files.createDirectories(corpus);
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        if (!wanted.containsKey(corpus.relativize(file).toString())) {
          Files.delete(file);
        }
      }
    }
    for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
      Path path = corpus.resolve(file.getKey());
      if (!Files.isRegularFile(path) || !Arrays.equals(Files.readAllBytes(path), file.getValue())) {
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
