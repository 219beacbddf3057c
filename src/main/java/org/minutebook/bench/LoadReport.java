package org.minutebook.bench;

import java.util.Locale;
import java.util.Map;

/** A load test's figures as Markdown, and the marked block of a results file they replace. */
public final class LoadReport {
  /** Where the load test's block begins in a results file, so that the next run replaces it. */
  public static final String START = "<!-- load test: start -->";

  /** Where it ends. */
  public static final String END = "<!-- load test: end -->";

  /**
   * How a run was made, for the reader of its figures.
   *
   * @param machine the date, processor, cores and JDK
   * @param command the command line that repeats the run
   * @param archive what was served ("the 100,000-item synthetic archive")
   * @param server how the server ran: its heap and overload limits
   * @param warmupSeconds the untimed load before the timed phase
   */
  public record Setup(
      String machine, String command, String archive, String server, double warmupSeconds) {}

  private LoadReport() {}

  /** The run as a section: how it was made, the totals, then each kind. */
  public static String markdown(LoadTest.Result r, Setup setup) {
    StringBuilder out = new StringBuilder();
    out.append("## Load test: ").append(setup.machine()).append("\n\n");
    out.append("`").append(setup.command()).append("`\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%d closed-loop clients on loopback, each with its own kept-alive connection, sending"
                + " the benchmark's query mix in turn (each client starting at its own kind) for"
                + " %.1f s (to the last answer) after %.0f s of untimed warm-up, against %s; the"
                + " server %s. An error is"
                + " any answer but 200, refusals included; latencies are of the 200s, in"
                + " milliseconds.%n%n",
            r.clients(),
            r.seconds(),
            setup.warmupSeconds(),
            setup.archive(),
            setup.server()));
    out.append(
        "| requests | errors | requests/s | p50 | p95 | p99 | max |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| %,d | %,d | %,.1f | %.2f | %.2f | %.2f | %.2f |%n%n",
            r.requests(),
            r.errors(),
            r.requestsPerSecond(),
            r.latency().p50(),
            r.latency().p95(),
            r.latency().p99(),
            r.latency().max()));
    out.append("Errors by status: ").append(failures(r.failures()));
    if (r.errors() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "; answered in p50 %.2f ms, p99 %.2f ms, max %.2f ms",
              r.errorLatency().p50(),
              r.errorLatency().p99(),
              r.errorLatency().max()));
    }
    out.append(".\n\n");
    out.append(
        "| kind | requests | errors | p50 | p95 | p99 | max |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n");
    for (LoadTest.KindResult kind : r.kinds()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f |%n",
              kind.kind(),
              kind.requests(),
              kind.errors(),
              kind.latency().p50(),
              kind.latency().p95(),
              kind.latency().p99(),
              kind.latency().max()));
    }
    return out.toString();
  }

  /** "none", or each status with its count ("HTTP 503: 12, no answer: 1"). */
  public static String failures(Map<Integer, Long> failures) {
    if (failures.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    failures.forEach(
        (status, count) ->
            out.append(out.isEmpty() ? "" : ", ")
                .append(status == LoadTest.NO_ANSWER ? "no answer" : "HTTP " + status)
                .append(String.format(Locale.ROOT, ": %,d", count)));
    return out.toString();
  }

  /**
   * {@code text} with the block between {@link #START} and {@link #END} replaced by {@code
   * markdown}, or with the block appended when it has none. Everything else is kept as it was.
   */
  public static String replaceBlock(String text, String markdown) {
    String block = START + "\n" + markdown.strip() + "\n" + END;
    int start = text.indexOf(START);
    int end = start < 0 ? -1 : text.indexOf(END, start);
    if (start >= 0 && end > start) {
      return text.substring(0, start) + block + text.substring(end + END.length());
    }
    String separator = text.isEmpty() ? "" : text.endsWith("\n") ? "\n" : "\n\n";
    return text + separator + block + "\n";
  }
}
