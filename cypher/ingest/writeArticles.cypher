// writeArticles: the Article nodes of a batch with their Source and Sentences. An article that
// already exists by id or by content hash (another writer got there first) is left untouched and
// reported with created = false (or not returned at all); the caller then rolls the transaction back.
// params: $articles: list of {id, contentHash, title, url, publishedAt (YYYY-MM-DD or null), text, origin,
//          sourceId, sourceName, sentences: list of {id, index, start, end, text}}
// returns: id, created
UNWIND $articles AS x
OPTIONAL MATCH (same:Article {contentHash: x.contentHash})
WITH x, same WHERE same IS NULL OR same.id = x.id
MERGE (a:Article {id: x.id})
  ON CREATE SET a.__new = true,
                a.contentHash = x.contentHash,
                a.title = x.title,
                a.url = x.url,
                a.publishedAt = CASE WHEN x.publishedAt IS NULL THEN null ELSE date(x.publishedAt) END,
                a.text = x.text,
                a.origin = x.origin,
                a.ingestedAt = datetime()
WITH a, x, a.__new IS NOT NULL AS created
CALL (a, x, created) {
  WITH a, x WHERE created
  REMOVE a.__new
  WITH a, x
  UNWIND x.sentences AS y
  CREATE (s:Sentence {id: y.id, index: y.index, start: y.start, end: y.end, text: y.text})
  CREATE (a)-[:HAS_SENTENCE]->(s)
}
CALL (a, x, created) {
  WITH a, x WHERE created AND x.sourceId IS NOT NULL
  MERGE (src:Source {id: x.sourceId})
    ON CREATE SET src.name = x.sourceName
  CREATE (a)-[:PUBLISHED_BY]->(src)
}
RETURN x.id AS id, created
