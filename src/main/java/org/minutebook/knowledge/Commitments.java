package org.minutebook.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minutebook.model.AgendaItem;
import org.minutebook.model.Commitment;
import org.minutebook.model.Paragraph;
import org.minutebook.model.SectionKind;
import org.minutebook.model.Sourced;

/**
 * Reads the undertakings an item records: sentence by sentence in its discussion (see {@link
 * CommitmentSentences}), and every point of its ACTIONS section. An undertaking whose doer the
 * minutes do not name is given the nearest speaker of its paragraph ("Officers stated… a paper
 * would be presented") or, failing that, officers, with {@code ownerStated} false. Pure and
 * stateless.
 */
final class Commitments {
  static final String DEFAULT_OWNER = "officers";
  static final String CLERK_OWNER = "the Clerk";
  private static final Pattern CLERK = Pattern.compile("\\b[Cc]lerk\\b");

  /**
   * "In response to a question raised in respect of X, officers agreed…": X is what it is about.
   */
  private static final Pattern ABOUT =
      Pattern.compile(
          "^[Ii]n response to (?:a |the )?(?:question|query|concern)s?(?: raised)?"
              + " (?:in respect of|about|on|regarding|concerning|relating to) (?<about>.+?),?\\s+(?="
              + CommitmentOwners.OWNER
              + "\\s+(?:also\\s+)?(?:agreed|undertook|committed|offered|promised|would|will)\\b)");

  private Commitments() {}

  /** The commitments {@code item} records, in reading order. */
  static List<Commitment> extract(AgendaItem item) {
    Meeting meeting = meeting(item);
    List<Commitment> out = new ArrayList<>();
    for (Paragraph p : item.paragraphs()) {
      if (p.section() == SectionKind.ACTIONS) {
        fromAction(item, p, meeting, out);
      } else if (p.section() == SectionKind.DISCUSSION || p.section() == SectionKind.OTHER) {
        fromDiscussion(item, p, meeting, out);
      }
    }
    return out;
  }

  private record Meeting(LocalDate date, boolean estimated) {}

  private static Meeting meeting(AgendaItem item) {
    Optional<Sourced<LocalDate>> stated = item.date();
    if (stated.isPresent()) {
      return new Meeting(stated.get().value(), false);
    }
    return item.estimatedDate()
        .map(d -> new Meeting(d.value(), true))
        .orElse(new Meeting(null, false));
  }

  private static void fromAction(
      AgendaItem item, Paragraph p, Meeting meeting, List<Commitment> out) {
    DecisionPoints.Point point = DecisionPoints.point(p.text());
    String text = point.text();
    if (text.isEmpty() || DecisionPoints.isIntroducer(text, p.section())) {
      return;
    }
    List<CommitmentSentences.Found> found = CommitmentSentences.find(text);
    String owner = found.isEmpty() ? null : found.get(0).owner();
    String promise = text.replaceFirst("(?i)^that\\s+", "").replaceAll("[\\s.;,]+$", "");
    add(item, p, text, owner, promise, meeting, out, null);
  }

  private static void fromDiscussion(
      AgendaItem item, Paragraph p, Meeting meeting, List<Commitment> out) {
    String lastOwner = null;
    for (Sentences.Sentence s : Sentences.split(p.text())) {
      for (CommitmentSentences.Found f : CommitmentSentences.find(s.text())) {
        String owner = f.owner();
        String promise = about(s.text(), f.promise());
        if (owner == null) {
          String speaker =
              f.speakerOwns() ? CommitmentOwners.speakerBefore(p.text(), s.end()) : null;
          // An agentless "To update at the next meeting" continues the promise before it.
          speaker = speaker == null && f.speakerOwns() ? lastOwner : speaker;
          add(item, p, s.text(), null, promise, meeting, out, speaker);
        } else {
          add(item, p, s.text(), owner, promise, meeting, out, null);
          lastOwner = owner;
        }
      }
    }
  }

  /**
   * Who carries out what nobody was named for: the Clerk where the item's minutes have one (parish
   * minutes), else officers.
   */
  private static String defaultOwner(AgendaItem item) {
    for (Paragraph p : item.paragraphs()) {
      if (CLERK.matcher(p.text()).find()) {
        return CLERK_OWNER;
      }
    }
    return DEFAULT_OWNER;
  }

  private static String about(String sentence, String promise) {
    Matcher m = ABOUT.matcher(sentence);
    return m.find() ? promise + " (in respect of " + m.group("about").strip() + ")" : promise;
  }

  /** A bullet or list mark before a commitment's sentence: not part of what was said. */
  private static final Pattern LEADING_MARK = Pattern.compile("^[\\s•·▪◦\\-–*]+");

  /**
   * Adds the commitment made in {@code text}: its owner as stated, else {@code speaker} (who spoke
   * in the paragraph, may be null), else the item's default owner.
   */
  private static void add(
      AgendaItem item,
      Paragraph p,
      String text,
      String owner,
      String promise,
      Meeting meeting,
      List<Commitment> out,
      String speaker) {
    String who = owner != null ? owner : speaker != null ? speaker : defaultOwner(item);
    DueDates.Due due = DueDates.find(text, meeting.date(), meeting.estimated());
    out.add(
        new Commitment(
            item.id() + "#c" + (out.size() + 1),
            item.id(),
            p.anchor(),
            LEADING_MARK.matcher(text).replaceFirst(""),
            who,
            owner != null,
            promise,
            due == null ? null : due.hint(),
            due == null ? null : due.due(),
            due == null ? null : due.basis()));
  }
}
