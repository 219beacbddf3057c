package org.minutebook.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured on one synthetic archive.
 *
 * @param items agenda items the archive was generated with
 * @param formats ingest per format (TXT, HTML, DOCX, PDF archives of the same minutes), by format
 * @param mixed ingest of the mixed archive the queries run on
 * @param queries the query mix in process, against raw Lucene
 * @param http the query mix over HTTP, by kind, then by concurrency
 * @param saturation the faceted search at the highest concurrency: the server's ceiling
 * @param firstAnswerMs from starting the server on the existing index to its first answer
 * @param heapAfterWarmupBytes heap in use after a full collection, once the HTTP runs are done
 * @param solr Solr's figures on the same archive and mix, or null when it was not run
 * @param solrSkipped why Solr was not run, or null
 */
public record ScaleResult(
    int items,
    Map<String, IngestBench.Figures> formats,
    IngestBench.Figures mixed,
    List<QueryBench.Row> queries,
    Map<String, List<HttpLoad.Result>> http,
    HttpLoad.Result saturation,
    long firstAnswerMs,
    long heapAfterWarmupBytes,
    SolrSide.Result solr,
    String solrSkipped) {}
