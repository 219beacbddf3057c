/**
 * Exports: the registers, search results and timelines as CSV, and searches as Atom feeds (the only
 * code that touches Rome), the same rows the JSON API answers with. No Lucene, Tika or Javalin
 * here, so that the web and the command line share it.
 */
package org.minutebook.export;
