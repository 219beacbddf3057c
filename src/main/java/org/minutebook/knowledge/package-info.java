/**
 * Knowledge: what minutes record beyond their words. Decisions, officers' commitments, questions
 * and answers, entities and inspections are read from an item's structured paragraphs. Pure text
 * work on the model: no Tika, Lucene or Javalin here; the index stores what this finds and search
 * follows commitments into later meetings.
 */
package org.minutebook.knowledge;
