package org.minutebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a running JVM uses, asked of it with {@code jcmd}, and read from what {@code jcmd <pid>
 * GC.heap_info} prints. Each collector prints its own layout, and the layout changes between JDKs
 * (JDK 25's G1 says {@code total reserved ..., committed ..., used ...} where JDK 17's said {@code
 * total ..., used ...}), so the parser looks for sizes beside the word "used" rather than for one
 * collector's line.
 */
final class HeapInfo {
  /** "used 8014K" (G1, the generations of Serial and Parallel, ZGC's "used 10M"). */
  private static final Pattern USED_SIZE =
      Pattern.compile("\\bused:?\\s+(\\d+)\\s*([KMGT]?)B?\\b", Pattern.CASE_INSENSITIVE);

  /** "8235K used" (Shenandoah). */
  private static final Pattern SIZE_USED =
      Pattern.compile("\\b(\\d+)\\s*([KMGT])B?\\s+used\\b", Pattern.CASE_INSENSITIVE);

  /** "space 262144K, 10% used" (Epsilon, which gives only a share of its one space). */
  private static final Pattern SPACE_SHARE =
      Pattern.compile(
          "\\bspace\\s+(\\d+)\\s*([KMGT]?)B?,\\s*(\\d+)%\\s+used\\b", Pattern.CASE_INSENSITIVE);

  private HeapInfo() {}

  /**
   * The heap bytes JVM {@code pid} uses after a full collection: {@code jcmd <pid> GC.run}, then
   * {@code jcmd <pid> GC.heap_info}, with the jcmd of the JDK at {@code javaHome}.
   *
   * @throws IOException if that JDK has no jcmd (a JRE), or jcmd fails or prints no heap size
   */
  static long usedAfterGc(Path javaHome, long pid) throws IOException {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    Path jcmd = javaHome.resolve("bin").resolve(windows ? "jcmd.exe" : "jcmd");
    if (!Files.isExecutable(jcmd)) {
      throw new IOException(
          "no jcmd at "
              + jcmd
              + ": measuring the server's heap needs a JDK, not a JRE (set JAVA_HOME to a JDK)");
    }
    jcmd(jcmd, pid, "GC.run");
    return usedBytes(jcmd(jcmd, pid, "GC.heap_info"));
  }

  private static String jcmd(Path jcmd, long pid, String what) throws IOException {
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), what)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("jcmd " + what + " did not finish in 30 s");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running jcmd " + what, e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " " + what + " failed:\n" + out);
    }
    return out;
  }

  /**
   * The heap bytes in use: the sum of every absolute "used" size outside the metaspace lines
   * (Serial and Parallel print one per generation, and their spaces only as percentages, so nothing
   * is counted twice); failing those, the percentage of each space.
   *
   * @throws IOException if the text holds no size in use, with the text in the message
   */
  static long usedBytes(String heapInfo) throws IOException {
    long absolute = 0;
    long shares = 0;
    boolean foundAbsolute = false;
    boolean foundShare = false;
    for (String line : heapInfo.split("\\R")) {
      if (isMetaspace(line)) {
        continue;
      }
      for (Pattern pattern : new Pattern[] {USED_SIZE, SIZE_USED}) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
          absolute += bytes(m.group(1), m.group(2));
          foundAbsolute = true;
        }
      }
      Matcher share = SPACE_SHARE.matcher(line);
      while (share.find()) {
        shares += bytes(share.group(1), share.group(2)) * Long.parseLong(share.group(3)) / 100;
        foundShare = true;
      }
    }
    if (foundAbsolute) {
      return absolute;
    }
    if (foundShare) {
      return shares;
    }
    throw new IOException("no heap size in use in jcmd GC.heap_info's output:\n" + heapInfo);
  }

  /** Metaspace is not heap; JDKs before 25 print it among the heap lines. */
  private static boolean isMetaspace(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("metaspace") || lower.contains("class space");
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit.toUpperCase(Locale.ROOT)) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      case "G" -> n << 30;
      case "T" -> n << 40;
      default -> n;
    };
  }
}
