/**
 * Reading a corpus: walking its files, extracting text with Apache Tika (the only package that
 * touches Tika), reading sidecar manifests, and turning each file into agenda items with sourced
 * metadata. Every file ends in an {@link org.minutebook.model.IngestStatus} with a reason; a bad
 * file never stops a run.
 */
package org.minutebook.ingest;
