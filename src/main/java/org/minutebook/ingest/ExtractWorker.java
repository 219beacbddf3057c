package org.minutebook.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.ingest.WorkerProtocol.Reply;
import org.minutebook.ingest.WorkerProtocol.Request;

/**
 * The main class of a worker JVM that {@link IsolatedExtractor} starts: reads one {@link Request}
 * per line on stdin, extracts the file with {@link TikaExtractor}, and writes one {@link Reply} per
 * line on stdout. Stdout carries the protocol and nothing else; logging and anything a library
 * prints go to stderr. It ends when stdin closes or the parent process ends.
 *
 * <p>Arguments: {@code --max-chars N --max-bytes N [--ocr]}. With the system property {@value
 * #FAULTS_PROPERTY} set to true (tests only), files whose names contain {@code __hang__}, {@code
 * __crash__}, {@code __exit__} or {@code __oom__} hang, halt the JVM, call System.exit, or fill the
 * heap.
 */
public final class ExtractWorker {
  /** The system property that switches on fault injection, for tests of the pool. */
  public static final String FAULTS_PROPERTY = "minutebook.worker.faults";

  private ExtractWorker() {}

  /** Serves requests until stdin closes. */
  public static void main(String[] args) throws IOException {
    Writer protocol =
        new BufferedWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.US_ASCII));
    // Whatever a parser prints must not break the protocol: send it to stderr.
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    haltWithParent();
    TikaExtractor tika = extractor(args);
    boolean faults = Boolean.getBoolean(FAULTS_PROPERTY);
    BufferedReader requests =
        new BufferedReader(
            new InputStreamReader(new FileInputStream(FileDescriptor.in), StandardCharsets.UTF_8));
    send(protocol, Reply.ready());
    for (String line = requests.readLine(); line != null; line = requests.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      Path file = Path.of(WorkerProtocol.decode(line, Request.class).path());
      if (faults) {
        Faults.inject(file.getFileName().toString());
      }
      send(protocol, handle(tika, file));
    }
  }

  static Reply handle(Extractor extractor, Path file) {
    try {
      return Reply.of(extractor.extract(file));
    } catch (ExtractionException e) {
      return Reply.of(e);
    } catch (IOException e) {
      return Reply.ioError(e);
    }
  }

  private static void send(Writer protocol, Reply reply) throws IOException {
    protocol.write(WorkerProtocol.encode(reply));
    protocol.write('\n');
    protocol.flush();
  }

  /** An orphaned worker (its indexer killed) must not parse on for nobody. */
  private static void haltWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
  }

  static TikaExtractor extractor(String[] args) {
    int maxChars = IngestOptions.DEFAULT_MAX_CHARS;
    long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;
    boolean ocr = false;
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String flag = rest.remove(0);
      switch (flag) {
        case "--max-chars" -> maxChars = Integer.parseInt(rest.remove(0));
        case "--max-bytes" -> maxBytes = Long.parseLong(rest.remove(0));
        case "--ocr" -> ocr = true;
        default -> throw new IllegalArgumentException("unknown worker argument: " + flag);
      }
    }
    return new TikaExtractor(maxChars, maxBytes, ocr);
  }

  /** Misbehaviour on demand, so that tests can show the pool survives it. */
  static final class Faults {
    private Faults() {}

    static void inject(String name) {
      if (name.contains("__hang__")) {
        hang();
      } else if (name.contains("__crash__")) {
        Runtime.getRuntime().halt(134);
      } else if (name.contains("__exit__")) {
        System.exit(0);
      } else if (name.contains("__oom__")) {
        fillHeap();
      }
    }

    private static void hang() {
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // A hung parser does not listen either.
        }
      }
    }

    private static void fillHeap() {
      List<long[]> hog = new ArrayList<>();
      while (true) {
        hog.add(new long[1 << 20]);
      }
    }
  }
}
