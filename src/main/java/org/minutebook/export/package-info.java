/**
 * Exports: the registers and result lists as CSV, the same rows the JSON API answers with. No
 * Lucene, Tika or Javalin here, so that the web and the command line share it.
 */
package org.minutebook.export;
