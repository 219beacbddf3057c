package org.minutebook.knowledge;

import org.minutebook.model.DecisionOutcome;
import org.minutebook.model.Paragraph;

/**
 * A decision found but not yet numbered: where it stands, its point number, its words, and its
 * outcome when the minutes state it apart from the words (a US disposition), else null.
 */
record DecisionDraft(Paragraph paragraph, String number, String text, DecisionOutcome outcome) {}
