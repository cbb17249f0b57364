// existingArticles: which of these reports are already in the graph (by article id or content hash).
// params: $ids (list of article ids), $contentHashes (list, same order)
// returns: id (the asked id), existingId (the stored article's id, null when absent)
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (byId:Article {id: $ids[i]})
OPTIONAL MATCH (byHash:Article {contentHash: $contentHashes[i]})
RETURN $ids[i] AS id, coalesce(byId.id, byHash.id) AS existingId
