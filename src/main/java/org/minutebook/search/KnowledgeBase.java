package org.minutebook.search;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.minutebook.model.Commitment;
import org.minutebook.model.CommitmentEntry;
import org.minutebook.model.CommitmentStatus;
import org.minutebook.model.Decision;
import org.minutebook.model.DecisionEntry;
import org.minutebook.model.EntityKind;
import org.minutebook.model.EntitySummary;
import org.minutebook.model.FollowUp;
import org.minutebook.model.Inspection;

/**
 * The registers: commitments with their follow-ups and status, decisions, and the inspection
 * tracker. What the index holds is read once per reader; follow-ups are searched the first time a
 * commitment is asked for and kept with that reader.
 */
final class KnowledgeBase {
  private final IndexReaders readers;
  private final Supplier<LocalDate> today;
  private volatile State state;

  /** What belongs to one reader: its records, its meetings and the follow-ups found so far. */
  private record State(
      IndexReader reader,
      KnowledgeRecords records,
      MeetingCalendar calendar,
      Map<String, List<FollowUp>> followUps) {}

  KnowledgeBase(IndexReaders readers, Supplier<LocalDate> today) {
    this.readers = readers;
    this.today = today;
  }

  /** The page address that opens item {@code id} at paragraph {@code anchor}. */
  static String link(String id, String anchor) {
    return "/?view=document&id="
        + URLEncoder.encode(id, StandardCharsets.UTF_8)
        + (anchor == null ? "" : "&anchor=" + URLEncoder.encode(anchor, StandardCharsets.UTF_8));
  }

  /** The commitments register: oldest meeting first, undated last. */
  List<CommitmentEntry> commitments(KnowledgeRequest request) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      State s = state(snapshot.searcher());
      LocalDate now = today.get();
      List<CommitmentEntry> entries = new ArrayList<>();
      for (ThemeListing.Listed<Commitment> listed :
          s.records().commitments().candidates(request.filters().themes())) {
        KnowledgeRecords.Held held = listed.held();
        if (!held.passes(request.filters(), listed.themes())) {
          continue;
        }
        CommitmentEntry entry =
            entry(snapshot.searcher(), s, held, listed.record(), listed.themes(), now);
        if (request.statuses().isEmpty() || request.statuses().contains(entry.status())) {
          entries.add(entry);
        }
      }
      entries.sort(
          Comparator.comparing(
                  (CommitmentEntry e) -> e.date() != null ? e.date() : e.estimatedDate(),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(CommitmentEntry::id));
      return entries;
    }
  }

  private CommitmentEntry entry(
      IndexSearcher searcher,
      State s,
      KnowledgeRecords.Held held,
      Commitment c,
      List<String> themes,
      LocalDate now)
      throws IOException {
    Due resolved = due(s, held, c);
    String due = resolved.date();
    String dueBasis = resolved.basis();
    List<FollowUp> followUps =
        followUps(searcher, s, held, c, due == null ? null : LocalDate.parse(due));
    CommitmentStatus status =
        !followUps.isEmpty()
            ? CommitmentStatus.POSSIBLY_FOLLOWED_UP
            : due != null && LocalDate.parse(due).isBefore(now)
                ? CommitmentStatus.OVERDUE
                : CommitmentStatus.OPEN;
    return new CommitmentEntry(
        c.id(),
        c.text(),
        c.owner(),
        due,
        status,
        held.source(),
        iso(held.date()),
        held.committee(),
        held.council(),
        followUps,
        held.id(),
        c.anchor(),
        link(held.id(), c.anchor()),
        held.title(),
        held.itemNumber(),
        iso(held.estimatedDate()),
        c.ownerStated(),
        c.promise(),
        c.dueHint(),
        dueBasis,
        themes);
  }

  /** When a commitment is due, and how that was worked out. */
  private record Due(String date, String basis) {}

  /**
   * The commitment's own due date, or for "the next meeting" the next meeting of the same committee
   * in the archive (none when the archive has no later one yet).
   */
  private static Due due(State s, KnowledgeRecords.Held held, Commitment c) {
    if (c.due() != null || c.dueHint() == null || !DueHints.meansNextMeeting(c.dueHint())) {
      return new Due(c.due(), c.dueBasis());
    }
    String committee = held.committee() == null ? "the committee" : held.committee();
    Optional<LocalDate> next =
        held.effectiveDate() == null
            ? Optional.empty()
            : s.calendar().nextMeeting(held.council(), held.committee(), held.effectiveDate());
    return next.isPresent()
        ? new Due(next.get().toString(), "the next meeting of " + committee + " in the archive")
        : new Due(null, "no later meeting of " + committee + " in the archive");
  }

  private static List<FollowUp> followUps(
      IndexSearcher searcher, State s, KnowledgeRecords.Held held, Commitment c, LocalDate due)
      throws IOException {
    List<FollowUp> known = s.followUps().get(c.id());
    if (known == null) {
      known = FollowUps.find(searcher, held, c, due);
      s.followUps().put(c.id(), known);
    }
    return known;
  }

  /** The decisions register: oldest meeting first, undated last. */
  List<DecisionEntry> decisions(KnowledgeRequest request) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      State s = state(snapshot.searcher());
      List<DecisionEntry> entries = new ArrayList<>();
      for (ThemeListing.Listed<Decision> listed :
          s.records().decisions().candidates(request.filters().themes())) {
        Decision d = listed.record();
        boolean wanted =
            listed.held().passes(request.filters(), listed.themes())
                && (request.outcomes().isEmpty() || request.outcomes().contains(d.outcome()))
                && (request.filters().sections().isEmpty()
                    || request.filters().sections().contains(d.section().label()));
        if (wanted) {
          entries.add(decision(listed.held(), d, listed.themes()));
        }
      }
      entries.sort(
          Comparator.comparing(
                  (DecisionEntry e) -> e.date() != null ? e.date() : e.estimatedDate(),
                  Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(DecisionEntry::id));
      return entries;
    }
  }

  private static DecisionEntry decision(
      KnowledgeRecords.Held held, Decision d, List<String> themes) {
    return new DecisionEntry(
        d.id(),
        d.text(),
        d.outcome(),
        d.number(),
        d.section(),
        held.source(),
        iso(held.date()),
        iso(held.estimatedDate()),
        held.committee(),
        held.council(),
        held.id(),
        d.anchor(),
        link(held.id(), d.anchor()),
        held.title(),
        themes);
  }

  /** The organisations, people, roles and amounts the minutes name, most often named first. */
  List<EntitySummary> entities(KnowledgeRequest request, List<EntityKind> kinds, String words)
      throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      State s = state(snapshot.searcher());
      return EntityDirectory.gather(s.records().items(), request.filters(), kinds, words);
    }
  }

  /** The inspection tracker: each inspection or visit the minutes mention, with its mentions. */
  List<Inspection> inspections(KnowledgeRequest request) throws IOException {
    try (IndexSnapshot snapshot = readers.acquire()) {
      State s = state(snapshot.searcher());
      return InspectionTracker.track(s.records().items(), request.filters());
    }
  }

  private State state(IndexSearcher searcher) throws IOException {
    State current = state;
    IndexReader reader = searcher.getIndexReader();
    if (current != null && current.reader() == reader) {
      return current;
    }
    synchronized (this) {
      if (state != null && state.reader() == reader) {
        return state;
      }
      State fresh =
          new State(
              reader,
              KnowledgeRecords.read(searcher),
              MeetingCalendar.read(reader),
              new ConcurrentHashMap<>());
      state = fresh;
      return fresh;
    }
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
