/**
 * Plain records shared by every pipeline stage: agenda items, their sourced metadata, search
 * requests and answers, themes and timelines. Nothing here knows about Tika, Lucene or Javalin.
 */
package org.minutebook.model;
