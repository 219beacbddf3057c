package org.minutebook.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minutebook.SharedData;
import org.minutebook.model.AgendaItem;

/**
 * The wording rules against the 171 real minutes, agendas and reports, all of them public records:
 * every item they restrict is a false positive. Public minutes say "there were no Part 2 items", US
 * agendas call projects "exempt" from CEQA, and a strategic plan has a "Part II"; none of that may
 * hide an item from the public.
 */
class RealCorpusRestrictionsTest {
  /** What the rules restrict in the real corpus (each listed in the failure message). */
  private static final int EXPECTED_RESTRICTED = 0;

  @Test
  void theRulesRestrictNothingInPublicMinutes() throws Exception {
    Path corpus = SharedData.require("corpus-real");
    List<String> restricted = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger items = new AtomicInteger();
    new Ingester(IngestOptions.defaults())
        .run(
            corpus,
            item -> {
              items.incrementAndGet();
              if (item.restricted()) {
                restricted.add(describe(item));
              }
            },
            IngestListener.NONE);
    List<String> sorted = new ArrayList<>(restricted);
    Collections.sort(sorted);
    assertEquals(
        EXPECTED_RESTRICTED,
        sorted.size(),
        "restricted "
            + sorted.size()
            + " of "
            + items.get()
            + " items:\n"
            + String.join("\n", sorted));
  }

  private static String describe(AgendaItem item) {
    return item.source()
        + " #"
        + item.itemNumber()
        + " '"
        + item.title()
        + "': "
        + item.access().restrictedBecause();
  }
}
