// listArticles: newest reports first.
// params: $first (int)
// returns: id, title, publishedAt, source, url
MATCH (a:Article)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(s:Source)
RETURN a.id AS id, a.title AS title, toString(a.publishedAt) AS publishedAt, s.name AS source, a.url AS url
ORDER BY a.publishedAt DESC, a.id
LIMIT toInteger($first)
