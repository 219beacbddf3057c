package org.minutebook.solrbench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.RangeFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The query mix: named Solr parameter sets, each run untimed then timed, one after another in one
 * thread. The runner only executes what it is given; which queries stand for Minutebook's requests
 * is the caller's choice.
 */
final class QueryMix {
  /**
   * One kind of query.
   *
   * @param kind its name in the results
   * @param params Solr's request parameters, each with its values
   */
  record Kind(String kind, Map<String, List<String>> params) {}

  /** Where what the reads saw goes, so that the JIT cannot drop them. */
  private static volatile long sink;

  private QueryMix() {}

  /** Reads QUERIES.json: a list of {"kind": ..., "params": {name: [values]}}. */
  static List<Kind> read(Path json) throws IOException {
    List<Kind> kinds = new ObjectMapper().readValue(json.toFile(), new TypeReference<>() {});
    if (kinds.isEmpty()) {
      throw new IOException(json + " lists no queries");
    }
    return kinds;
  }

  /** Times every kind: {@code warmup} untimed calls, then {@code runs} timed ones. */
  static Map<String, Result.Figures> time(SolrClient client, List<Kind> kinds, int warmup, int runs)
      throws IOException {
    Map<String, Result.Figures> figures = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      figures.put(kind.kind(), time(client, kind, warmup, runs));
    }
    return figures;
  }

  private static Result.Figures time(SolrClient client, Kind kind, int warmup, int runs)
      throws IOException {
    ModifiableSolrParams params = params(kind);
    long hits = 0;
    try {
      for (int i = 0; i < warmup; i++) {
        sink += consume(client.query(params));
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        QueryResponse response = client.query(params);
        sink += consume(response);
        nanos[i] = System.nanoTime() - start;
        hits = response.getResults().getNumFound();
      }
      return Percentiles.of(nanos).withHits(hits);
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException("query kind \"" + kind.kind() + "\" failed: " + e.getMessage(), e);
    }
  }

  private static ModifiableSolrParams params(Kind kind) {
    Map<String, String[]> map = new LinkedHashMap<>();
    kind.params().forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
    return new ModifiableSolrParams(map);
  }

  /**
   * Reads the whole response, as a client that shows it would, so that no lazily built part goes
   * untimed; the sum keeps the reads from being optimised away.
   */
  static long consume(QueryResponse response) {
    long seen = 0;
    for (SolrDocument doc : response.getResults()) {
      for (String field : doc.getFieldNames()) {
        seen += String.valueOf(doc.getFieldValue(field)).length();
      }
    }
    Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
    if (highlighting != null) {
      for (Map<String, List<String>> fields : highlighting.values()) {
        for (List<String> snippets : fields.values()) {
          seen += snippets.stream().mapToInt(String::length).sum();
        }
      }
    }
    if (response.getFacetFields() != null) {
      for (FacetField facet : response.getFacetFields()) {
        seen += facet.getValues().stream().mapToLong(FacetField.Count::getCount).sum();
      }
    }
    if (response.getFacetRanges() != null) {
      for (RangeFacet<?, ?> range : response.getFacetRanges()) {
        for (RangeFacet.Count count : range.getCounts()) {
          seen += count.getCount();
        }
      }
    }
    return seen;
  }
}
