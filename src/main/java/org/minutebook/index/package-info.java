/**
 * The Lucene index: the {@link org.minutebook.index.Schema} that owns every field, analyzer and the
 * FacetsConfig; the mapping from an agenda item to a Lucene document; theme tagging; and the
 * writer's lifecycle, including the commit data that tells whether an index is stale. {@link
 * org.minutebook.index.RawIndexing} is the benchmarks' baseline: the same documents and writer
 * settings, with nothing of the ingest's own work.
 */
package org.minutebook.index;
