// mergeEntities: merges entities of one type into the first id, recorded as a Curation and reversible.
// Mentions, claim ends and gazetteer containment of the merged entities move to the kept one (each moved
// relationship is tagged with the curation id and where it came from); merged nodes become :MergedEntity.
// Nothing is written unless every id exists and all have the kept entity's type.
// params: $curationId, $ids (list; the first is kept), $reason, $by
// returns: curationId
MATCH (keep:Entity {id: $ids[0]})
WITH keep, [l IN labels(keep) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0] AS type
OPTIONAL MATCH (m:Entity) WHERE m.id IN $ids[1..] AND m <> keep
WITH keep, type, collect(DISTINCT m) AS merged
WHERE size(merged) > 0 AND size(merged) = size($ids) - 1 AND all(x IN merged WHERE type IN labels(x))
CREATE (cur:Curation {id: $curationId, action: 'MERGE_ENTITIES', reason: $reason, by: $by, at: datetime(), undone: false,
  entityIds: $ids, resultId: keep.id, aliasesBefore: coalesce(keep.aliases, [keep.name])})
WITH keep, merged, cur
CALL (keep, merged, cur) {
  UNWIND merged AS m
  MATCH (s:Sentence)-[r:MENTIONS]->(m)
  CREATE (s)-[r2:MENTIONS]->(keep)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = m.id
  DELETE r
}
CALL (keep, merged, cur) {
  UNWIND merged AS m
  MATCH (c:Claim)-[r:SUBJECT]->(m)
  CREATE (c)-[r2:SUBJECT]->(keep)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = m.id
  DELETE r
}
CALL (keep, merged, cur) {
  UNWIND merged AS m
  MATCH (c:Claim)-[r:OBJECT]->(m)
  CREATE (c)-[r2:OBJECT]->(keep)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = m.id
  DELETE r
}
CALL (keep, merged, cur) {
  UNWIND merged AS m
  MATCH (m)-[r:WITHIN]->(p:Place)
  CREATE (keep)-[r2:WITHIN]->(p)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = m.id, r2.end = 'from'
  DELETE r
}
CALL (keep, merged, cur) {
  UNWIND merged AS m
  MATCH (p:Place)-[r:WITHIN]->(m)
  CREATE (p)-[r2:WITHIN]->(keep)
  SET r2 = properties(r), r2.curation = cur.id, r2.movedFrom = m.id, r2.end = 'to'
  DELETE r
}
CALL (keep, merged, cur) {
  UNWIND merged AS m
  SET m:MergedEntity, m.mergedInto = keep.id, m.mergedBy = cur.id, m.mergedType = [l IN labels(m) WHERE l IN ['Person', 'Organization', 'Place', 'Event']][0]
  REMOVE m:Entity:Person:Organization:Place:Event
}
WITH keep, cur, reduce(acc = coalesce(keep.aliases, [keep.name]), m IN merged | acc + [a IN coalesce(m.aliases, [m.name]) WHERE NOT a IN acc]) AS aliases
SET keep.aliases = aliases,
    keep.aliasText = reduce(t = '', a IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + a)
RETURN cur.id AS curationId
