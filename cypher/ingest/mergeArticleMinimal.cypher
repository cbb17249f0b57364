// mergeArticleMinimal: a report node alone (until the full ingestion path writes it).
// params: $id, $contentHash, $title, $text
MERGE (a:Article {contentHash: $contentHash})
ON CREATE SET a.id = $id, a.title = $title, a.text = $text, a.ingestedAt = datetime()
