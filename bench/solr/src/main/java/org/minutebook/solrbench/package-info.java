/**
 * Issue 8's comparison point: Minutebook's agenda items and query mix run through Apache Solr 9,
 * embedded, in a JVM of its own (Solr 9 is built on Lucene 9, Minutebook on Lucene 10). {@link
 * org.minutebook.solrbench.Main} reads the items and queries Minutebook writes, times the ingest
 * (Tika extraction included) and each kind of query, and writes one RESULT.json.
 */
package org.minutebook.solrbench;
