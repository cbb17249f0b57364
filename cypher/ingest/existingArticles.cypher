// existingArticles: which of these reports are already in the graph (by article id or content hash).
// Both lookups are unique-index seeks (article_id, article_content_hash).
// params: $ids (list of article ids), $contentHashes (list, same order)
// returns: id (the asked id), existingId (the stored article's id, null when absent)
UNWIND range(0, size($ids) - 1) AS i
WITH $ids[i] AS id, $contentHashes[i] AS hash
OPTIONAL MATCH (byId:Article {id: id})
OPTIONAL MATCH (byHash:Article {contentHash: hash})
RETURN id, coalesce(byId.id, byHash.id) AS existingId
