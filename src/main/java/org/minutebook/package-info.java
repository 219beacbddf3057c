/**
 * Minutebook: a search engine and knowledge base over archives of council committee minutes.
 *
 * <p>The packages follow the pipeline: {@code ingest} (files → agenda items, the only Tika user) →
 * {@code index} (items → Lucene documents) → {@code search} (queries, facets, timelines) → {@code
 * web} (Javalin) and {@code cli} (picocli). {@code model} holds the plain records they pass between
 * them; {@code themes} the taxonomy; {@code config} the settings.
 */
package org.minutebook;
