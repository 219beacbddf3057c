/**
 * Benchmarks: a seeded generator of synthetic minutes archives at any scale ({@link
 * org.minutebook.bench.SyntheticArchive}, clearly labelled and never written into a corpus folder),
 * and timing what Minutebook does, in process, with figures that compare within one run: queries
 * ({@link org.minutebook.bench.Latency}) and the ingest against raw Lucene and Tika alone ({@link
 * org.minutebook.bench.IngestBench}).
 */
package org.minutebook.bench;
