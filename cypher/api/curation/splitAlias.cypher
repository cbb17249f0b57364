// splitAlias: moves the mentions that used one alias of an entity to a new entity of the same type,
// with the claims whose sentence then mentions only the new entity; recorded as a Curation, reversible.
// Nothing is written unless the entity has mentions with that alias and mentions with another form.
// params: $curationId, $entity, $alias, $newKey (unique suffix for the new id), $reason, $by
// returns: curationId
MATCH (e:Entity {id: $entity})
WHERE EXISTS { (:Sentence)-[r:MENTIONS]->(e) WHERE r.text = $alias }
  AND EXISTS { (:Sentence)-[r:MENTIONS]->(e) WHERE r.text <> $alias }
WITH e, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] AS type
WITH e, type, toLower(type) + ':' + toLower(trim($alias)) + ' ~' + $newKey AS newId
CREATE (cur:Curation {id: $curationId, action: 'SPLIT_ALIAS', reason: $reason, by: $by, at: datetime(), undone: false,
  alias: $alias, entityIds: [e.id, newId], resultId: newId, aliasesBefore: coalesce(e.aliases, [e.name])})
CREATE (n:Entity {id: newId, name: $alias, normName: toLower(trim($alias)), aliases: [$alias], aliasText: $alias, createdBy: $curationId})
SET n:$(type)
WITH e, n, cur
CALL (e, n, cur) {
  MATCH (s:Sentence)-[r:MENTIONS]->(e) WHERE r.text = $alias
  CREATE (s)-[r2:MENTIONS]->(n)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = e.id, r2.resolution = 'curation'
  DELETE r
}
CALL (e, n, cur) {
  MATCH (c:Claim)-[r:SUBJECT]->(e)
  MATCH (c)-[:STATED_IN]->(s:Sentence) WHERE EXISTS { (s)-[:MENTIONS]->(n) } AND NOT EXISTS { (s)-[:MENTIONS]->(e) }
  CREATE (c)-[r2:SUBJECT]->(n)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = e.id
  DELETE r
}
CALL (e, n, cur) {
  MATCH (c:Claim)-[r:OBJECT]->(e)
  MATCH (c)-[:STATED_IN]->(s:Sentence) WHERE EXISTS { (s)-[:MENTIONS]->(n) } AND NOT EXISTS { (s)-[:MENTIONS]->(e) }
  CREATE (c)-[r2:OBJECT]->(n)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = e.id
  DELETE r
}
WITH e, cur, [a IN coalesce(e.aliases, [e.name]) WHERE a <> $alias] AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(t = '', a IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + a)
RETURN cur.id AS curationId
