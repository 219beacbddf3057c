/**
 * Benchmarks: a seeded generator of synthetic minutes archives at any scale ({@link
 * org.minutebook.bench.SyntheticArchive}, clearly labelled and never written into a corpus folder),
 * and timing what Minutebook does, in process, with figures that compare within one run.
 */
package org.minutebook.bench;
