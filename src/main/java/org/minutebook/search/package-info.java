/**
 * Reading the index: one shared {@link org.apache.lucene.search.SearcherManager}, query parsing,
 * filters, facet counts with drill-sideways, highlighting, and theme timelines. Nothing here
 * writes.
 */
package org.minutebook.search;
