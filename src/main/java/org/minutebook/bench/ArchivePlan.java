package org.minutebook.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.minutebook.bench.Council.Committee;
import org.minutebook.bench.SyntheticArchive.Format;

/**
 * Which meetings the archive holds. Every council's committees have a full calendar of meetings;
 * the archive holds a sample of them, thinner in the early years as real archives are, with agendas
 * whose lengths add up to exactly the number of items asked for. Enough councils are invented that
 * at most 60% of their meetings are needed. Random keys use {@link StrictMath}, so that every JVM
 * draws the same sample.
 */
final class ArchivePlan {
  /** About how many agenda items one council contributes. */
  private static final int ITEMS_PER_COUNCIL = 2_500;

  private static final int MIN_COUNCILS = 3;

  /** At most this share of a council's calendar is in the archive. */
  private static final double SAMPLED = 0.6;

  static final int MIN_ITEMS = 3;
  private static final int MAX_AGENDA = 15;

  /** Default shares of the files by format. */
  private static final Map<Format, Double> MIX =
      Map.of(Format.TXT, 0.70, Format.HTML, 0.15, Format.DOCX, 0.10, Format.PDF, 0.05);

  private ArchivePlan() {}

  /** A meeting of the calendar that the archive may hold. */
  private record Slot(int council, int committee, int index, int items, double key) {}

  /** The meetings of an archive of {@code items} agenda items, in council and date order. */
  static List<Meeting> plan(int items, long seed, Set<Format> formats) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Council> councils = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    long capacity = 0;
    int wanted = Math.max(MIN_COUNCILS, (items + ITEMS_PER_COUNCIL - 1) / ITEMS_PER_COUNCIL);
    while (councils.size() < wanted || capacity * SAMPLED < items) {
      if (councils.size() == Councils.MAX) {
        throw new IllegalArgumentException(
            items + " items are more than the " + Councils.MAX + " invented councils can hold");
      }
      SplittableRandom councilRng = rng.split();
      Council council = Councils.invent(councils.size(), councilRng);
      capacity += addSlots(slots, councils.size(), council, councilRng);
      councils.add(council);
    }
    slots.sort(Comparator.comparingDouble(Slot::key));
    List<Slot> chosen = choose(slots, items);
    chosen.sort(
        Comparator.comparingInt(Slot::council)
            .thenComparingInt(Slot::committee)
            .thenComparingInt(Slot::index));
    List<Format> assigned = formats(shares(formats), chosen.size(), rng);
    List<Meeting> meetings = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Slot slot = chosen.get(i);
      Council council = councils.get(slot.council());
      Committee committee = council.committees().get(slot.committee());
      meetings.add(
          new Meeting(
              council, committee, slot.index(), slot.items(), assigned.get(i), rng.nextLong()));
    }
    return List.copyOf(meetings);
  }

  /**
   * Adds every meeting of the council's calendar as a slot, with its agenda's length and a random
   * key that orders the sample; returns how many items they hold in all.
   */
  private static long addSlots(List<Slot> slots, int index, Council council, SplittableRandom rng) {
    long items = 0;
    for (int c = 0; c < council.committees().size(); c++) {
      Committee committee = council.committees().get(c);
      CommitteeKind kind = committee.kind();
      for (int d = 0; d < committee.dates().size(); d++) {
        int length = kind.minItems() + rng.nextInt(kind.maxItems() - kind.minItems() + 1);
        double key = -StrictMath.log(1 - rng.nextDouble()) / archived(committee.dates().get(d));
        slots.add(new Slot(index, c, d, length, key));
        items += length;
      }
    }
    return items;
  }

  /** How likely a meeting's minutes are to be in the archive: older ones less so. */
  private static double archived(LocalDate date) {
    return 0.5
        + 0.5 * (date.getYear() - People.FIRST_YEAR) / (People.LAST_YEAR - People.FIRST_YEAR);
  }

  /**
   * The first slots, in key order, whose agendas add up to exactly {@code items}. Only the last one
   * or two agendas taken are shortened or lengthened, and they stay between 3 and 15 items long.
   */
  private static List<Slot> choose(List<Slot> slots, int items) {
    List<Slot> chosen = new ArrayList<>();
    int remaining = items;
    for (int i = 0; i < slots.size() && remaining > 0; i++) {
      Slot slot = slots.get(i);
      int take = take(slot.items(), remaining);
      if (take > 0) {
        chosen.add(new Slot(slot.council(), slot.committee(), slot.index(), take, slot.key()));
        remaining -= take;
      }
    }
    if (remaining > 0) {
      throw new IllegalStateException("the calendar holds fewer than " + items + " items");
    }
    return chosen;
  }

  /** How many items to give a meeting that would have {@code length}, never leaving 1 or 2. */
  private static int take(int length, int remaining) {
    if (length > remaining) {
      return remaining >= MIN_ITEMS ? remaining : 0;
    }
    int left = remaining - length;
    if (left > 0 && left < MIN_ITEMS) {
      return remaining <= MAX_AGENDA ? remaining : remaining - MIN_ITEMS;
    }
    return length;
  }

  /** The shares of the formats asked for; a share of one left out goes to TXT, if asked for. */
  static Map<Format, Double> shares(Set<Format> formats) {
    Map<Format, Double> shares = new EnumMap<>(Format.class);
    double left = 0;
    for (Format format : Format.values()) {
      if (formats.contains(format)) {
        shares.put(format, MIX.get(format));
      } else {
        left += MIX.get(format);
      }
    }
    if (shares.containsKey(Format.TXT)) {
      shares.merge(Format.TXT, left, Double::sum);
    }
    double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    shares.replaceAll((format, share) -> share / total);
    return shares;
  }

  /**
   * Each file's format: exactly each format's share of the files (the largest remainders rounded
   * up), in a random order.
   */
  private static List<Format> formats(Map<Format, Double> shares, int files, SplittableRandom rng) {
    Map<Format, Integer> counts = new EnumMap<>(Format.class);
    int given = 0;
    for (Map.Entry<Format, Double> share : shares.entrySet()) {
      int count = (int) Math.floor(share.getValue() * files);
      counts.put(share.getKey(), count);
      given += count;
    }
    List<Format> byRemainder = new ArrayList<>(shares.keySet());
    byRemainder.sort(
        Comparator.comparingDouble((Format f) -> counts.get(f) - shares.get(f) * files)
            .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; given < files; i++, given++) {
      counts.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
    }
    List<Format> assigned = new ArrayList<>(files);
    counts.forEach((format, count) -> assigned.addAll(Collections.nCopies(count, format)));
    for (int i = assigned.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      assigned.set(i, assigned.set(j, assigned.get(i)));
    }
    return assigned;
  }
}
