/**
 * Benchmarks: a seeded generator of synthetic minutes archives at any scale ({@link
 * org.minutebook.bench.SyntheticArchive}, clearly labelled and never written into a corpus folder),
 * and the instruments of {@code minutebook bench} ({@link org.minutebook.bench.Benchmark}): ingest
 * per format against raw Lucene and Tika alone, the query mix in process against raw Lucene, over
 * HTTP against the server in a child JVM, and Apache Solr embedded in a JVM of its own (it is built
 * on another Lucene, so it is never on Minutebook's class path). Figures compare within one run:
 * the machines are shared and noisy. Lucene and Tika are reached only through the search, index and
 * ingest packages' baseline classes.
 */
package org.minutebook.bench;
