package org.minutebook.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.minutebook.bench.Council.Committee;

/**
 * A meeting the archive holds minutes of.
 *
 * @param council whose meeting
 * @param committee which committee met
 * @param index the meeting's place in the committee's calendar
 * @param items how many agenda items its minutes have
 * @param format the file format its minutes are published in
 * @param seed the seed of everything written in them, so that each file can be written alone
 */
record Meeting(
    Council council,
    Committee committee,
    int index,
    int items,
    SyntheticArchive.Format format,
    long seed) {

  LocalDate date() {
    return committee.dates().get(index);
  }

  /** The committee's previous meeting, whose minutes these approve. */
  Optional<LocalDate> previous() {
    return index == 0 ? Optional.empty() : Optional.of(committee.dates().get(index - 1));
  }

  /** The committee's next meeting. */
  Optional<LocalDate> next() {
    return index + 1 >= committee.dates().size()
        ? Optional.empty()
        : Optional.of(committee.dates().get(index + 1));
  }

  /** The file's path in the archive: "ashworth-borough/2019-03-05-cabinet.txt". */
  String path() {
    String name = committee.facetName().toLowerCase(Locale.ROOT).replace("'", "");
    return council.slug()
        + "/"
        + date()
        + "-"
        + name.replaceAll("[^a-z0-9]+", "-")
        + "."
        + format.extension();
  }
}
