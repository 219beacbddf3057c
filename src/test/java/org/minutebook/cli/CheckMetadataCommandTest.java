package org.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minutebook.SharedData;
import org.minutebook.cli.MetadataAgreement.DateKind;
import org.minutebook.cli.MetadataAgreement.Row;
import org.minutebook.cli.MetadataAgreement.Verdict;

/** check-metadata end to end, on a small corpus of its own and on the real corpus when present. */
class CheckMetadataCommandTest {
  @TempDir Path temp;

  private Path corpus() throws IOException {
    Path corpus = temp.resolve("corpus");
    Files.createDirectories(corpus);
    write(
        corpus.resolve("pc_minutes_2019-09-03.txt"),
        "Example Parish Council - 3rd September 2019\n\nPresent: Cllrs A and B\n\n"
            + "The minutes of the meeting held on the 2nd July 2019 were signed.");
    write(
        corpus.resolve("pc_minutes_2019-11-05.txt"),
        "Example Parish Council - 6th November 2019\n\nPresent: Cllrs A and B");
    write(
        corpus.resolve("pc_minutes_posted_2005-02-01.txt"),
        "Minutes of the meeting of the Other Parish Council held on Tuesday 11th January 2005");
    write(
        corpus.resolve("MANIFEST.tsv"),
        "file\tcouncil_or_body\tcommittee_or_meeting\tmeeting_date\tnotes\n"
            + "pc_minutes_2019-09-03.txt\tExample Parish Council (Somewhere)\tminutes\t2019-09-03\t\n"
            + "pc_minutes_2019-11-05.txt\tExample Parish Council\tminutes\t2019-11-05\t\n"
            + "pc_minutes_posted_2005-02-01.txt\tOther Parish Council\tminutes\t(posted 2005-02-01)"
            + "\t\n");
    return corpus;
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void printsASummaryAndWithVerboseALinePerFileAndField() throws IOException {
    Path corpus = corpus();
    CliTest.Run run = CliTest.run("check-metadata", "--corpus", corpus.toString(), "--verbose");
    assertEquals(0, run.status(), run.err());
    String out = run.out();
    assertTrue(out.contains("Compared 3 files of MANIFEST.tsv"), out);
    assertTrue(out.contains("Minutes: a file counts as minutes when"), out);
    assertTrue(
        out.matches("(?s).*the manifest states a day\\s+2\\s+2\\n.*"), "two days stated\n" + out);
    assertTrue(out.matches("(?s).*\\n    agree\\s+1\\s+1\\n.*"), "one agrees\n" + out);
    assertTrue(out.matches("(?s).*\\n    disagree\\s+1\\s+1\\n.*"), "one disagrees\n" + out);
    assertTrue(out.matches("(?s).*posting date, not compared\\s+1\\s+1\\n.*"), out);
    assertTrue(
        out.contains("Minutes that agree on date: 1 of 2 (50.0 %); target 90 %: NOT met."), out);
    assertTrue(out.matches("(?s).*agree exactly\\s+3\\s+3\\n.*"), out);
    assertTrue(out.contains("pc_minutes_2019-11-05.txt"), out);
    assertTrue(out.contains("DISAGREE"), out);
  }

  @Test
  void saysWhenTheManifestIsMissing() throws IOException {
    Path corpus = corpus();
    CliTest.Run run =
        CliTest.run(
            "check-metadata",
            "--corpus",
            corpus.toString(),
            "--manifest",
            corpus.resolve("nope.tsv").toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("no manifest at"), run.err());
  }

  /** Issue 3's target: at least 90 % of the real minutes agree with the manifest on date. */
  @Test
  void atLeastNinetyPercentOfTheRealMinutesAgreeOnDate() throws IOException {
    Path real = SharedData.require("corpus-real");
    List<Row> rows = CheckMetadataCommand.check(real, real.resolve("MANIFEST.tsv")).rows();
    List<Row> minutesWithADay =
        rows.stream().filter(Row::minutes).filter(r -> r.date().kind() == DateKind.DAY).toList();
    long agree = minutesWithADay.stream().filter(r -> r.dateVerdict() == Verdict.AGREE).count();
    assertTrue(minutesWithADay.size() >= 50, "minutes with a day: " + minutesWithADay.size());
    assertTrue(
        agree >= Math.ceil(0.9 * minutesWithADay.size()),
        agree + " of " + minutesWithADay.size() + " minutes agree on date");
    long councils =
        rows.stream()
            .filter(
                r ->
                    r.councilVerdict() == Verdict.AGREE
                        || r.councilVerdict() == Verdict.AGREE_NORMALISED)
            .count();
    assertTrue(councils >= 130, councils + " councils agree");
  }
}
