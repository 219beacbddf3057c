/**
 * Benchmarks: timing what Minutebook does, in process, with figures that compare within one run.
 */
package org.minutebook.bench;
