/**
 * Evaluation: golden relevance judgments, the standard ranking measures (nDCG, MRR, recall), and a
 * run that compares Minutebook's ranking with a plain BM25 baseline on the same index.
 */
package org.minutebook.eval;
