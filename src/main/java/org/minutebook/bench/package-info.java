/**
 * Benchmark material: a generator of synthetic archives of council minutes, realistic enough to
 * exercise every stage of ingest, indexing and search at scale, and marked in every file as
 * synthetic so that it can never be mistaken for the real record.
 */
package org.minutebook.bench;
