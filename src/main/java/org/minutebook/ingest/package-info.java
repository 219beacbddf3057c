/**
 * Reading a corpus: walking its files, extracting text with Apache Tika (the only package that
 * touches Tika), reading sidecar manifests, and turning each file into agenda items with sourced
 * metadata. Every file ends in an {@link org.minutebook.model.IngestStatus} with a reason; a bad
 * file never stops a run.
 *
 * <p>Tika runs out of the indexer's process by default: {@link
 * org.minutebook.ingest.IsolatedExtractor} keeps one {@link org.minutebook.ingest.ExtractWorker}
 * JVM per ingest thread, with a time limit per file and a capped heap, so that a parser that hangs,
 * runs out of memory or crashes costs one file. {@link org.minutebook.ingest.TimedExtractor} parses
 * in this JVM instead, for tests and trusted corpora. Files are parsed ahead on threads of their
 * own, so that the threads that turn texts into items never wait for a worker. {@link
 * org.minutebook.ingest.TikaAlone} is the benchmarks' baseline: extraction alone, in this JVM.
 *
 * <p>Between extraction and items, two pure stages: {@link org.minutebook.ingest.TextCleaner#clean}
 * turns raw text into clean paragraphs that know their page (dropping page and web-page furniture,
 * rejoining hyphenated words, reflowing wrapped lines), and {@link
 * org.minutebook.ingest.StructureSplitter#split} divides them into the meeting's preamble and its
 * items, each paragraph with a section and an anchor.
 */
package org.minutebook.ingest;
