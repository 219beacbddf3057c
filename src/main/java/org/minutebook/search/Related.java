package org.minutebook.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.minutebook.index.Schema;
import org.minutebook.model.RelatedItem;
import org.minutebook.model.SortOrder;

/** Items like a given one (MoreLikeThis over title and body). */
final class Related {
  static final int COUNT = 5;

  /** A word must occur this often in the item, and in this many items, to characterise it. */
  private static final int MIN_TERM_FREQ = 2;

  private static final int MIN_DOC_FREQ = 2;

  /** Words in more than this share of items say nothing about any of them. */
  private static final int MAX_DOC_FREQ_PERCENT = 30;

  private static final int MAX_QUERY_TERMS = 25;

  /** Below this many items a share of them says little, so common words are not left out. */
  private static final int SMALL_ARCHIVE = 50;

  private Related() {}

  /** Up to {@link #COUNT} items most like item {@code doc} (whose id is {@code id}), best first. */
  static List<RelatedItem> to(IndexSearcher searcher, int doc, String id) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(Schema.textAnalyzer());
    mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
    mlt.setMinTermFreq(MIN_TERM_FREQ);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    int itemCount = searcher.count(Queries.ITEMS);
    if (itemCount >= SMALL_ARCHIVE) {
      // Of the items, not of all documents: paragraphs have their own fields.
      mlt.setMaxDocFreq(itemCount * MAX_DOC_FREQ_PERCENT / 100);
    }
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    Query like = mlt.like(doc);
    Query others =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(KeywordField.newExactQuery(Schema.ID, id), BooleanClause.Occur.MUST_NOT)
            .build();
    TopDocs top =
        searcher.search(others, COUNT, new Sort(Hits.sortFields(SortOrder.RELEVANCE)), true);
    List<RelatedItem> items = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      Document d = searcher.storedFields().document(hit.doc);
      items.add(
          new RelatedItem(
              d.get(Schema.ID),
              d.get(Schema.SOURCE),
              d.get(Schema.TITLE),
              d.get(Schema.COUNCIL),
              d.get(Schema.COMMITTEE),
              d.get(Schema.DATE)));
    }
    return items;
  }
}
