// writeArticles: the Article nodes of a batch with their Source and Sentences. The caller has checked
// that none is in the graph; one created meanwhile by another writer (same id or content hash) makes
// the CREATE fail on the uniqueness constraints (ConstraintValidationFailed), which rolls the
// transaction back, and the caller retries report by report.
// params: $articles: list of {id, contentHash, title, url, publishedAt (YYYY-MM-DD or null), text, origin,
//          sourceId, sourceName, sentences: list of {id, index, start, end, text}}
// returns: id, created (always true)
UNWIND $articles AS x
CREATE (a:Article {id: x.id, contentHash: x.contentHash, title: x.title, url: x.url, text: x.text, origin: x.origin, ingestedAt: datetime()})
SET a.publishedAt = CASE WHEN x.publishedAt IS NULL THEN null ELSE date(x.publishedAt) END
WITH a, x
CALL (a, x) {
  UNWIND x.sentences AS y
  CREATE (s:Sentence {id: y.id, index: y.index, start: y.start, end: y.end, text: y.text})
  CREATE (a)-[:HAS_SENTENCE]->(s)
}
CALL (a, x) {
  WITH a, x WHERE x.sourceId IS NOT NULL
  MERGE (src:Source {id: x.sourceId})
    ON CREATE SET src.name = x.sourceName
  CREATE (a)-[:PUBLISHED_BY]->(src)
}
RETURN x.id AS id, true AS created
