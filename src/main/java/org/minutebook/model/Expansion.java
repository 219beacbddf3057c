package org.minutebook.model;

import java.util.List;

/**
 * What the thesaurus added to a query. Field names are part of the public JSON API.
 *
 * @param term the words or acronym as typed
 * @param also what was searched as well ("multi-agency safeguarding hub", "front door")
 */
public record Expansion(String term, List<String> also) {
  public Expansion {
    also = List.copyOf(also);
  }
}
